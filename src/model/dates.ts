// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so no time zone can shift a day.
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/**
 * The years a date may fall in. A program's dates are years from now, never centuries: 9999-12-31 broke the cohort
 * calendar, and JavaScript reads years below 100 as 1900s ("due January 1, 1903"). Outside this range is an error.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
export const YEAR_RANGE_TEXT = `the year must be from ${MIN_YEAR} to ${MAX_YEAR}`;

/** Whether a YYYY-MM-DD text's year is in range (the text's form is checked elsewhere). */
export function yearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !yearInRange(value)) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month is clamped (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const whole = Math.trunc(months);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + whole, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

/** The same date `years` later: an anniversary. February 29 falls on February 28 in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/**
 * The last day of a span of `months` calendar months that begins on `start`, both ends counted: the day
 * before the same date `months` later (January 11 + 9 months ends October 10), or, when that month has no
 * such date, its last day (January 31 + 1 month ends February 28; May 31, 2027 + 9 months ends February 29, 2028).
 */
export function monthsEnd(start: IsoDate, months: number): IsoDate {
  const d = toUtc(start);
  const day = d.getUTCDate();
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + Math.trunc(months);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, day > lastDay ? lastDay : day - 1)));
}

/** How long a span lasts on the calendar, both ends counted: whole months (as monthsEnd counts them), then days. */
export function calendarLength(start: IsoDate, end: IsoDate): { months: number; days: number } {
  let months = 0;
  while (monthsEnd(start, months + 1) <= end) months++;
  return { months, days: daysBetween(monthsEnd(start, months), end) };
}

/** "9 months", "12 months and 1 day", "20 days". */
export function lengthText(start: IsoDate, end: IsoDate): string {
  const { months, days } = calendarLength(start, end);
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!months) return part(days, 'day');
  return days ? `${part(months, 'month')} and ${part(days, 'day')}` : part(months, 'month');
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * MS_PER_DAY));
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}

/** Calendar days of a span counted start and end inclusive, as assignments are counted. */
export function inclusiveDays(start: IsoDate, end: IsoDate): number {
  return daysBetween(start, end) + 1;
}

/** Today as an ISO date in the user's local calendar. */
export function today(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 3, 2026", the style of federal correspondence. */
export function longDate(date: IsoDate): string {
  const d = toUtc(date);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
