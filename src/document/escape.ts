// User text is data. Every value a template inserts goes through escapeMarkup, which makes it literal text for
// the markup parser: it can hold any character and never creates structure (a heading, a list, a table cell,
// a directive, emphasis), because every ASCII punctuation character is backslash-escaped and a newline becomes
// the in-line escape `\n` (a line break inside the same paragraph or cell).

/** Markup produced by a helper (already escaped where it holds data); inserted as is. */
export class Markup {
  constructor(readonly markup: string) {}
  /** Handlebars treats objects with toHTML() as safe strings. */
  toHTML(): string {
    return this.markup;
  }
  toString(): string {
    return this.markup;
  }
}

// C0 and C1 controls other than tab and line ends, lone surrogates and the XML-forbidden noncharacters.
const REMOVED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as the documents may hold it: control characters removed, tabs as spaces,
 * every line ending (CRLF, CR, U+2028, U+2029) as "\n".
 */
export function sanitizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(REMOVED, '');
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Escape one value for the markup layer. null/undefined print as nothing. */
export function escapeMarkup(value: unknown): string {
  if (value instanceof Markup) return value.markup;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && typeof (value as { toHTML?: unknown }).toHTML === 'function') {
    // A Handlebars SafeString: only our own helpers make these, from escaped parts.
    return String((value as { toHTML: () => string }).toHTML());
  }
  const text = sanitizeText(String(value));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') out += '\\n';
    else if (PUNCTUATION.test(ch)) out += '\\' + ch;
    // A leading or trailing space would otherwise be trimmed or read as list indentation.
    else if (ch === ' ' && (i === 0 || i === text.length - 1)) out += '\\ ';
    else out += ch;
  }
  return out;
}

/** Undo escapeMarkup-style escapes in plain (non-inline) markup text such as a field name or attribute. */
export function unescapeMarkup(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (next === 'n') {
        out += '\n';
        i++;
        continue;
      }
      if (next === ' ' || PUNCTUATION.test(next)) {
        out += next;
        i++;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** True when the character at `index` is preceded by an odd number of backslashes. */
export function isEscaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}
