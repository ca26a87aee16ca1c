// Typed answers, read the same way by the terminal wizard and the page: text trimmed (empty is no answer), numbers
// and dates checked for shape before the rules see them.
import { isIsoDate } from '../model/dates.js';
import type { NumberQuestion } from './question.js';

/** A text answer: trimmed, and nothing when empty. */
export function parseText(raw: string): string | undefined {
  return raw.trim() || undefined;
}

export function numberProblem(q: NumberQuestion, n: number): string | undefined {
  if (n < 0) return 'Cannot be negative.';
  if (q.positive && n === 0) return 'Enter a number more than 0.';
  if (q.whole && !Number.isInteger(n)) return 'Enter a whole number.';
  if (q.max !== undefined && n > q.max) return `Enter a number no more than ${q.max}.`;
  return undefined;
}

/** Dates are checked for shape before the rules see them. */
export function dateProblem(raw: string): string | undefined {
  const text = raw.trim();
  return text && !isIsoDate(text) ? 'Write a real date as YYYY-MM-DD, e.g. 2026-03-03.' : undefined;
}

/** A number as typed: nothing when empty, NaN when it is not a number (numberProblem and the caller say so). */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim();
  return text === '' ? undefined : Number(text);
}
