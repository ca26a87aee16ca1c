// Inline markup: **bold**, *italic*, :cite[5 CFR 412.302], :missing[ERB chair], backslash escapes and `\n`
// (a line break). Emphasis follows a simplified CommonMark rule: an opening delimiter is followed by a
// non-space, a closing one preceded by a non-space, and a delimiter that never pairs up stays literal text.

import type { Inline, TextRun } from '../model.js';
import { MarkupSyntaxError } from './syntax-error.js';

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const INLINE_DIRECTIVES = new Set(['cite', 'missing']);

type Token =
  | { t: 'text'; text: string; literal?: boolean }
  | { t: 'break' }
  | { t: 'cite'; text: string }
  | { t: 'missing'; label: string }
  | { t: 'delim'; kind: 'bold' | 'italic'; open: boolean; close: boolean; raw: string; paired?: 'open' | 'close' };


/** Read a `[...]` body starting at `start` (the index of `[`); returns the unescaped text and the index after `]`. */
export function readBracketed(src: string, start: number): { text: string; raw: string; end: number } | undefined {
  let text = '';
  let depth = 0; // unescaped brackets nest, so a label may hold :missing[...]
  for (let i = start + 1; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\' && i + 1 < src.length) {
      const next = src[i + 1]!;
      text += next === 'n' ? '\n' : next === ' ' || PUNCTUATION.test(next) ? next : '\\' + next;
      i++;
      continue;
    }
    if (ch === '[') depth++;
    if (ch === ']' && depth-- === 0) return { text, raw: src.slice(start + 1, i), end: i + 1 };
    text += ch;
  }
  return undefined;
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ t: 'text', text });
    text = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\' && i + 1 < src.length) {
      const next = src[i + 1]!;
      if (next === 'n') {
        flush();
        tokens.push({ t: 'break' });
      } else if (next === ' ' || PUNCTUATION.test(next)) {
        text += next;
      } else {
        text += '\\' + next;
      }
      i++;
      continue;
    }
    if (ch === '*') {
      const double = src[i + 1] === '*';
      const raw = double ? '**' : '*';
      const before = i > 0 ? src[i - 1]! : ' ';
      const after = src[i + raw.length] ?? ' ';
      flush();
      tokens.push({
        t: 'delim',
        kind: double ? 'bold' : 'italic',
        raw,
        open: !/\s/.test(after),
        close: !/\s/.test(before),
      });
      i += raw.length - 1;
      continue;
    }
    if (ch === ':' && (i === 0 || !/[\p{L}\p{N}_]/u.test(src[i - 1]!))) {
      const m = /^:([a-z]+)\[/.exec(src.slice(i, i + 20));
      if (m) {
        const name = m[1]!;
        if (!INLINE_DIRECTIVES.has(name)) {
          throw new MarkupSyntaxError(`unknown inline directive ":${name}[...]" (known: :cite, :missing); escape the colon as "\\:" for literal text`);
        }
        const body = readBracketed(src, i + m[0].length - 1);
        if (!body) throw new MarkupSyntaxError(`":${name}[" has no closing "]"`);
        flush();
        const value = body.text.replace(/\n/g, ' ').trim();
        if (!value) throw new MarkupSyntaxError(`":${name}[]" is empty`);
        tokens.push(name === 'cite' ? { t: 'cite', text: value } : { t: 'missing', label: value });
        i = body.end - 1;
        continue;
      }
    }
    text += ch;
  }
  flush();
  return tokens;
}

/** Pair emphasis delimiters; unpaired ones become literal text. */
function pairDelimiters(tokens: Token[]): void {
  const openers: number[] = [];
  tokens.forEach((tok, index) => {
    if (tok.t !== 'delim') return;
    if (tok.close) {
      const at = openers.findLastIndex((o) => (tokens[o] as Extract<Token, { t: 'delim' }>).kind === tok.kind);
      if (at >= 0) {
        const openerIndex = openers[at]!;
        (tokens[openerIndex] as Extract<Token, { t: 'delim' }>).paired = 'open';
        tok.paired = 'close';
        openers.splice(at); // openers inside the pair that never closed stay literal
        return;
      }
    }
    if (tok.open) openers.push(index);
  });
}

/** Parse inline markup into runs. Adjacent runs with the same style are merged. */
export function parseInline(src: string): Inline[] {
  const tokens = tokenize(src);
  pairDelimiters(tokens);
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  const pushText = (text: string, citation = false): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.kind === 'text' && !!last.bold === bold && !!last.italic === italic && !!last.citation === citation) {
      last.text += text;
      return;
    }
    const run: TextRun = { kind: 'text', text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    if (citation) run.citation = true;
    out.push(run);
  };
  for (const tok of tokens) {
    switch (tok.t) {
      case 'text':
        pushText(tok.text);
        break;
      case 'break':
        out.push({ kind: 'break' });
        break;
      case 'cite':
        pushText(tok.text, true);
        break;
      case 'missing':
        out.push({ kind: 'placeholder', label: tok.label });
        break;
      case 'delim':
        if (tok.paired === 'open' || tok.paired === 'close') {
          const on = tok.paired === 'open';
          if (tok.kind === 'bold') bold = on;
          else italic = on;
        } else {
          pushText(tok.raw);
        }
        break;
    }
  }
  return out;
}
