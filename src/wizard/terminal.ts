// Where the wizard talks. The prompts and the lines printed between them share one input and one
// output, so tests can drive the real prompts through streams as well as a user through a TTY.
import { paint, type Colour } from '../cli/style.js';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  colour: boolean;
}

export function processTerminal(colour: boolean): Terminal {
  return { input: process.stdin, output: process.stdout, colour };
}

export function say(t: Terminal, text = ''): void {
  t.output.write(`${text}\n`);
}

export function tint(t: Terminal, colour: Colour, text: string): string {
  return paint(t.colour, colour, text);
}

/** The context every inquirer prompt is given. */
export function promptContext(t: Terminal): { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } {
  return { input: t.input, output: t.output };
}

/** Inquirer rejects with ExitPromptError when the user presses Ctrl-C. */
export function isInterrupt(err: unknown): boolean {
  return err instanceof Error && err.name === 'ExitPromptError';
}

/** The conventional exit status of a program stopped by Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
