// A terminal for driving the wizard's real inquirer prompts in-process: keys go in through a
// stream (readline decodes them exactly as it does a TTY's bytes) and everything the prompts and
// the wizard print comes out as one transcript that a test can wait on.
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import type { Terminal } from '../../../src/wizard/terminal.js';

export const KEY = {
  enter: '\r',
  up: '\u001b[A',
  down: '\u001b[B',
  space: ' ',
  backspace: '\u007f',
  ctrlC: '\u0003',
} as const;

export class VirtualTerminal implements Terminal {
  readonly input = new PassThrough();
  readonly output: Writable & { columns: number; rows: number };
  readonly colour = false;
  private raw = '';
  /** How much of the transcript earlier waits have matched: each wait looks only past it. */
  private consumed = 0;
  private readonly listeners = new Set<() => void>();

  constructor() {
    const output = new Writable({
      write: (chunk, _encoding, done) => {
        this.raw += String(chunk);
        for (const listener of this.listeners) listener();
        done();
      },
    });
    // Wide enough that inquirer never hard-wraps a line in the middle of a phrase we look for.
    // Each prompt pipes into the output and ends the pipe when it is answered; like process.stdout,
    // this terminal stays open for the next prompt.
    this.output = Object.assign(output, { columns: 1000, rows: 200, end: () => output });
  }

  /** Everything shown so far, without colours and cursor movements. */
  get transcript(): string {
    return stripVTControlCharacters(this.raw);
  }

  /** Waits until `pattern` appears after what earlier waits matched, and returns the match. */
  async waitFor(pattern: string | RegExp, timeoutMs = 5000): Promise<string> {
    const find = () => {
      const rest = this.transcript.slice(this.consumed);
      if (typeof pattern === 'string') {
        const at = rest.indexOf(pattern);
        return at < 0 ? undefined : { end: at + pattern.length, text: pattern };
      }
      const m = pattern.exec(rest);
      return m ? { end: m.index + m[0].length, text: m[0] } : undefined;
    };
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (!found) return;
        cleanup();
        this.consumed += found.end;
        resolve(found.text);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${String(pattern)}; the screen ends with:\n${this.transcript.slice(-1500)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  send(...keys: string[]): void {
    for (const k of keys) this.input.write(k);
  }

  /** Waits for a prompt, then answers it. */
  async answer(question: string | RegExp, ...keys: string[]): Promise<void> {
    await this.waitFor(question);
    this.send(...keys);
  }
}

/** A step of a scripted session: wait for the prompt text, then type the keys. */
export type Step = [question: string | RegExp, ...keys: string[]];

export async function play(term: VirtualTerminal, steps: readonly Step[]): Promise<void> {
  for (const [question, ...keys] of steps) await term.answer(question, ...keys);
}

/** Typed text followed by Enter. */
export const typed = (text: string): string => `${text}${KEY.enter}`;
export const erase = (n: number): string => KEY.backspace.repeat(n);
