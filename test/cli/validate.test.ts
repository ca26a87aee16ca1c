// `sescdp validate` and `sescdp gap` end to end on the shipped examples.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const AS_OF = ['--as-of', '2026-11-22'];
const COMPLIANT = 'examples/dfi/sescdp.yaml';
const LEGACY = 'examples/legacy/sescdp.yaml';

interface JsonReport {
  ok: boolean;
  ruleset: string;
  findings: { ruleId: string; severity: string; citation: string; message: string; path: string; line: number; column: number }[];
}

function json(args: string[]): { code: number | null; report: JsonReport } {
  const r = runCli([...args, '--format', 'json', ...AS_OF]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

// What the legacy program must change, by rule, per the foundation issue: cohort duration, training
// hours, required topics, the continuous assignment, coaching, mentoring hours, the two assessments,
// QRB timing and triennial re-approval.
const LEGACY_CHANGES = [
  'cohort-max-months',
  'training-hours',
  'training-required-topics',
  'assignment-continuous-days',
  'coach-certified',
  'coaching-hours',
  'mentoring-hours',
  'application-assessment-validated',
  'in-program-assessment-validated',
  'qrb-submission-days',
  'reapproval-current',
];

describe('validate', () => {
  it('passes the compliant example under the proposed rule (the default), warning that an extension is OPM\'s to grant', () => {
    const r = runCli(['validate', COMPLIANT, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ 0 errors, 1 warning, 1 note \(nprm-2025, as of 2026-11-22\)\n$/);
    expect(r.stdout).toMatch(/warning .*may only ask OPM.*Preamble to RIN 3206-AO89 on 5 CFR 412\.302, not rule text  cohort-extension/);
  });

  it('fails the legacy example under the proposed rule, on each required change', () => {
    const { code, report } = json(['validate', LEGACY]);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.ruleset).toBe('nprm-2025');
    const errors = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    for (const rule of LEGACY_CHANGES) expect(errors, rule).toContain(rule);
  });

  it('passes the legacy example under the 2009 rule, with its warnings', () => {
    const { code, report } = json(['validate', LEGACY, '--ruleset', 'cfr-2009']);
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['reapproval-due-soon', 'warning'],
      ['edp-ecq-set', 'warning'],
    ]);
  });

  it('keeps the JSON contract: exactly these keys, with the line and column of the YAML value', () => {
    const { report } = json(['validate', LEGACY]);
    const hours = report.findings.find((f) => f.ruleId === 'training-hours')!;
    expect(Object.keys(hours)).toEqual(['ruleId', 'severity', 'citation', 'message', 'path', 'line', 'column']);
    // examples/legacy/sescdp.yaml line 50 reads "  totalHours: 80"; the value starts in column 15.
    expect(hours).toMatchObject({ path: 'training.totalHours', line: 50, column: 15, citation: '5 CFR 412.302(c)(2)', severity: 'error' });
  });

  it('prints one text line per finding: file:line:col  severity  message  citation  rule-id', () => {
    const r = runCli(['validate', LEGACY, ...AS_OF]);
    const line = r.stdout.split('\n').find((l) => l.endsWith('training-hours'))!;
    expect(line).toBe(
      `${LEGACY}:50:15  error    Formal training must last at least 100 hours; the program plans 80 hours.  5 CFR 412.302(c)(2)  training-hours`,
    );
    expect(r.stdout).not.toContain('\u001b['); // no colour when not a TTY
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^✖ \d+ errors, 2 warnings, 1 note \(nprm-2025, as of 2026-11-22\)$/);
  });

  it('reads ./sescdp.yaml when no file is given', () => {
    const r = runCli(['validate', ...AS_OF], { cwd: 'examples/dfi' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nprm-2025');
  });

  it('judges dates as of --as-of: the legacy program falls due on March 15, 2027 and is overdue from March 16', () => {
    expect(runCli(['validate', LEGACY, '--ruleset', 'cfr-2009', '--as-of', '2027-03-15']).code).toBe(0);
    expect(runCli(['validate', LEGACY, '--ruleset', 'cfr-2009', '--as-of', '2027-03-16']).code).toBe(1);
  });
});

describe('gap', () => {
  it('lists each change the legacy program needs, with both rule sets\' values and the citation', () => {
    const r = runCli(['gap', LEGACY, '--from', 'cfr-2009', '--to', 'nprm-2025', '--format', 'json', ...AS_OF]);
    expect(r.code).toBe(1);
    const gap = JSON.parse(r.stdout) as { from: string; to: string; changes: Record<string, string | number | null>[] };
    expect(gap.from).toBe('cfr-2009');
    expect(gap.to).toBe('nprm-2025');
    const byRule = new Map(gap.changes.map((c) => [c.ruleId, c]));
    for (const rule of LEGACY_CHANGES) expect(byRule.has(rule), rule).toBe(true);
    expect(byRule.get('training-hours')).toMatchObject({
      requirement: 'Formal training of at least 100 hours',
      programValue: '80 hours',
      required: 'at least 100 hours',
      previously: 'Formal training of at least 80 hours (5 CFR 412.302(c)(2))',
      citation: '5 CFR 412.302(c)(2)',
    });
    expect(byRule.get('cohort-max-months')).toMatchObject({ programValue: '18 months', required: 'no more than 12 months', previously: null });
    // Paired with the 2009 rule that governs the same requirement under another id.
    expect(byRule.get('assignment-continuous-days')).toMatchObject({
      programValue: '60 continuous days',
      required: 'at least 120 continuous days',
      previously: 'Developmental assignments of at least 4 months in all (5 CFR 412.302(c)(3))',
    });
    // A requirement the 2009 rule had is never shown as "not required".
    expect(byRule.get('edp-elements')).toBeUndefined(); // met under both
    expect(byRule.get('coach-certified')).toMatchObject({ previously: null });
    expect(byRule.get('qrb-submission-days')).toMatchObject({ programValue: null, required: 'no more than 80 calendar days' }); // no answer: null, never "nothing"
    // The proposed 3 years do not apply backwards: the row says when re-approval falls due once the rule applies.
    expect(byRule.get('reapproval-current')).toMatchObject({
      required: 'approval within the last 3 years',
      previously: 'OPM approval sought again every 5 years (5 CFR 412.301(b)): next due March 15, 2027',
      programValue:
        'last approved March 15, 2022 under the rule in force (2009); once the proposed rule (NPRM 2025) takes effect, re-approval falls due 3 years after that approval, on March 15, 2025, a date already past on November 22, 2026, so re-approval is needed as soon as it applies',
    });
    expect(String(byRule.get('reapproval-current')!.programValue)).not.toMatch(/was due|days before/);
    expect(String(byRule.get('training-required-topics')!.programValue)).toContain('Human capital management');
  });

  it('prints a table with the requirement, both values and the citation', () => {
    const r = runCli(['gap', LEGACY, ...AS_OF], { env: { COLUMNS: '160' } });
    expect(r.stdout).toMatch(/^Requirement\s+Program says\s+Required\s+\(nprm-2025\)\s+Before \(cfr-2009\)\s+Citation/m);
    expect(r.stdout).toMatch(/Formal training of at least\s.*80 hours\s+at least 100 hours\s+Formal training of at\s+5 CFR 412\.302\(c\)\(2\)/);
    expect(r.stdout).toMatch(/\d+ required changes, 2 recommended changes\n$/);
  });

  it('finds nothing to change for the compliant example', () => {
    const r = runCli(['gap', COMPLIANT, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing: the program already meets every requirement');
  });
});

describe('rules', () => {
  it('lists every rule with severity and citation', () => {
    const r = runCli(['rules', '--ruleset', 'cfr-2009']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/training-hours\s+error\s+Formal training of at least 80 hours\s/);
    expect(r.stdout).toContain('Months: Calendar months, both ends counted');
    expect(r.stdout).toContain('42 rules.'); // 31 of the rule, 11 of sescdp's own on typed values
  });

  it('gives the rule set as JSON', () => {
    const r = runCli(['rules', '--format', 'json']);
    const data = JSON.parse(r.stdout) as { ruleset: string; rules: { id: string; requirement: string }[]; parameters: Record<string, { value: unknown; citation: string }> };
    expect(data.ruleset).toBe('nprm-2025');
    expect(data.parameters.trainingMinHours).toMatchObject({ value: 100, citation: '5 CFR 412.302(c)(2)' });
    expect(data.rules.find((x) => x.id === 'mentoring-hours')!.requirement).toBe('At least 10 hours of mentoring');
  });
});

describe('help', () => {
  it('lists the commands', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['validate', 'gap', 'rules', 'schema']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
  });

  it('describes a command\'s options', () => {
    const r = runCli(['validate', '--help']);
    expect(r.stdout).toContain('--as-of YYYY-MM-DD');
    expect(r.stdout).toContain('Exit status: 0 no errors');
  });
});
