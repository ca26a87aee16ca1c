// Runs a rule set over a program and returns findings that cite their paragraph and point
// at the line and column of the program file they concern.
import type { IsoDate } from '../model/dates.js';
import { expand, formatPath, isAnswered, parsePath, valueAt } from '../model/data-path.js';
import { deriveFacts, type Facts } from '../model/facts.js';
import type { Program } from '../model/program.js';
import type { Position } from '../model/yaml-source.js';
import { runCheck, type Outcome } from './checks.js';
import { interpolate, type Rule, type Ruleset, type Severity } from './ruleset.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  citation: string;
  message: string;
  path: string;
  line?: number;
  column?: number;
}

export interface RuleResult {
  rule: Rule;
  /** Whether the rule applied at all (its `when` condition held). */
  applies: boolean;
  outcome?: Outcome;
  findings: Finding[];
}

export interface ValidateOptions {
  asOf: IsoDate;
  /** Maps a data path to a place in the source file; without it findings carry no line/column. */
  locate?: (path: (string | number)[]) => Position;
}

/** Every rule's result, passing or not: `gap` and the compliance crosswalk need the passes too. */
export function evaluateRules(program: Program, ruleset: Ruleset, opts: ValidateOptions): RuleResult[] {
  const facts = deriveFacts(program);
  return ruleset.rules.map((rule) => evaluateRule(rule, facts, ruleset, opts));
}

export function validateProgram(program: Program, ruleset: Ruleset, opts: ValidateOptions): Finding[] {
  return evaluateRules(program, ruleset, opts)
    .flatMap((r) => r.findings)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function evaluateRule(rule: Rule, facts: Facts, ruleset: Ruleset, opts: ValidateOptions): RuleResult {
  if (!applies(rule, facts)) return { rule, applies: false, findings: [] };
  const outcome = runCheck(rule, valueAt(facts, rule.value ?? rule.path), { facts, ruleset, asOf: opts.asOf });
  const findings = outcome.failures.map((failure): Finding => {
    const path = failure.path ?? parsePath(rule.path);
    const message = interpolate(rule.message, ruleset, { expected: outcome.expected, actual: outcome.actual, item: failure.item ?? '' });
    return {
      ruleId: rule.id,
      severity: failure.note ? 'info' : rule.severity,
      citation: rule.citation,
      message,
      path: formatPath(path),
      ...opts.locate?.(path),
    };
  });
  return { rule, applies: true, outcome, findings };
}

function applies(rule: Rule, facts: Facts): boolean {
  if (!rule.when) return true;
  const value = expand(facts, rule.when.path)[0]?.value;
  if (rule.when.nonEmpty !== undefined && isAnswered(value) !== rule.when.nonEmpty) return false;
  if (rule.when.equals !== undefined && value !== rule.when.equals) return false;
  return true;
}
