// `sescdp rules`: what a rule set checks, so staff can read it before they rely on it.
import { interpolate, type Parameter } from '../../rules/ruleset.js';
import { choiceOption, parseCommandArgs, rulesetOption } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { renderTable } from '../table.js';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('rules', argv, { ruleset: { type: 'string' }, format: { type: 'string' } }, 0);
  const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', 'rules');
  const ruleset = rulesetOption(values.ruleset, 'rules');
  const rules = ruleset.rules.map((r) => ({ id: r.id, severity: r.severity, citation: r.citation, basis: r.basis, requirement: interpolate(r.requirement, ruleset), path: r.path, ...(r.note ? { note: r.note } : {}) }));

  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ ruleset: ruleset.id, title: ruleset.title, source: ruleset.source, counting: ruleset.counting, rules, parameters: ruleset.parameters }, null, 2)}\n`);
    return EXIT.ok;
  }
  const ruleTable = renderTable(
    [{ header: 'Rule' }, { header: 'Severity' }, { header: 'Requirement', grow: 3 }, { header: 'Citation', max: 30 }],
    rules.map((r) => [r.id, r.severity, r.requirement, r.citation]),
  );
  const paramTable = renderTable(
    [{ header: 'Parameter' }, { header: 'Value', grow: 3 }, { header: 'Citation', max: 30 }],
    Object.entries(ruleset.parameters).map(([name, p]) => [name, showValue(p), p.citation]),
  );
  const c = ruleset.counting;
  const counting = `How dates are counted:\n\n  Months: ${c.months}\n  Days: ${c.days}\n  Anniversaries: ${c.anniversaries}`;
  process.stdout.write(`${ruleset.title}\nSource: ${ruleset.source}\n\n${ruleTable}\n\nNumbers the rules use:\n\n${paramTable}\n\n${counting}\n\n${rules.length} rules.\n`);
  return EXIT.ok;
}

function showValue(p: Parameter): string {
  const v = p.value;
  const text = Array.isArray(v) ? v.map((x) => x.label).join('; ') : typeof v === 'object' ? v.label : `${v}${p.unit ? ` ${p.unit}` : ''}`;
  return p.note ? `${text}\n(${p.note})` : text;
}
