// The JSON each command prints is a contract: it says what was judged (file, rule set, date, tool version) and fits
// the JSON Schema published for it under schemas/output/.
import { describe, expect, it } from 'vitest';
import { toolVersion } from '../../src/tool-version.js';
import { runCli } from '../support/cli.js';
import { schemaProblems } from '../support/json-schema.js';

const AS_OF = ['--as-of', '2026-11-22'];
const COMPLIANT = 'examples/dfi/sescdp.yaml';
const LEGACY = 'examples/legacy/sescdp.yaml';

function json(args: string[]): { code: number | null; out: Record<string, unknown> } {
  const r = runCli([...args, '--format', 'json', ...AS_OF]);
  return { code: r.code, out: JSON.parse(r.stdout) as Record<string, unknown> };
}

describe('validate --format json', () => {
  it.each([COMPLIANT, LEGACY])('%s fits schemas/output/validate.schema.json and says what it judged', (file) => {
    const { out } = json(['validate', file]);
    expect(schemaProblems('schemas/output/validate.schema.json', out)).toEqual([]);
    expect(out).toMatchObject({ file, ruleset: 'nprm-2025', asOf: '2026-11-22', toolVersion: toolVersion() });
    const findings = out.findings as { severity: string }[];
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(out.counts).toEqual({ error: count('error'), warning: count('warning'), info: count('info') });
    expect(Object.keys(out)).toEqual(['ok', 'file', 'ruleset', 'asOf', 'toolVersion', 'counts', 'findings']);
  });

  it('the schema is not a formality: a finding without a line number as text is refused', () => {
    const { out } = json(['validate', LEGACY]);
    (out.findings as Record<string, unknown>[])[0]!.line = '12';
    expect(schemaProblems('schemas/output/validate.schema.json', out)).toEqual(['/findings/0/line must be integer,null']);
  });
});

describe('gap --format json', () => {
  it('fits schemas/output/gap.schema.json; a missing answer is null, never the word "nothing"', () => {
    const { out } = json(['gap', LEGACY, '--from', 'cfr-2009', '--to', 'nprm-2025']);
    expect(schemaProblems('schemas/output/gap.schema.json', out)).toEqual([]);
    expect(out).toMatchObject({ file: LEGACY, from: 'cfr-2009', to: 'nprm-2025', asOf: '2026-11-22', toolVersion: toolVersion() });
    const changes = out.changes as { ruleId: string; programValue: string | null }[];
    expect(changes.map((c) => c.programValue)).not.toContain('nothing');
    // The legacy program records no coaching hours: the value is null.
    expect(changes.find((c) => c.ruleId === 'coaching-hours')?.programValue).toBeNull();
  });
});

describe('status --format json', () => {
  it('fits schemas/output/status.schema.json, with kebab-case states', () => {
    for (const asOf of ['2026-11-22', '2027-06-11']) {
      const r = runCli(['status', COMPLIANT, '--format', 'json', '--as-of', asOf]);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(schemaProblems('schemas/output/status.schema.json', out)).toEqual([]);
      expect(out).toMatchObject({ file: COMPLIANT, asOf, ruleset: 'nprm-2025', toolVersion: toolVersion() });
    }
    const late = JSON.parse(runCli(['status', COMPLIANT, '--format', 'json', '--as-of', '2027-06-11']).stdout) as { reapproval: { state: string }; cohorts: { state: string }[] };
    expect(late.reapproval.state).toBe('overdue');
    expect(late.cohorts.map((c) => c.state)).toEqual(['complete', 'qrb-submission-overdue', 'in-progress']);
  });
});
