// The program file names its rule set (`ruleset:`), and every command judges it by that rule unless
// --ruleset says otherwise; a file written before the key existed is read from its header comment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableRulesets } from '../../src/rules/ruleset.js';
import { RULESET_IDS } from '../../src/model/program.js';
import { runCli, repoRoot } from '../support/cli.js';

const AS_OF = ['--as-of', '2026-11-22'];
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sescdp-ruleset-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The legacy example (approved under the 2009 rule) with a line added at the top of its keys. */
function legacy(firstLine: string, where: 'key' | 'header' = 'key'): string {
  const text = readFileSync(join(repoRoot, 'examples', 'legacy', 'sescdp.yaml'), 'utf8');
  const changed = where === 'key' ? text.replace('\nagency:\n', `\n${firstLine}\n\nagency:\n`) : `${firstLine}\n${text}`;
  const file = join(dir, 'sescdp.yaml');
  writeFileSync(file, changed);
  return file;
}

describe('the ruleset key', () => {
  it('lists exactly the rule sets there are', () => {
    expect([...RULESET_IDS].sort()).toEqual(availableRulesets());
  });

  it('validate judges by it, and --ruleset overrides it', () => {
    const file = legacy('ruleset: cfr-2009');
    const byFile = runCli(['validate', file, '--format', 'json', ...AS_OF]);
    expect(byFile.code).toBe(0);
    expect(JSON.parse(byFile.stdout)).toMatchObject({ ok: true, ruleset: 'cfr-2009' });
    const overridden = runCli(['validate', file, '--ruleset', 'nprm-2025', '--format', 'json', ...AS_OF]);
    expect(overridden.code).toBe(1);
    expect(JSON.parse(overridden.stdout)).toMatchObject({ ok: false, ruleset: 'nprm-2025' });
  });

  it('a file without it is judged by the proposed rule, as before', () => {
    const r = runCli(['validate', join(repoRoot, 'examples', 'legacy', 'sescdp.yaml'), '--format', 'json', ...AS_OF]);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, ruleset: 'nprm-2025' });
  });

  it("an older file's header comment still names the rule set", () => {
    const file = legacy('# sescdp-wizard: ruleset=cfr-2009 reached=signatory.phone', 'header');
    const r = runCli(['validate', file, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(cfr-2009, as of 2026-11-22)');
  });

  it('a mistyped id in the file is located, with a did-you-mean', () => {
    const file = legacy('ruleset: cfr-2090');
    const r = runCli(['validate', file, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sescdp\.yaml:7:10 {2}ruleset: expected one of nprm-2025, cfr-2009; the file has the text "cfr-2090" — did you mean "cfr-2009"\?/);
  });

  it('status, gap (as --to), render and package use it', () => {
    const file = legacy('ruleset: cfr-2009');
    expect(runCli(['status', file, ...AS_OF]).stdout).toContain('(cfr-2009)');
    const gap = runCli(['gap', file, '--format', 'json', ...AS_OF]);
    expect(gap.code).toBe(0); // nothing required: it meets the rule it names
    expect(JSON.parse(gap.stdout)).toMatchObject({ from: 'cfr-2009', to: 'cfr-2009' });
    expect(JSON.parse(runCli(['gap', file, '--to', 'nprm-2025', '--format', 'json', ...AS_OF]).stdout).changes.length).toBeGreaterThan(5);

    const out = join(dir, 'out');
    const render = runCli(['render', 'policy', file, '--format', 'docx', '--out', out, ...AS_OF]);
    expect(render.code).toBe(0);
    expect(render.stderr).not.toContain('errors under'); // it meets the 2009 rule it names
    const pack = runCli(['package', file, '--out', out, ...AS_OF]);
    expect(pack.code).toBe(0);
    expect(pack.stdout).toContain('re-approval (cfr-2009, as of 2026-11-22)');
    const manifest = JSON.parse(readFileSync(join(out, 'FMSA-sescdp-reapproval-2026-11-22', 'manifest.json'), 'utf8')) as { ruleset: string };
    expect(manifest.ruleset).toBe('cfr-2009');
  }, 120_000);

  it("cohort uses the umbrella program's rule set", () => {
    cpSync(join(repoRoot, 'examples', 'dfi'), dir, { recursive: true });
    const program = join(dir, 'sescdp.yaml');
    writeFileSync(program, readFileSync(program, 'utf8').replace('\nagency:\n', '\nruleset: cfr-2009\n\nagency:\n'));
    const r = runCli(['cohort', join(dir, 'cohort-bhb-2027.yaml'), '--format', 'docx', '--out', join(dir, 'out'), '--jobs', '1', ...AS_OF]);
    expect(`${r.stdout}${r.stderr}`).toContain('cfr-2009, as of 2026-11-22');
    expect(`${r.stdout}${r.stderr}`).not.toContain('nprm-2025');
  }, 120_000);
});

describe('did you mean', () => {
  it.each([
    [['validate', 'x.yaml', '--ruleset', 'nprm-2052'], 'sescdp validate: --ruleset must be one of cfr-2009, nprm-2025 (got "nprm-2052") — did you mean "nprm-2025"?'],
    [['gap', 'x.yaml', '--from', 'cfr2009'], 'sescdp gap: --from must be one of cfr-2009, nprm-2025 (got "cfr2009") — did you mean "cfr-2009"?'],
    [['render', 'polcy'], 'sescdp render: the document must be one of policy, edp, evaluation-participant, evaluation-cohort, evaluation-annual, memo, crosswalk, all (got "polcy") — did you mean "policy"?'],
    [['validate', '--fromat', 'json'], `sescdp validate: Unknown option '--fromat' — did you mean "--format"?`],
    [['validate', '--format', 'jsno'], 'sescdp validate: --format must be one of text, json (got "jsno") — did you mean "json"?'],
    [['schema', 'cohrot'], 'sescdp schema: the schema must be one of program, cohort, participant (got "cohrot") — did you mean "cohort"?'],
    [['edit', '--section', 'trainng'], 'did you mean "training"?'],
    [['valdate'], 'sescdp: unknown command "valdate" — did you mean "validate"?'],
  ])('%j', (args, message) => {
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
