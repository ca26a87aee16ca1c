// A plain-text table whose wide columns wrap to fit the terminal, for `gap`, `rules` and `status`. Widths are display
// widths (string-width): a CJK character or an emoji takes two columns, a combining accent none.
import stringWidth from 'string-width';
export interface Column {
  header: string;
  /** The share of spare width this column may grow into; 0 keeps it at its content width. */
  grow?: number;
  /** A cap on a fixed column's width; longer content wraps. */
  max?: number;
}

export function renderTable(columns: Column[], rows: string[][], width = terminalWidth()): string {
  const gap = 2;
  const natural = columns.map((c, i) =>
    Math.min(c.max ?? Infinity, Math.max(stringWidth(c.header), ...rows.map((r) => longestLine(r[i] ?? '')))),
  );
  const fixed = columns.reduce((sum, c, i) => sum + (c.grow ? 0 : natural[i]!), 0) + gap * (columns.length - 1);
  const growTotal = columns.reduce((s, c) => s + (c.grow ?? 0), 0);
  const spare = Math.max(0, width - fixed);
  const widths = columns.map((c, i) =>
    c.grow ? Math.max(12, Math.min(natural[i]!, Math.floor((spare * c.grow) / growTotal))) : natural[i]!,
  );
  const line = (cells: string[]) => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(wrapped.map((w, i) => (i === cells.length - 1 ? (w[k] ?? '') : padEnd(w[k] ?? '', widths[i]!))).join(' '.repeat(gap)).trimEnd());
    }
    return out.join('\n');
  };
  const rule = widths.map((w) => '-'.repeat(w)).join(' '.repeat(gap));
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}

function terminalWidth(): number {
  const columns = process.stdout.columns || Number(process.env.COLUMNS) || 120;
  return Math.max(60, columns);
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map((l) => stringWidth(l)));
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits a word wider than the column at character boundaries, by display width. */
function breakWord(word: string, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const { segment } of graphemes.segment(word)) {
    if (part && stringWidth(part + segment) > width) {
      parts.push(part);
      part = '';
    }
    part += segment;
  }
  return [...parts, part];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(' ')) {
      if (current && stringWidth(current) + 1 + stringWidth(word) > width) {
        lines.push(current);
        current = word;
      } else {
        current = current ? `${current} ${word}` : word;
      }
      if (stringWidth(current) > width) {
        const parts = breakWord(current, width);
        lines.push(...parts.slice(0, -1));
        current = parts.at(-1)!;
      }
    }
    lines.push(current);
  }
  return lines;
}
