// Every counted answer as CSV, one row per form and question, for agencies that analyse in a spreadsheet.
// A cell a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return first) is prefixed
// with an apostrophe, so a typed answer can never run as one.
import type { AnswerRow } from './analyse.js';

const HEADER = ['response', 'form', 'cohort', 'field', 'question', 'answer'] as const;

export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function answersCsv(rows: readonly AnswerRow[]): string {
  const lines = [HEADER.join(',')];
  for (const row of rows) lines.push(HEADER.map((key) => quote(neutralise(row[key]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
