// Directive lines, after the generic-directive proposal for CommonMark:
//   leaf:       ::name[label]{key="value" key=value flag}
//   container:  :::name{key="value"}   ...   :::
// Attribute values keep their backslash escapes (raw); the consumer unescapes plain values or parses inline
// markup, so a value inserted by a template can never end the attribute early or add another one.

import { readBracketed } from './inline.js';
import { unescapeMarkup } from '../escape.js';
import { MarkupSyntaxError } from './syntax-error.js';

export interface Directive {
  name: string;
  /** Raw label markup between [ and ], if any. */
  label?: string;
  /** Raw (still escaped) attribute values; a bare flag has the value "". */
  attrs: Map<string, string>;
}


const NAME = /^[a-z][a-z0-9-]*/;
const KEY = /^[A-Za-z][A-Za-z0-9_-]*/;
const UNQUOTED = /^[A-Za-z0-9_.-]+/;

/** Parse the text after the colons, e.g. `field[Name]{type=text name=x}`. */
export function parseDirective(src: string): Directive {
  const nameMatch = NAME.exec(src);
  if (!nameMatch) throw new MarkupSyntaxError('a directive needs a name, e.g. "::field{...}"');
  const name = nameMatch[0];
  let i = name.length;
  let label: string | undefined;
  if (src[i] === '[') {
    const body = readBracketed(src, i);
    if (!body) throw new MarkupSyntaxError(`"${name}[" has no closing "]"`);
    label = body.raw;
    i = body.end;
  }
  const attrs = new Map<string, string>();
  if (src[i] === '{') {
    i = parseAttributes(src, i + 1, attrs);
  }
  const rest = src.slice(i).trim();
  if (rest) throw new MarkupSyntaxError(`unexpected text after the directive: "${rest}"`);
  const directive: Directive = { name, attrs };
  if (label !== undefined) directive.label = label;
  return directive;
}

function parseAttributes(src: string, start: number, attrs: Map<string, string>): number {
  let i = start;
  for (;;) {
    while (src[i] === ' ') i++;
    if (i >= src.length) throw new MarkupSyntaxError('attributes have no closing "}"');
    if (src[i] === '}') return i + 1;
    const key = KEY.exec(src.slice(i))?.[0];
    if (!key) throw new MarkupSyntaxError(`expected an attribute name at "${src.slice(i, i + 20)}"`);
    if (attrs.has(key)) throw new MarkupSyntaxError(`attribute "${key}" is given twice`);
    i += key.length;
    if (src[i] !== '=') {
      attrs.set(key, '');
      continue;
    }
    i++;
    if (src[i] === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new MarkupSyntaxError(`attribute "${key}" has no closing quote`);
      attrs.set(key, src.slice(i + 1, j));
      i = j + 1;
    } else {
      const value = UNQUOTED.exec(src.slice(i))?.[0];
      if (!value || !/^[ }]/.test(src[i + value.length] ?? '')) {
        throw new MarkupSyntaxError(`attribute "${key}" needs quotes around its value: ${key}="..."`);
      }
      attrs.set(key, value);
      i += value.length;
    }
  }
}

/** Typed access to a directive's attributes that rejects unknown ones (a typo must not pass silently). */
export class Attributes {
  private readonly used = new Set<string>();
  constructor(
    private readonly directive: Directive,
    allowed: readonly string[],
  ) {
    for (const key of directive.attrs.keys()) {
      if (!allowed.includes(key)) {
        const known = allowed.length ? allowed.join(', ') : 'none';
        throw new MarkupSyntaxError(`"${directive.name}" has no attribute "${key}" (known: ${known})`);
      }
    }
  }
  /** The unescaped value, or undefined when absent. */
  text(key: string): string | undefined {
    this.used.add(key);
    const raw = this.directive.attrs.get(key);
    return raw === undefined ? undefined : unescapeMarkup(raw);
  }
  /** The raw (still escaped) value, for attributes that hold inline markup. */
  raw(key: string): string | undefined {
    this.used.add(key);
    return this.directive.attrs.get(key);
  }
  required(key: string): string {
    const value = this.text(key);
    if (value === undefined || value === '') {
      throw new MarkupSyntaxError(`"${this.directive.name}" needs ${key}="..."`);
    }
    return value;
  }
  flag(key: string): boolean {
    const raw = this.directive.attrs.get(key);
    if (raw === undefined) return false;
    if (raw === '' || raw === 'true') return true;
    if (raw === 'false') return false;
    throw new MarkupSyntaxError(`"${key}" is a flag: write ${key} or ${key}=false`);
  }
}
