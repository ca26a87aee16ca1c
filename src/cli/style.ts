// Terminal colour, by the usual conventions: --color / --no-color on any command decide; otherwise NO_COLOR (set and
// not empty) turns it off, FORCE_COLOR (set and not empty) turns it on (FORCE_COLOR=0 off), and else it is on only
// on a terminal.
import type { Severity } from '../rules/ruleset.js';

let choice: boolean | undefined;

/** What --color (true) or --no-color (false) asked for; main.ts sets it before any command runs. */
export function chooseColour(on: boolean | undefined): void {
  choice = on;
}

export function useColour(stream: NodeJS.WriteStream): boolean {
  if (choice !== undefined) return choice;
  const env = process.env;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 } as const;
export type Colour = keyof typeof CODES;

export function paint(on: boolean, colour: Colour, text: string): string {
  return on ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

export const SEVERITY_COLOUR: Record<Severity, Colour> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
