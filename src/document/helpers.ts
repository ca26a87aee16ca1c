// Template helpers: wording a template author needs (dates, numbers, plurals, citations, missing answers).
// The formatting functions are pure and exported for reuse; the helpers wrap them for Handlebars and escape
// whatever data they print.

import { escapeMarkup, Markup } from './escape.js';

/** Where a helper was called, as Handlebars passes it in options.loc. */
export interface HelperLocation {
  source?: string;
  start: { line: number; column: number };
}

/** A helper given a value it cannot use; the renderer turns it into a TemplateError at the call's line. */
export class HelperError extends Error {
  constructor(
    message: string,
    readonly loc: HelperLocation | undefined,
  ) {
    super(message);
  }
}

interface HelperOptions {
  hash: Record<string, unknown>;
  loc?: HelperLocation;
  data?: { missing?: MissingAnswer[] };
  fn?: (context: unknown) => string;
  inverse?: (context: unknown) => string;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The calendar date of an ISO date or date-time, as written (no time-zone conversion). */
function calendarDate(value: unknown): { y: number; m: number; d: number } | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() };
  }
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim());
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return { y, m, d };
}

/**
 * An answer a document printed as missing: its label, and where it belongs in the input, e.g. "erb.chair.name",
 * "contacts[2].email", or "participant:mentor.name" for an answer of the participant file.
 */
export interface MissingAnswer {
  label: string;
  path: string;
}

/** "contacts[].name" with at=2 → "contacts[2].name". */
function answerPath(path: unknown, at: unknown): string {
  if (typeof path !== 'string' || path === '') throw new Error('answer needs path="..." saying where the answer belongs in the input, e.g. path="erb.chair.name"');
  const text = path;
  if (!text.includes('[]')) return text;
  if (typeof at !== 'number') throw new Error(`path="${text}" has "[]": pass at=@index for the item's index`);
  return text.replace('[]', `[${at}]`);
}

export type DateStyle = 'long' | 'numeric' | 'iso';

/** "2026-03-03" → "March 3, 2026" (long), "03/03/2026" (numeric) or "2026-03-03" (iso). */
export function formatDate(value: unknown, style: DateStyle = 'long'): string {
  const date = calendarDate(value);
  if (!date) throw new Error(value === undefined ? 'the data has no value for this date' : `"${String(value)}" is not an ISO date such as 2026-03-03`);
  const mm = String(date.m).padStart(2, '0');
  const dd = String(date.d).padStart(2, '0');
  if (style === 'numeric') return `${mm}/${dd}/${date.y}`;
  if (style === 'iso') return `${date.y}-${mm}-${dd}`;
  return `${MONTHS[date.m - 1]} ${date.d}, ${date.y}`;
}

function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new Error(value === undefined ? 'the data has no value for this number' : `"${String(value)}" is not a number`);
  return n;
}

/** 1234567.5 → "1,234,567.5"; with `decimals`, rounded to that many places. */
export function formatNumber(value: unknown, decimals?: number): string {
  const n = toNumber(value);
  const fixed = decimals === undefined ? String(Math.abs(n)) : Math.abs(n).toFixed(decimals);
  if (/e/i.test(fixed)) return String(n);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}

/** plural(1, "hour") → "1 hour"; plural(10, "hour") → "10 hours"; irregular plurals as the third argument. */
export function plural(count: unknown, singular: string, pluralForm?: string): string {
  const n = toNumber(count);
  return `${formatNumber(n)} ${n === 1 ? singular : (pluralForm ?? `${singular}s`)}`;
}

/** "412.302(c)(2)" → "5 CFR 412.302(c)(2)". */
export function cfrCitation(section: unknown, title: unknown = 5): string {
  const text = String(section ?? '').trim();
  if (!/^\d+(\.\d+)?[a-z0-9()]*$/i.test(text.replace(/\s/g, ''))) {
    throw new Error(`"${text}" is not a CFR section such as 412.302(c)(2)`);
  }
  return `${String(title)} CFR ${text}`;
}

/** Data printed by a helper: escaped here, so the template's own escaping must leave it alone. */
function literal(value: unknown): Markup {
  return new Markup(escapeMarkup(value));
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Wrap a helper so a bad argument becomes a HelperError carrying the call's location. */
function located<A extends unknown[]>(fn: (...args: A) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as HelperOptions;
    try {
      return fn.apply(this, args as A);
    } catch (error) {
      if (error instanceof HelperError) throw error;
      throw new HelperError((error as Error).message, options?.loc);
    }
  };
}

/** Positional arguments without Handlebars' trailing options object. */
function params(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

function hashOf(args: unknown[]): Record<string, unknown> {
  return (args[args.length - 1] as HelperOptions).hash ?? {};
}

function needString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${what} must be a quoted word, e.g. "hour"`);
  return value;
}

export const TEMPLATE_HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  /** {{date cohort.start}} → March 3, 2026; {{date x style="numeric"}} → 03/03/2026. */
  date: located((...args) => {
    const [value] = params(args);
    const style = (hashOf(args).style ?? 'long') as DateStyle;
    if (!['long', 'numeric', 'iso'].includes(style)) throw new Error(`style="${String(style)}" is not long, numeric or iso`);
    return literal(formatDate(value, style));
  }),
  /** {{number total}} → 1,234; {{number rate decimals=1}} → 87.5. */
  number: located((...args) => {
    const [value] = params(args);
    const decimals = hashOf(args).decimals;
    return literal(formatNumber(value, decimals === undefined ? undefined : toNumber(decimals)));
  }),
  /** {{plural hours "hour"}} → 1 hour / 10 hours; {{plural n "person" "people"}}. */
  plural: located((...args) => {
    const [count, singular, pluralForm] = params(args);
    return literal(plural(count, needString(singular, 'the singular'), pluralForm === undefined ? undefined : needString(pluralForm, 'the plural')));
  }),
  /** {{cfr "412.302(c)(2)"}} → 5 CFR 412.302(c)(2) in citation style; title="5" by default. */
  cfr: located((...args) => {
    const [section] = params(args);
    const title = hashOf(args).title ?? 5;
    return new Markup(`:cite[${escapeMarkup(cfrCitation(section, title))}]`);
  }),
  /** {{cite "Executive Order 14170"}} → any citation in citation style. */
  cite: located((...args) => {
    const [text] = params(args);
    return new Markup(`:cite[${escapeMarkup(needString(text, 'the citation'))}]`);
  }),
  /**
   * {{answer erb.chair.name "ERB chair" path="erb.chair.name"}} → the value, or a highlighted "[Not provided: ERB chair]"
   * that is also recorded (label and path) in the render's list of missing answers, so a final document can refuse it.
   * In a list, path="contacts[].name" at=@index names the item.
   * {{answer hours "training hours" unit="hour"}} → "100 hours" (plural="..." for an irregular plural).
   * {{answer start "start date" date="long"}} → "March 3, 2026" (or "numeric", "iso").
   */
  answer: located((...args) => {
    const [value, label] = params(args);
    const { unit, plural: pluralForm, date: dateStyle, path, at } = hashOf(args);
    const where = answerPath(path, at);
    if (isMissing(value)) {
      const name = needString(label, 'the label of a missing answer');
      (args[args.length - 1] as HelperOptions).data?.missing?.push({ label: name, path: where });
      return new Markup(`:missing[${escapeMarkup(name)}]`);
    }
    if (dateStyle !== undefined) {
      if (!['long', 'numeric', 'iso'].includes(String(dateStyle))) throw new Error(`date="${String(dateStyle)}" is not long, numeric or iso`);
      return literal(formatDate(value, dateStyle as DateStyle));
    }
    if (unit !== undefined) {
      return literal(plural(value, needString(unit, 'the unit'), pluralForm === undefined ? undefined : needString(pluralForm, 'the plural')));
    }
    return literal(Array.isArray(value) ? value.join(', ') : value);
  }),
  /** {{join topics ", "}} → each item escaped, joined. */
  join: located((...args) => {
    const [list, separator] = params(args);
    if (!Array.isArray(list)) throw new Error('join needs a list');
    return literal(list.map((item) => String(item)).join(separator === undefined ? ', ' : String(separator)));
  }),
  eq: (...args) => params(args)[0] === params(args)[1],
  ne: (...args) => params(args)[0] !== params(args)[1],
  gt: located((...args) => toNumber(params(args)[0]) > toNumber(params(args)[1])),
  lt: located((...args) => toNumber(params(args)[0]) < toNumber(params(args)[1])),
  not: (...args) => !params(args)[0],
  and: (...args) => params(args).every(Boolean),
  or: (...args) => params(args).some(Boolean),
};
