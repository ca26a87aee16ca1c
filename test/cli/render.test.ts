// `sescdp render` end to end: files named agency-document-date, both formats, clean refusals.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { docxParts } from '../support/clients.js';

const AS_OF = ['--as-of', '2026-11-22'];
const fresh = () => mkdtempSync(join(tmpdir(), 'sescdp-render-'));
const SPARSE = 'test/fixtures/programs/sparse.yaml';

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

  it('refuses a program that lacks answers, listing each with its place in the file, and writes nothing', () => {
    const out = join(fresh(), 'docs');
    const r = runCli(['render', 'all', SPARSE, '--out', out, ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${SPARSE}: erb.chair.name — ERB chair (policy, edp)`);
    expect(r.stderr).toContain(`${SPARSE}: signatory.name — signer's name (policy, evaluation-annual, transmittal-memo)`);
    expect(r.stderr).toContain(`${SPARSE}: training.requiredTopics (an entry with topic: accountability) — hours of Accountability (policy)`);
    expect(r.stderr).toContain('add --draft to write drafts stamped "DRAFT — NOT FOR SUBMISSION"');
    expect(existsSync(out)).toBe(false);
  });

  it('with --draft, writes the incomplete documents stamped, named as drafts, the gaps marked', () => {
    const out = fresh();
    const r = runCli(['render', 'policy', SPARSE, '--draft', '--out', out, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['AGENCY-policy-2026-11-22-draft.docx', 'AGENCY-policy-2026-11-22-draft.pdf']);
    const docx = docxParts(readFileSync(join(out, 'AGENCY-policy-2026-11-22-draft.docx')));
    expect(docx['word/document.xml']).toContain('[Not provided: ERB chair]');
    // Missing answers never leak as raw markup into the running header or the file's properties.
    for (const part of Object.values(docx)) expect(part).not.toMatch(/:missing\[|\{\{|\}\}/);
    expect(docx['docProps/core.xml']).not.toContain('Not provided');
  });

  it('an example program gives final documents: no placeholder, raw markup or template brace', () => {
    const out = fresh();
    expect(runCli(['render', 'all', 'examples/dfi/sescdp.yaml', '--participant', 'examples/dfi/participant.yaml', '--format', 'docx', '--out', out, ...AS_OF]).code).toBe(0);
    for (const f of readdirSync(out)) {
      for (const [name, part] of Object.entries(docxParts(readFileSync(join(out, f))))) {
        expect(part, `${f} ${name}`).not.toMatch(/Not provided|:missing\[|\{\{|\}\}|DRAFT/);
      }
    }
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
