// One wizard run: the file being written, the rule set that judges it, the day it is judged on,
// and the terminal it talks through.
import type { IsoDate } from '../model/dates.js';
import type { Ruleset } from '../rules/ruleset.js';
import { AnswerContext } from './answer-context.js';
import type { ProgramFile } from './program-file.js';
import type { Terminal } from './terminal.js';

export class Session extends AnswerContext {
  constructor(
    readonly file: ProgramFile,
    ruleset: Ruleset,
    asOf: IsoDate,
    readonly term: Terminal,
  ) {
    super(file, ruleset, asOf);
  }
}
