// The compliance crosswalk: every requirement of the rule set, its citation, the policy section that
// satisfies it, and what `validate` says of the program. Checks that are not requirements of the rule
// (preamble statements, sescdp's own consistency checks) are left out.
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DocumentModel } from '../document/model.js';
import { inlineText } from '../document/model.js';
import { readTextFile } from '../model/text-file.js';
import { templateDir } from '../paths.js';
import { interpolate, type Ruleset } from '../rules/ruleset.js';
import type { RuleResult } from '../rules/validate.js';

export interface CrosswalkRow {
  ruleId: string;
  requirement: string;
  citation: string;
  section: string;
  status: 'Met' | 'Not met' | 'Should be addressed' | 'Noted' | 'Not applicable';
  detail: string;
}

export const ALL_SECTIONS = '*';

/** Heading text → rule ids, from templates/policy-sections.yaml. */
export function policySectionMap(): Map<string, string> {
  const data = parse(readTextFile(join(templateDir, 'policy-sections.yaml'), 'policy section map')) as Record<string, string[]>;
  const byRule = new Map<string, string>();
  for (const [heading, rules] of Object.entries(data)) for (const id of rules) byRule.set(id, heading);
  return byRule;
}

/** "7 Formal training" for each heading of the rendered policy, by its text. */
function numberedHeadings(policy: DocumentModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of policy.blocks) {
    if (b.kind === 'heading') out.set(inlineText(b.content).trim(), b.number ? `${b.number} ${inlineText(b.content).trim()}` : inlineText(b.content).trim());
  }
  return out;
}

export function crosswalkRows(policy: DocumentModel, results: RuleResult[], ruleset: Ruleset): CrosswalkRow[] {
  const sections = policySectionMap();
  const headings = numberedHeadings(policy);
  // Only the rule's own requirements: a preamble statement or a sescdp consistency check is never listed as met.
  return results.filter(({ rule }) => rule.basis === 'rule').map(({ rule, applies, findings }) => {
    const heading = sections.get(rule.id);
    if (heading === undefined) throw new Error(`templates/policy-sections.yaml names no policy section for rule "${rule.id}" of ${ruleset.id}`);
    const section = heading === ALL_SECTIONS ? 'All sections' : headings.get(heading);
    if (section === undefined) throw new Error(`templates/policy-sections.yaml: the policy has no heading "${heading}" (rule "${rule.id}")`);
    const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : findings.length ? 'info' : 'none';
    const status: CrosswalkRow['status'] = !applies
      ? 'Not applicable'
      : worst === 'error'
        ? 'Not met'
        : worst === 'warning'
          ? 'Should be addressed'
          : worst === 'info'
            ? 'Noted' // something the review could not settle (e.g. OPM has not published a number): never called met
            : 'Met';
    return {
      ruleId: rule.id,
      requirement: interpolate(rule.requirement, ruleset),
      citation: rule.citation,
      section,
      status,
      detail: findings.map((f) => f.message).join(' '),
    };
  });
}
