// The region named "Findings": every finding `sescdp validate` reports for the program as it stands, in file order,
// updated as answers change. Each says its severity in words, the message, the citation (a link to the rule) and the
// field it concerns, as a link that opens the field's section and puts the cursor in it.
import type { Finding } from '../../rules/validate.js';
import { formatPath } from '../../model/data-path.js';
import { targetOf } from '../questions.js';
import { screenHash, useEnv, type Screen } from './env.js';
import { Citation, SeverityBadge } from './finding-line.js';

export function summaryLine(findings: readonly Pick<Finding, 'severity'>[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const n = (k: number, word: string) => `${k} ${k === 1 ? word : `${word}s`}`;
  return `${n(count('error'), 'error')}, ${n(count('warning'), 'warning')}, ${n(count('info'), 'note')}`;
}

export function fieldScreen(finding: Pick<Finding, 'path'>): { screen: Screen; label: string } | undefined {
  const target = targetOf(finding);
  if (!target) return undefined;
  return { screen: { kind: 'section', id: target.section.id, focus: target.path ? formatPath(target.path) : undefined }, label: `${target.section.title} › ${target.label}` };
}

export function FindingsPanel() {
  const env = useEnv();
  const findings = env.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">Findings</h2>
      <p class={`summary ${errors ? 'has-errors' : 'clean'}`}>
        <span aria-hidden="true">{errors ? '✖ ' : '✔ '}</span>
        {summaryLine(findings)} ({env.ruleset.id}, as of {env.asOf})
      </p>
      {findings.length ? (
        <ol class="finding-list">
          {findings.map((f, i) => (
            <FindingItem key={`${f.ruleId}|${f.path}|${i}`} finding={f} />
          ))}
        </ol>
      ) : (
        <p>The program meets every rule of the {env.ruleset.shortTitle} that it can be checked against.</p>
      )}
    </section>
  );
}

export function FindingItem({ finding }: { finding: Finding }) {
  const env = useEnv();
  const field = fieldScreen(finding);
  return (
    <li class={`finding ${finding.severity}`}>
      <SeverityBadge severity={finding.severity} /> <span class="message">{finding.message}</span>{' '}
      <Citation citation={finding.citation} ruleId={finding.ruleId} />
      {field ? (
        <>
          {' '}
          <a
            class="field-link"
            href={screenHash(field.screen)}
            onClick={(e) => {
              e.preventDefault();
              env.go(field.screen);
            }}
          >
            {field.label}
          </a>
        </>
      ) : null}
      {finding.line ? <span class="where"> (line {finding.line})</span> : null}
    </li>
  );
}
