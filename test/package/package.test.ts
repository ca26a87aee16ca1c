// `sescdp package` end to end: unzip it, check every file against the manifest, rebuild it identically,
// refuse a program with errors, stamp a draft on every page.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { conformanceTools, pdfInfo, pdfPageTexts, docxParts } from '../support/clients.js';
import { repoRoot, runCli } from '../support/cli.js';
import { EXAMPLES } from '../support/programs.js';
import type { Manifest } from '../../src/package/manifest.js';

const AS_OF = ['--as-of', '2026-11-22'];
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const fresh = () => mkdtempSync(join(tmpdir(), 'sescdp-package-'));
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;


function build(args: string[] = [], program = EXAMPLES.compliant) {
  const out = fresh();
  const r = runCli(['package', program, '--out', out, ...AS_OF, ...args]);
  return { out, r };
}

describe('package', () => {
  const { out, r } = build();
  const name = 'DFI-sescdp-reapproval-2026-11-22';

  it('builds the folder and the zip, and says where', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${join(out, name)}.zip`);
    expect(readdirSync(out).sort()).toEqual([name, `${name}.zip`]);
  });

  it('every file in the zip matches the manifest, and the manifest says what it was built from', () => {
    const entries = unzipSync(readFileSync(join(out, `${name}.zip`)));
    const manifest = JSON.parse(strFromU8(entries[`${name}/manifest.json`]!)) as Manifest;
    expect(Object.keys(entries).sort()).toEqual([...manifest.files.map((f) => `${name}/${f.path}`), `${name}/manifest.json`].sort());
    for (const f of manifest.files) {
      const bytes = entries[`${name}/${f.path}`]!;
      expect(sha(bytes), f.path).toBe(f.sha256);
      expect(bytes.byteLength, f.path).toBe(f.bytes);
      expect(readFileSync(join(out, name, f.path)).equals(Buffer.from(bytes)), f.path).toBe(true);
    }
    expect(manifest).toMatchObject({
      tool: { name: 'sescdp', version },
      ruleset: 'nprm-2025',
      submissionType: 'reapproval',
      agency: 'Department of Federal Infrastructure',
      asOf: '2026-11-22',
      program: { file: 'sescdp.yaml', sha256: sha(readFileSync(EXAMPLES.compliant)) },
      draft: false,
    });
    // A re-approval carries the policy and the completed overarching evaluation (proposed 5 CFR 412.303(b)).
    expect(manifest.files.map((f) => f.path)).toEqual([
      'DFI-compliance-crosswalk-2026-11-22.docx',
      'DFI-compliance-crosswalk-2026-11-22.pdf',
      'DFI-evaluation-annual-2026-11-22.docx',
      'DFI-evaluation-annual-2026-11-22.pdf',
      'DFI-policy-2026-11-22.docx',
      'DFI-policy-2026-11-22.pdf',
      'DFI-transmittal-memo-2026-11-22.docx',
      'DFI-transmittal-memo-2026-11-22.pdf',
    ]);
  });

  it('gives a byte-identical zip when built again', () => {
    const again = build();
    expect(again.r.code).toBe(0);
    expect(readFileSync(join(again.out, `${name}.zip`)).equals(readFileSync(join(out, `${name}.zip`)))).toBe(true);
  });

  it('replaces an existing package whole', () => {
    mkdirSync(join(out, name), { recursive: true });
    writeFileSync(join(out, name, 'stale.txt'), 'left from an older build');
    expect(runCli(['package', EXAMPLES.compliant, '--out', out, ...AS_OF]).code).toBe(0);
    expect(existsSync(join(out, name, 'stale.txt'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]); // no staging leftovers
  });

  it('for an initial approval: no evaluation, and a memo asking for initial approval', () => {
    const initial = build(['--type', 'initial']);
    expect(initial.r.code).toBe(0);
    const folder = join(initial.out, 'DFI-sescdp-initial-2026-11-22');
    expect(readdirSync(folder).filter((f) => f.includes('evaluation'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.submissionType).toBe('initial');
  });
});

describe('a program that validates but lacks an answer a document needs', () => {
  it('is refused: exit 1, each missing answer with its path, nothing written; --draft builds it', () => {
    const dir = fresh();
    const file = join(dir, 'sescdp.yaml');
    // records.* are optional to validate, but the policy states them: a final policy may not show a gap.
    writeFileSync(file, readFileSync(EXAMPLES.compliant, 'utf8').replace(/^\$schema:.*$/m, '').replace(/^records:\n(?: {2}.*\n)+/m, ''));
    const { out, r } = build([], file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `2 answers the documents need are missing:\n  ${file}: records.retention — records retention (policy)\n  ${file}: records.system — records system (policy)\n` +
        'The package was not built: add the answers, or add --draft to build a draft stamped "DRAFT — NOT FOR SUBMISSION".\n',
    );
    expect(readdirSync(out)).toEqual([]);
    const drafted = build(['--draft'], file);
    expect(drafted.r.code).toBe(0);
    const folder = join(drafted.out, 'DFI-sescdp-reapproval-2026-11-22-draft');
    expect(readdirSync(folder)).toContain('DFI-policy-2026-11-22-draft.docx');
    expect(docxParts(readFileSync(join(folder, 'DFI-policy-2026-11-22-draft.docx')))['word/document.xml']).toContain('[Not provided: records system]');
  });
});

describe('a program with errors', () => {
  it('blocks the package: exit 1, the findings listed, nothing written', () => {
    const { out, r } = build([], EXAMPLES.legacy);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/examples\/legacy\/sescdp\.yaml:50:15 {2}error {4}Formal training must last at least 100 hours/);
    expect(r.stderr).toContain('add --draft');
    expect(readdirSync(out)).toEqual([]);
  });

  it.skipIf(!conformanceTools(['pdftotext', 'pdfinfo']))('--draft builds it and stamps every page of every document', () => {
    const { out, r } = build(['--draft'], EXAMPLES.legacy);
    expect(r.code).toBe(0);
    const folder = join(out, 'FMSA-sescdp-reapproval-2026-11-22-draft');
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.draft).toBe(true);
    for (const f of manifest.files) {
      const file = join(folder, f.path);
      if (f.path.endsWith('.pdf')) {
        const pages = pdfPageTexts(file);
        expect(pages.length, f.path).toBe(pdfInfo(file).pages);
        pages.forEach((text, i) => expect(text, `${f.path} page ${i + 1}`).toContain('DRAFT — NOT FOR SUBMISSION'));
      } else {
        const headers = Object.entries(docxParts(readFileSync(file))).filter(([part]) => /word\/header\d*\.xml/.test(part));
        expect(headers.length, f.path).toBeGreaterThan(0);
        for (const [, xml] of headers) expect(xml, f.path).toContain('DRAFT — NOT FOR SUBMISSION');
      }
    }
  });
});
