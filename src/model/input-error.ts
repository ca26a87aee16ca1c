import { visible } from './visible-text.js';

// An input the tool cannot use (unreadable, unparsable or mistyped). The CLI prints it
// as `file:line:col  message` and exits 2; it never carries a stack trace to the user.
export interface InputProblem {
  message: string;
  line?: number;
  column?: number;
}

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problems: InputProblem[],
  ) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'InputError';
  }

  /** One line per problem, in the compiler style editors can jump to. */
  format(limit = 20): string {
    const shown = this.problems
      .slice(0, limit)
      .map((p) => visible(p.line ? `${this.file}:${p.line}:${p.column ?? 1}  ${p.message}` : `${this.file}  ${p.message}`));
    const more = this.problems.length - limit;
    return [...shown, ...(more > 0 ? [`${visible(this.file)}  ... and ${more} more problem${more === 1 ? '' : 's'}`] : [])].join('\n');
  }
}
