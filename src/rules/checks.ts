// The generic kinds of check a rule set can use. Each takes the value a rule points at and
// returns what was expected, what the program says, and the failures (one per item at fault).
import { addYears, daysBetween, lengthText, longDate, monthsEnd, type IsoDate } from '../model/dates.js';
import { expand, isAnswered, parsePath, type ConcretePath } from '../model/data-path.js';
import { didYouMean } from '../model/did-you-mean.js';
import type { Facts } from '../model/facts.js';
import { parameter, listParameter, numberParameter, type CheckSpec, type Labelled, type Parameter, type Rule, type Ruleset } from './ruleset.js';

export interface Failure {
  /** Text for the message's {item} placeholder. */
  item?: string;
  /** A more precise place than the rule's path (a list item, a missing answer). */
  path?: ConcretePath;
  /** A note rather than a breach: reported as info whatever the rule's severity. */
  note?: boolean;
}

export interface Outcome {
  /** The requirement's value as a message phrases it ("100 hours"). */
  expected: string;
  /** The same as a table cell reads it ("at least 100 hours"), when it differs. */
  required?: string;
  actual: string;
  failures: Failure[];
}

export interface CheckContext {
  facts: Facts;
  ruleset: Ruleset;
  asOf: IsoDate;
}

/** How a missing answer reads in a message (gap's JSON says null instead). */
export const NOTHING = 'nothing';

export function runCheck(rule: Rule, value: unknown, ctx: CheckContext): Outcome {
  const c = rule.check;
  switch (c.kind) {
    case 'answered':
      return single(isAnswered(value), 'an answer', describe(value));
    case 'is-true':
      return single(value === true, 'yes', describe(value));
    case 'notice':
      return single(false, '', '');
    case 'at-least':
    case 'at-most':
      return compare(c.kind, value, parameter(ctx.ruleset, c.value));
    case 'equals': {
      const p = parameter(ctx.ruleset, c.value).value;
      const id = typeof p === 'object' && !Array.isArray(p) ? p.id : p;
      return single(value === id, typeof p === 'object' && !Array.isArray(p) ? `${p.label} (${p.id})` : String(p), describe(value));
    }
    case 'one-of': {
      const options = listParameter(ctx.ruleset, c.values);
      return single(options.some((o) => o.id === value), options.map((o) => o.label).join(', or '), describe(value, options));
    }
    case 'includes-all':
      return includesAll(value, listParameter(ctx.ruleset, c.values), c.key, c.measure);
    case 'known-ids':
      return knownIds(value, listParameter(ctx.ruleset, c.values), c.key, rule.path);
    case 'sum-at-most':
      return sumAtMost(value, c.of, ctx.facts);
    case 'answered-all':
      return answeredAll(c.answers, ctx.facts);
    case 'approval-current':
      return approvalCurrent(ctx, numberParameter(ctx.ruleset, c.years));
    case 'approval-due-soon':
      return approvalDueSoon(ctx, numberParameter(ctx.ruleset, c.years), numberParameter(ctx.ruleset, c.noticeDays));
    case 'cohorts-within-approval':
      return cohortsWithinApproval(ctx, numberParameter(ctx.ruleset, c.years));
    case 'cohort-length':
      return cohortLength(ctx, numberParameter(ctx.ruleset, c.min), c.max ? numberParameter(ctx.ruleset, c.max) : undefined);
    case 'placement-rate':
      return placementRate(value, ctx.facts);
    case 'well-formed':
      return wellFormed(c.format, c.paths, ctx.facts);
    case 'unique':
      return unique(value, rule.path, c.key);
  }
}

function single(pass: boolean, expected: string, actual: string): Outcome {
  return { expected, actual, failures: pass ? [] : [{}] };
}

/** How a program value reads inside a message: `80 hours`, `no`, `"Monthly"`, or `nothing`. */
export function describe(value: unknown, labels: Labelled[] = [], unit?: string): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return NOTHING;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return withUnit(value, unit);
  if (typeof value === 'string') {
    const label = labels.find((l) => l.id === value)?.label;
    if (label) return label;
    return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => describe(v, labels)).join(', ') : NOTHING;
  return 'a section';
}

export function withUnit(n: number, unit?: string): string {
  if (!unit) return String(n);
  return `${n.toLocaleString('en-US')} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
}

function compare(kind: 'at-least' | 'at-most', value: unknown, p: Parameter): Outcome {
  const limit = p.value as number;
  const ok = typeof value === 'number' && (kind === 'at-least' ? value >= limit : value <= limit);
  const expected = withUnit(limit, p.unit);
  return { ...single(ok, expected, describe(value, [], p.unit)), required: `${kind === 'at-least' ? 'at least' : 'no more than'} ${expected}` };
}

function includesAll(value: unknown, required: Labelled[], key?: string, measure?: string): Outcome {
  const items = Array.isArray(value) ? value : [];
  const covered = new Set(
    items
      .filter((item) => !measure || (typeof item?.[measure] === 'number' && item[measure] > 0))
      .map((item) => (key ? item?.[key] : item)),
  );
  const missing = required.filter((r) => !covered.has(r.id));
  return {
    expected: required.map((r) => r.label).join(', '),
    actual: describe(value),
    failures: missing.length ? [{ item: missing.map((m) => m.label).join(', ') }] : [],
  };
}

function knownIds(value: unknown, known: Labelled[], key: string, path: string): Outcome {
  const ids = known.map((k) => k.id);
  const failures: Failure[] = [];
  (Array.isArray(value) ? value : []).forEach((item, i) => {
    const id = item?.[key];
    if (typeof id !== 'string' || ids.includes(id)) return;
    const hint = didYouMean(id, ids);
    failures.push({ item: `"${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`, path: [...path.split('.'), i, key] });
  });
  return { expected: ids.join(', '), actual: describe(value), failures };
}

/** An e-mail address is name@domain.tld; a phone number has 7 to 15 digits, with the usual separators and an extension. */
const FORMATS = {
  email: (v: string) => /^[^\s@,;<>]+@[^\s@,;<>]+\.[a-z]{2,}$/i.test(v),
  phone: (v: string) => {
    const main = v.replace(/\s*(?:x|ext\.?|extension)\s*\d{1,6}$/i, '');
    const digits = main.replace(/\D/g, '').length;
    return /^\+?[\d\s().\-/]+$/.test(main) && digits >= 7 && digits <= 15;
  },
} as const;

function wellFormed(format: keyof typeof FORMATS, paths: string[], facts: Facts): Outcome {
  const failures: Failure[] = [];
  for (const found of paths.flatMap((p) => expand(facts, p))) {
    if (typeof found.value === 'string' && found.value.trim() && !FORMATS[format](found.value.trim())) {
      failures.push({ item: `"${found.value}"`, path: found.path });
    }
  }
  return { expected: format === 'email' ? 'an e-mail address' : 'a phone number', actual: failures.map((f) => f.item).join(', ') || 'well formed', failures };
}

/** Each list item once: the second and later items with the same value (ignoring case and spacing) are reported. */
function unique(value: unknown, path: string, key?: string): Outcome {
  const seen = new Set<string>();
  const failures: Failure[] = [];
  (Array.isArray(value) ? value : []).forEach((item, i) => {
    const v = key ? (item as Record<string, unknown> | null)?.[key] : item;
    if (typeof v !== 'string' || !v.trim()) return;
    const norm = v.trim().replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(norm)) failures.push({ item: `"${v}"`, path: [...parsePath(path), i, ...(key ? [key] : [])] });
    seen.add(norm);
  });
  return { expected: 'each item once', actual: describe(value), failures };
}

function sumAtMost(value: unknown, of: string[], facts: Facts): Outcome {
  const sum = of.flatMap((p) => expand(facts, p)).reduce((s, f) => s + (typeof f.value === 'number' ? f.value : 0), 0);
  const ok = typeof value !== 'number' || sum <= value;
  return { expected: `at most ${describe(value)}`, actual: describe(value), failures: ok ? [] : [{ item: String(sum) }] };
}

function answeredAll(answers: { path: string; label: string }[], facts: Facts): Outcome {
  const failures: Failure[] = [];
  for (const a of answers) {
    for (const found of expand(facts, a.path)) {
      if (!isAnswered(found.value)) failures.push({ item: a.label, path: found.path });
    }
  }
  return { expected: 'an answer to every element', actual: `${failures.length} missing`, failures };
}

function reapprovalDue(facts: Facts, years: number): IsoDate | undefined {
  const last = facts.approval?.lastApprovalDate;
  return last ? addYears(last, years) : undefined;
}

// Re-approval falls due on the anniversary itself and is overdue from the day after.
function approvalCurrent(ctx: CheckContext, years: number): Outcome {
  const expected = `approval within the last ${years} years`;
  const last = ctx.facts.approval?.lastApprovalDate;
  if (!last) {
    // A program seeking its first approval has none to keep current.
    const first = ctx.facts.approval?.submissionType === 'initial';
    return { expected, actual: 'the program gives no last approval date', failures: first ? [] : [{}] };
  }
  const due = reapprovalDue(ctx.facts, years)!;
  const overdue = daysBetween(due, ctx.asOf);
  const actual =
    overdue > 0
      ? `last approved ${longDate(last)}, so re-approval was due ${longDate(due)} (${withUnit(overdue, 'days')} before ${longDate(ctx.asOf)})`
      : `last approved ${longDate(last)}, due again ${longDate(due)}`;
  return { expected, actual, failures: overdue > 0 ? [{}] : [] };
}

function approvalDueSoon(ctx: CheckContext, years: number, noticeDays: number): Outcome {
  const due = reapprovalDue(ctx.facts, years);
  if (!due) return single(true, '', '');
  const left = daysBetween(ctx.asOf, due);
  const actual = left === 0 ? `re-approval is due today, ${longDate(due)}` : `re-approval is due ${longDate(due)}, in ${withUnit(left, 'days')}`;
  return single(!(left >= 0 && left <= noticeDays), `more than ${noticeDays} days' notice`, actual);
}

function cohortsWithinApproval(ctx: CheckContext, years: number): Outcome {
  const first = ctx.facts.approval?.initialApprovalDate ?? ctx.facts.approval?.lastApprovalDate;
  const due = reapprovalDue(ctx.facts, years);
  const failures: Failure[] = [];
  (ctx.facts.cohorts ?? []).forEach((c, i) => {
    if (!c.startDate) return;
    const name = `cohort ${c.id ?? i + 1} starts ${longDate(c.startDate)}`;
    // Without any approval yet (a first submission), a cohort still to come waits for it; one already begun did not.
    if (!first) {
      if (c.startDate <= ctx.asOf) failures.push({ item: `${name}, but the program has no OPM approval date`, path: ['cohorts', i, 'startDate'] });
    }
    else if (c.startDate < first) failures.push({ item: `${name}, before the first approval on ${longDate(first)}`, path: ['cohorts', i, 'startDate'] });
    else if (due && c.startDate > due) failures.push({ item: `${name}, after re-approval fell due on ${longDate(due)}`, path: ['cohorts', i, 'startDate'] });
  });
  return { expected: 'every cohort starts under a current approval', actual: `${failures.length} cohort(s) outside it`, failures };
}

// Months are calendar months, both ends counted (dates.monthsEnd): January 11 to October 10 is 9 months.
function cohortLength(ctx: CheckContext, min: number, max?: number): Outcome {
  const failures: Failure[] = [];
  (ctx.facts.cohorts ?? []).forEach((c, i) => {
    if (!c.startDate || !c.endDate) return;
    const span = `cohort ${c.id ?? i + 1} runs ${longDate(c.startDate)} to ${longDate(c.endDate)}`;
    const length = c.endDate >= c.startDate ? lengthText(c.startDate, c.endDate) : 'no time at all';
    if (c.endDate < monthsEnd(c.startDate, min)) failures.push({ item: `${span}: ${length}`, path: ['cohorts', i, 'endDate'] });
    else if (max !== undefined && c.endDate > monthsEnd(c.startDate, max)) failures.push({ item: `${span}: ${length}`, path: ['cohorts', i, 'endDate'] });
  });
  return { expected: `${min} to ${max ?? 'any number of'} months`, actual: `${failures.length} cohort(s) outside it`, failures };
}

function placementRate(minimum: unknown, facts: Facts): Outcome {
  const { placementRate: rate, placedGraduates, certifiedGraduates } = facts.derived;
  const expected = typeof minimum === 'number' ? `at least ${minimum}%` : "OPM's minimum";
  if (rate === undefined) {
    return { expected, actual: 'the program records no QRB-certified graduates to compute the rate from (cohort outcomes)', failures: [{}] };
  }
  const actual = `the initial SES placement rate is ${rate}% (${placedGraduates} of ${certifiedGraduates} QRB-certified graduates placed)`;
  if (typeof minimum !== 'number') {
    // OPM has not published its minimum: not a missing answer, and not a claim that the rate meets it.
    return { expected, actual: `${actual}; OPM has not yet set its minimum placement rate, so the rate will be compared with it once OPM does`, failures: [{ note: true }] };
  }
  return { expected, actual: `${actual}, against OPM's minimum of ${minimum}%`, failures: rate >= minimum ? [] : [{}] };
}

