// The rules the program is checked against, as `sescdp rules` lists them: each rule's requirement, severity and
// citation, then the numbers the rules use. A finding's citation links here, to its rule.
import { interpolate, type Parameter } from '../../rules/ruleset.js';
import { useEnv } from './env.js';
import { SeverityBadge } from './finding-line.js';
import { ScreenHeading } from './screen-heading.js';

export function RulesScreen() {
  const { ruleset } = useEnv();
  return (
    <>
      <ScreenHeading>Rules checked: {ruleset.shortTitle}</ScreenHeading>
      <p class="section-status">
        {ruleset.title}. Source: {ruleset.source}. {ruleset.rules.length} rules; a "must" is an error, a "should" a warning.
      </p>
      <table class="rules">
        <caption>The rules, in the order of the regulation</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Severity</th>
            <th scope="col">Citation</th>
            <th scope="col">Rule id</th>
          </tr>
        </thead>
        <tbody>
          {ruleset.rules.map((r) => (
            <tr key={r.id} id={`rule-${r.id}`} tabIndex={-1}>
              <th scope="row">{interpolate(r.requirement, ruleset)}</th>
              <td>
                <SeverityBadge severity={r.severity} />
              </td>
              <td>{r.citation}</td>
              <td>
                <code>{r.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="rules">
        <caption>The numbers the rules use</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value</th>
            <th scope="col">Citation</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(ruleset.parameters).map(([name, p]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>{showValue(p)}</td>
              <td>{p.citation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function showValue(p: Parameter): string {
  const v = p.value;
  const text = Array.isArray(v) ? v.map((x) => x.label).join('; ') : typeof v === 'object' ? v.label : `${v}${p.unit ? ` ${p.unit}` : ''}`;
  return p.note ? `${text} (${p.note})` : text;
}
