// What a program approved under one rule set must change to meet another. Rules are paired
// across rule sets by id (both data files use the same id for the same requirement).
import type { Program } from '../model/program.js';
import { interpolate, type Ruleset, type Severity } from './ruleset.js';
import { evaluateRules, type ValidateOptions } from './validate.js';

export interface GapRow {
  ruleId: string;
  severity: Severity;
  requirement: string;
  programValue: string;
  required: string;
  /** What the --from rule set required for the same rule, or null when it did not address it. */
  previously: string | null;
  citation: string;
  path: string;
  line: number | null;
  column: number | null;
}

export function gapRows(program: Program, from: Ruleset, to: Ruleset, opts: ValidateOptions): GapRow[] {
  const before = new Map(evaluateRules(program, from, opts).map((r) => [r.rule.id, r]));
  const rows: GapRow[] = [];
  for (const result of evaluateRules(program, to, opts)) {
    const breaches = result.findings.filter((f) => f.severity !== 'info');
    if (!result.outcome || breaches.length === 0) continue;
    const failures = result.outcome.failures.filter((f) => !f.note);
    const items = failures.map((f) => f.item).filter((i): i is string => Boolean(i));
    const previous = before.get(result.rule.id);
    rows.push({
      ruleId: result.rule.id,
      severity: result.rule.severity,
      requirement: interpolate(result.rule.requirement, to),
      programValue: items.length ? `missing: ${items.join('; ')}` : result.outcome.actual,
      required: result.outcome.required ?? result.outcome.expected,
      previously: previous?.outcome ? (previous.outcome.required ?? previous.outcome.expected) : null,
      citation: result.rule.citation,
      path: breaches[0]!.path,
      line: breaches[0]!.line ?? null,
      column: breaches[0]!.column ?? null,
    });
  }
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return rows.sort((a, b) => order[a.severity] - order[b.severity] || (a.line ?? 0) - (b.line ?? 0));
}
