// Pipe tables:
//   | Topic | Hours |
//   |-------|------:|
//   | Strategic planning | 16 |
// The first row is the header row; the separator row sets alignment with colons. Column widths come from
// the enclosing `:::table{widths="3,1"}` or, without it, from the length of each column's text.

import { isEscaped } from '../escape.js';
import type { ColumnAlign, TableColumn } from '../model.js';
import { MarkupSyntaxError } from './syntax-error.js';

/** Split a table row on unescaped pipes; leading and trailing pipes are optional at the end only. */
export function splitRow(line: string): string[] {
  const trimmed = line.trim();
  const cells: string[] = [];
  let start = trimmed.startsWith('|') ? 1 : 0;
  for (let i = start; i < trimmed.length; i++) {
    if (trimmed[i] === '|' && !isEscaped(trimmed, i)) {
      cells.push(trimmed.slice(start, i));
      start = i + 1;
    }
  }
  const tail = trimmed.slice(start);
  if (tail.trim() !== '') cells.push(tail);
  return cells.map((c) => trimCell(c));
}

/** Trim a cell's padding but keep an escaped space (a value that starts or ends with one). */
function trimCell(cell: string): string {
  let end = cell.length;
  while (end > 0 && cell[end - 1] === ' ' && !isEscaped(cell, end - 1)) end--;
  return cell.slice(0, end).replace(/^ +/, '');
}

export function isTableLine(line: string): boolean {
  return line.trimStart().startsWith('|');
}

/** The alignments of a separator row such as `|---|:---:|--:|`, or undefined if it is not one. */
export function readSeparator(line: string): ColumnAlign[] | undefined {
  const cells = splitRow(line);
  if (!cells.length) return undefined;
  const aligns: ColumnAlign[] = [];
  for (const cell of cells) {
    const m = /^(:?)-+(:?)$/.exec(cell.trim());
    if (!m) return undefined;
    aligns.push(m[1] && m[2] ? 'center' : m[2] ? 'right' : 'left');
  }
  return aligns;
}

/** Parse `widths="30,70"` into fractions. */
export function parseWidths(spec: string, columns: number): number[] {
  const parts = spec.split(',').map((p) => Number(p.trim()));
  if (parts.length !== columns || parts.some((p) => !Number.isFinite(p) || p <= 0)) {
    throw new MarkupSyntaxError(`widths="${spec}" must give ${columns} positive numbers, one per column`);
  }
  const total = parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => p / total);
}

/**
 * Widths from content: each column gets a share by its longest text, clamped so a short column stays
 * readable and a long one does not starve the others.
 */
export function contentWidths(rows: string[][], columns: number): number[] {
  const weights = Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(...rows.map((r) => (r[c] ?? '').length));
    return Math.min(Math.max(longest, 6), 48);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

export function columnsOf(widths: number[], aligns: ColumnAlign[]): TableColumn[] {
  return widths.map((width, i) => ({ width, align: aligns[i] ?? 'left' }));
}
