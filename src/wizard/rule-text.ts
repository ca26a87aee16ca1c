// What the rule set says about a question, in the words and numbers of the rule set itself:
// the one-line help under each prompt, citations with the rule's status, and rule-derived limits.
import { interpolate, numberParameter, type Rule, type Ruleset, type Severity } from '../rules/ruleset.js';
import type { Finding } from '../rules/validate.js';

const STATUS: Record<Ruleset['status'], string> = { proposed: 'proposed', 'in-force': 'in force', final: 'final' };
const WORD: Record<Severity, string> = { error: 'Required', warning: 'Recommended', info: 'Note' };

/** "5 CFR 412.302(c)(2), proposed". */
export function cite(citation: string, ruleset: Ruleset): string {
  return `${citation}, ${STATUS[ruleset.status]}`;
}

/** A finding as the wizard shows it: the rule's message, then where it comes from. */
export function explain(f: Finding, ruleset: Ruleset): string {
  return `${f.message} — ${cite(f.citation, ruleset)}`;
}

/** The rules that judge the value at a path pattern, including a policy-template answer that names it. */
export function rulesAt(ruleset: Ruleset, pattern: string): Rule[] {
  return ruleset.rules.filter((r) =>
    r.check.kind === 'answered-all' ? r.check.answers.some((a) => a.path === pattern) : r.path === pattern && r.value === undefined,
  );
}

/** Checks of what is typed (ids, addresses, repeats): the wizard refuses such an answer as it is given, so no help line. */
const TYPING_CHECKS = new Set(['known-ids', 'well-formed', 'unique']);

/**
 * One help line per rule: "Required: formal training of at least 100 hours — 5 CFR 412.302(c)(2), proposed".
 * `applies` leaves out rules whose condition does not hold for the program so far (the placement
 * minimum matters only to a re-approval).
 */
export function helpLines(ruleset: Ruleset, pattern: string, extraRuleIds: readonly string[] = [], applies: (r: Rule) => boolean = () => true): string[] {
  const rules = [...rulesAt(ruleset, pattern), ...ruleset.rules.filter((r) => extraRuleIds.includes(r.id))];
  return [...new Set(rules)].filter((r) => !TYPING_CHECKS.has(r.check.kind) && applies(r)).map((r) => {
    // A policy-template answer is named by its own label ("the agency's name"), not the rule's.
    const answer = r.check.kind === 'answered-all' ? r.check.answers.find((a) => a.path === pattern)?.label : undefined;
    return `${WORD[r.severity]}: ${answer ?? lowerFirst(interpolate(r.requirement, ruleset))} — ${cite(r.citation, ruleset)}`;
  });
}

/** The number a rule on this path sets (its minimum, else its maximum): the compliant default. */
export function ruleLimit(ruleset: Ruleset, pattern: string): number | undefined {
  const limits = rulesAt(ruleset, pattern).flatMap((r) => (r.check.kind === 'at-least' || r.check.kind === 'at-most' ? [r.check] : []));
  const chosen = limits.find((c) => c.kind === 'at-least') ?? limits[0];
  return chosen ? numberParameter(ruleset, chosen.value) : undefined;
}

/** A numeric parameter when the rule set has it (the 2009 rule has no cohort maximum). */
export function optionalNumber(ruleset: Ruleset, name: string): number | undefined {
  const v = ruleset.parameters[name]?.value;
  return typeof v === 'number' ? v : undefined;
}

function lowerFirst(text: string): string {
  // Keep acronyms ("OPM re-approval", "ERB") as written.
  return /^[A-Z]([a-z]|\s)/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
