// Distinct ids never share an output folder or a file name (issue 11, item 3): cohort ids that slug alike get a
// short stable hash; a participant named "Blank" keeps a filled EDP beside the blank form.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohortFolderKey } from '../../src/cohort/file-keys.js';
import { slug } from '../../src/documents/file-names.js';
import { docxBodyText } from '../support/clients.js';
import { repoRoot, runCli } from '../support/cli.js';

const AS_OF = ['--as-of', '2026-11-22'];
const fresh = () => mkdtempSync(join(tmpdir(), 'sescdp-output-names-'));

describe('cohort folder keys', () => {
  it('keep an id that slugs without loss as it was, so folder names stay readable', () => {
    expect(cohortFolderKey('BHB-2027')).toBe('bhb-2027');
    expect(cohortFolderKey('bhb-2027')).toBe('bhb-2027');
  });

  it('give distinct ids distinct keys, each stable and file-name safe', () => {
    const ids = ['BHB 2027', 'bhb_2027', 'bhb-2027', '', '..', '.', '二〇二七', '二〇二八', 'Ánh', 'anh', 'x'.repeat(70), `${'x'.repeat(70)}y`];
    const keys = ids.map(cohortFolderKey);
    expect(new Set(keys).size).toBe(ids.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.map(cohortFolderKey)).toEqual(keys);
    expect(cohortFolderKey('BHB 2027')).toMatch(/^bhb-2027-[0-9a-f]{8}$/);
    expect(slug(cohortFolderKey('..'))).toBe(cohortFolderKey('..'));
  });
});

describe('cohorts whose ids slug alike', () => {
  it('write two folders, and re-running one replaces only its own', () => {
    const dir = fresh();
    cpSync(join(repoRoot, 'examples', 'dfi'), dir, { recursive: true });
    const example = readFileSync(join(dir, 'cohort-bhb-2027.yaml'), 'utf8');
    for (const [file, id] of [['a.yaml', 'BHB 2027'], ['b.yaml', 'bhb_2027']]) writeFileSync(join(dir, file!), example.replace(/^id: .*$/m, `id: "${id}"`));
    const out = join(dir, 'out');
    const run = (file: string) => runCli(['cohort', join(dir, file), '--out', out, '--format', 'docx', ...AS_OF]);
    expect(run('a.yaml').code).toBe(0);
    expect(run('b.yaml').code).toBe(0);
    const folders = readdirSync(out).sort();
    expect(folders).toHaveLength(2);
    expect(run('a.yaml').code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(folders);
    // Each folder's calendar names its own cohort.
    const calendars = folders.map((f) => readdirSync(join(out, f)).find((n) => n.includes('calendar'))!);
    expect(docxBodyText(readFileSync(join(out, folders[0]!, calendars[0]!)))).not.toEqual(docxBodyText(readFileSync(join(out, folders[1]!, calendars[1]!))));
  }, 120_000);
});

describe('a participant named "Blank"', () => {
  it('keeps their filled EDP beside the blank form', () => {
    const dir = fresh();
    const participant = join(dir, 'blank.yaml');
    writeFileSync(participant, readFileSync(join(repoRoot, 'examples', 'dfi', 'participant.yaml'), 'utf8').replace(/^name: .*$/m, 'name: Blank'));
    const out = join(dir, 'out');
    const r = runCli(['render', 'all', join(repoRoot, 'examples', 'dfi', 'sescdp.yaml'), '--participant', participant, '--format', 'docx', '--out', out, ...AS_OF]);
    expect(r.code).toBe(0);
    const edps = readdirSync(out).filter((n) => /-edp-/.test(n)).sort();
    expect(edps).toEqual(['DFI-edp-blank-2026-11-22.docx', 'DFI-edp-participant-blank-2026-11-22.docx']);
    expect(docxBodyText(readFileSync(join(out, 'DFI-edp-participant-blank-2026-11-22.docx')))).toContain('Supervisory Environmental Engineer');
    expect(docxBodyText(readFileSync(join(out, 'DFI-edp-blank-2026-11-22.docx')))).not.toContain('Supervisory Environmental Engineer');
  }, 120_000);
});
