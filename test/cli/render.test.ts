// `sescdp render` end to end: files named agency-document-date, both formats, clean refusals.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const AS_OF = ['--as-of', '2026-11-22'];
const fresh = () => mkdtempSync(join(tmpdir(), 'sescdp-render-'));

describe('render', () => {
  it('renders every document of the set, twice identically', () => {
    const [a, b] = [fresh(), fresh()];
    for (const out of [a, b]) {
      const r = runCli(['render', 'all', 'examples/dfi/sescdp.yaml', '--out', out, ...AS_OF]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
    const files = readdirSync(a).sort();
    expect(files).toEqual(
      ['compliance-crosswalk', 'edp-blank', 'evaluation-annual', 'evaluation-cohort', 'evaluation-participant-blank', 'policy', 'transmittal-memo']
        .flatMap((d) => [`DFI-${d}-2026-11-22.docx`, `DFI-${d}-2026-11-22.pdf`])
        .sort(),
    );
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  }, 240_000); // two full renders in child processes: minutes on a loaded 2-core machine

  it('renders one EDP from a participant record, in one format', () => {
    const out = fresh();
    const r = runCli(['render', 'edp', 'examples/dfi/sescdp.yaml', '--participant', 'examples/dfi/participant.yaml', '--format', 'pdf', '--out', out, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`wrote ${join(out, 'DFI-edp-keisha-d-montgomery-2026-11-22.pdf')}`);
    expect(readdirSync(out)).toEqual(['DFI-edp-keisha-d-montgomery-2026-11-22.pdf']);
  });

  it('renders an incomplete program with placeholders, and says so', () => {
    const out = fresh();
    const r = runCli(['render', 'policy', 'examples/legacy/sescdp.yaml', '--out', out, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: the program has \d+ errors under nprm-2025; missing answers show as "\[Not provided: \.\.\.\]"/);
    expect(readdirSync(out)).toEqual(['FMSA-policy-2026-11-22.docx', 'FMSA-policy-2026-11-22.pdf']);
  });

  it('refuses an unknown document, naming the choices', () => {
    const r = runCli(['render', 'polcy', 'examples/dfi/sescdp.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sescdp render: the document must be one of policy, edp, evaluation-participant, evaluation-cohort, evaluation-annual, memo, crosswalk, all (got "polcy") — did you mean "policy"?');
  });

  it('refuses a bad participant file and writes nothing', () => {
    const out = fresh();
    const bad = join(out, 'participant.yaml');
    writeFileSync(bad, 'name: Jo\nmentor:\n  hours: ten\n');
    const r = runCli(['render', 'all', 'examples/dfi/sescdp.yaml', '--participant', bad, '--out', join(out, 'docs'), ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${bad}:3:10  mentor.hours: expected a number of hours; the file has the text "ten"`);
    expect(existsSync(join(out, 'docs'))).toBe(false);
  });
});
