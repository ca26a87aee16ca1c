// One wizard run: the file being written, the rule set that judges it, the day it is judged on,
// and the terminal it talks through.
import type { IsoDate } from '../model/dates.js';
import type { Segment } from '../model/data-path.js';
import type { Ruleset } from '../rules/ruleset.js';
import { evaluateRules, validateProgram, type Finding } from '../rules/validate.js';
import { getIn, keyPath } from './paths.js';
import type { ProgramFile } from './program-file.js';
import type { Scope } from './question.js';
import type { Terminal } from './terminal.js';

export class Session {
  constructor(
    readonly file: ProgramFile,
    readonly ruleset: Ruleset,
    readonly asOf: IsoDate,
    readonly term: Terminal,
  ) {}

  get program() {
    return this.file.program;
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
