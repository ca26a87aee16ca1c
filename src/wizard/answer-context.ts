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

  /** The findings for the program as it stands are worked out once per change of it (the page asks often). */
  private current?: { program: Program; findings: Finding[] };

  findings(program = this.program): Finding[] {
    if (program !== this.program) return validateProgram(program, this.ruleset, { asOf: this.asOf });
    if (this.current?.program !== program) this.current = { program, findings: validateProgram(program, this.ruleset, { asOf: this.asOf }) };
    return this.current.findings;
  }

  /** Ids of the rules whose condition holds for the program so far. */
  applyingRules(): Set<string> {
    return new Set(evaluateRules(this.program, this.ruleset, { asOf: this.asOf }).flatMap((r) => (r.applies ? [r.rule.id] : [])));
  }
}
