// The text form of findings every command prints the same way: `file:line:col  severity  message  citation  rule-id`,
// one line each, then a summary. `validate` reports on one program file; `cohort` on a cohort file and its roster.
import type { Severity } from '../rules/ruleset.js';
import type { Finding } from '../rules/validate.js';
import { visible } from '../model/visible-text.js';
import { paint, plural, SEVERITY_COLOUR, useColour } from './style.js';

export interface LocatedFinding {
  file: string;
  line?: number | null;
  column?: number | null;
  severity: Severity;
  message: string;
  citation: string;
  ruleId: string;
}

/**
 * `context` closes the summary line, e.g. "nprm-2025, as of 2026-11-22"; colour follows the stream it is printed on.
 * With `limit`, only the first findings are listed (a 10,000-row roster can have tens of thousands); the summary
 * still counts them all.
 */
export function findingsText(findings: readonly LocatedFinding[], context: string, stream: NodeJS.WriteStream = process.stdout, limit = Infinity): string {
  const colour = useColour(stream);
  const lines = findings.slice(0, limit).map((f) =>
    [
      visible(`${f.file}:${f.line ?? 1}:${f.column ?? 1}`),
      paint(colour, SEVERITY_COLOUR[f.severity], f.severity.padEnd(7)),
      visible(f.message),
      paint(colour, 'dim', visible(f.citation)),
      paint(colour, 'dim', visible(f.ruleId)),
    ].join('  '),
  );
  if (findings.length > limit) lines.push(`... and ${plural(findings.length - limit, 'more finding')}`);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const summary = `${errors ? '✖' : '✔'} ${plural(errors, 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')} (${visible(context)})`;
  lines.push(paint(colour, errors ? 'red' : 'green', summary));
  return `${lines.join('\n')}\n`;
}

/** A program file's findings (validate, package, the wizard's review). */
export function textReport(file: string, findings: readonly Finding[], context: string, stream: NodeJS.WriteStream = process.stdout): string {
  return findingsText(findings.map((f) => ({ ...f, file })), context, stream);
}
