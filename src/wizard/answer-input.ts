// Typed answers, read the same way by the terminal wizard and the page: text trimmed (empty is no answer), numbers
// and dates as people write them (1,200 · $250,000 · 03/01/2027), checked for shape before the rules see them.
import { isIsoDate } from '../model/dates.js';
import type { NumberQuestion } from './question.js';

/** A text answer: trimmed, and nothing when empty. */
export function parseText(raw: string): string | undefined {
  return raw.trim() || undefined;
}

export function numberProblem(q: NumberQuestion, n: number): string | undefined {
  if (Number.isNaN(n)) return `Enter a number, e.g. ${q.whole ? '12 or 1,200' : '120, 1,200 or 7.5'}.`;
  if (n < 0) return 'Cannot be negative.';
  if (q.positive && n === 0) return 'Enter a number more than 0.';
  if (q.whole && !Number.isInteger(n)) return 'Enter a whole number.';
  if (q.max !== undefined && n > q.max) return `Enter a number no more than ${q.max}.`;
  return undefined;
}

/**
 * A number as typed: nothing when empty, NaN when it is not a number (numberProblem says so). A leading "$",
 * thousands separators ("1,200", "$250,000") and a trailing "%" are how people write numbers and are accepted.
 */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/^\$\s*/, '').replace(/\s*%$/, '');
  if (text === '') return raw.trim() === '' ? undefined : Number.NaN;
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^-?\.\d+$/.test(text)) return Number.NaN;
  return Number(text.replace(/,/g, ''));
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date as typed, written YYYY-MM-DD: ISO as it is, or a US date (MM/DD/YYYY) turned into it; empty is nothing. */
export function parseDate(raw: string): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const us = US_DATE.exec(text);
  return us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : text;
}

/** Dates are checked for shape before the rules see them. */
export function dateProblem(raw: string): string | undefined {
  const date = parseDate(raw);
  if (date === undefined || isIsoDate(date)) return undefined;
  return US_DATE.test(raw.trim()) || /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())
    ? `${raw.trim()} is not a real calendar date.`
    : 'Write the date as MM/DD/YYYY or YYYY-MM-DD, e.g. 03/01/2027 or 2027-03-01.';
}
