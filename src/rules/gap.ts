// What a program approved under one rule set must change to meet another. Rules are paired
// across rule sets by id (both data files use the same id for the same requirement), or by a
// rule's `counterparts` where the two sets name the same requirement differently.
import { addYears, longDate } from '../model/dates.js';
import type { Program } from '../model/program.js';
import { interpolate, numberParameter, type Rule, type Ruleset, type Severity } from './ruleset.js';
import { evaluateRules, type RuleResult, type ValidateOptions } from './validate.js';
import { NOTHING } from './checks.js';

export interface GapRow {
  ruleId: string;
  severity: Severity;
  requirement: string;
  /** What the program says, or null when it has no answer. */
  programValue: string | null;
  required: string;
  /** What the --from rule set required for the same requirement, or null when it did not address it. */
  previously: string | null;
  citation: string;
  path: string;
  line: number | null;
  column: number | null;
}

export function gapRows(program: Program, from: Ruleset, to: Ruleset, opts: ValidateOptions): GapRow[] {
  const before = evaluateRules(program, from, opts);
  const rows: GapRow[] = [];
  for (const result of evaluateRules(program, to, opts)) {
    // A preamble statement is not a requirement the program must change to meet (validate still reports it).
    if (result.rule.basis === 'preamble') continue;
    const breaches = result.findings.filter((f) => f.severity !== 'info');
    if (!result.outcome || breaches.length === 0) continue;
    const failures = result.outcome.failures.filter((f) => !f.note);
    const items = failures.map((f) => f.item).filter((i): i is string => Boolean(i));
    const previous = counterpart(result.rule, before);
    rows.push({
      ruleId: result.rule.id,
      severity: result.rule.severity,
      requirement: interpolate(result.rule.requirement, to),
      programValue: result.rule.check.kind === 'approval-current' ? reapprovalGap(program, from, to, opts) : items.length ? `missing: ${items.join('; ')}` : result.outcome.actual === NOTHING ? null : result.outcome.actual,
      required: result.outcome.required ?? result.outcome.expected,
      previously: previous ? previousRequirement(previous, from, program, opts) : null,
      citation: result.rule.citation,
      path: breaches[0]!.path,
      line: breaches[0]!.line ?? null,
      column: breaches[0]!.column ?? null,
    });
  }
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return rows.sort((a, b) => order[a.severity] - order[b.severity] || (a.line ?? 0) - (b.line ?? 0));
}

/** The --from rule governing the same requirement: the same id, or one either rule names as a counterpart. */
function counterpart(rule: Rule, before: RuleResult[]): RuleResult | undefined {
  return (
    before.find((r) => r.rule.id === rule.id) ??
    before.find((r) => rule.counterparts?.includes(r.rule.id) || r.rule.counterparts?.includes(rule.id))
  );
}

/** What the old rule asked, in its own words and numbers: "Formal training of at least 80 hours (5 CFR 412.302(c)(2))". */
function previousRequirement(previous: RuleResult, from: Ruleset, program: Program, opts: ValidateOptions): string {
  const text = `${interpolate(previous.rule.requirement, from)} (${previous.rule.citation})`;
  if (previous.rule.check.kind !== 'approval-current') return text;
  const last = program.approval?.lastApprovalDate;
  if (!last) return text;
  const due = addYears(last, numberParameter(from, 'reapprovalYears'));
  return `${text}: next due ${longDate(due)}${due < opts.asOf ? ', already past' : ''}`;
}

/**
 * A new re-approval period does not apply backwards: under the new rule, the program falls due the new
 * period after its last approval, which may already be past once that rule takes effect.
 */
function reapprovalGap(program: Program, from: Ruleset, to: Ruleset, opts: ValidateOptions): string {
  const last = program.approval?.lastApprovalDate;
  if (!last) return 'the program gives no last approval date';
  const years = numberParameter(to, 'reapprovalYears');
  const due = addYears(last, years);
  const when = to.status === 'proposed' ? `once the ${to.shortTitle} takes effect` : `under the ${to.shortTitle}`;
  return `last approved ${longDate(last)} under the ${from.shortTitle}; ${when}, re-approval falls due ${years} years after that approval, on ${longDate(due)}, a date already past on ${longDate(opts.asOf)}, so re-approval is needed as soon as it applies`;
}
