// One finding as the page shows it: its severity in words and a symbol (never colour alone), the message, and the
// citation as a link to the rule it comes from (the Rules screen, in this page: nothing leaves it).
import type { Severity } from '../../rules/ruleset.js';
import { screenHash } from './env.js';

export const SEVERITY: Record<Severity, { word: string; symbol: string }> = {
  error: { word: 'Error', symbol: '✖' },
  warning: { word: 'Warning', symbol: '⚠' },
  info: { word: 'Note', symbol: 'ℹ' },
};

export function SeverityBadge({ severity, kept }: { severity: Severity; kept?: boolean }) {
  const s = SEVERITY[severity];
  return (
    <span class={`severity ${severity}`}>
      <span aria-hidden="true">{s.symbol} </span>
      {kept ? `${s.word} (kept: a matter of record)` : s.word}
    </span>
  );
}

export function Citation({ citation, ruleId, status }: { citation: string; ruleId?: string; status?: string }) {
  const text = status ? `${citation}, ${status}` : citation;
  if (!ruleId) return <span class="citation">{text}</span>;
  return (
    <a class="citation" href={screenHash({ kind: 'rules', rule: ruleId })} title={`The rule ${ruleId}`}>
      {text}
    </a>
  );
}
