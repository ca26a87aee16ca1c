// What judging an answer needs: the program so far, the rule set that judges it and the day it is judged on. The
// terminal wizard's Session is one; the page makes one over the document it edits. Conditions, defaults and checks
// (applies.ts, defaults.ts, checking.ts) take this, so both front ends share them.
import type { IsoDate } from '../model/dates.js';
import type { Segment } from '../model/data-path.js';
import type { Program } from '../model/program.js';
import type { Ruleset } from '../rules/ruleset.js';
import { evaluateRules, validateProgram, type Finding } from '../rules/validate.js';
import { getIn, keyPath } from './paths.js';
import type { Scope } from './question.js';

export class AnswerContext {
  constructor(
    private readonly source: { readonly program: Program },
    readonly ruleset: Ruleset,
    readonly asOf: IsoDate,
  ) {}

  get program(): Program {
    return this.source.program;
  }

  scope(base: readonly Segment[] = [], program = this.program): Scope {
    return {
      ruleset: this.ruleset,
      asOf: this.asOf,
      program,
      base: [...base],
      get: (key) => getIn(program, keyPath(base, key)),
    };
  }

  findings(program = this.program): Finding[] {
    return validateProgram(program, this.ruleset, { asOf: this.asOf });
  }

  /** Ids of the rules whose condition holds for the program so far. */
  applyingRules(): Set<string> {
    return new Set(evaluateRules(this.program, this.ruleset, { asOf: this.asOf }).flatMap((r) => (r.applies ? [r.rule.id] : [])));
  }
}
