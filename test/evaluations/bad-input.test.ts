// Files that are not forms, or forms no one can read: each one a located reason, never a crash.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/documents/render.js';
import { readFormFile } from '../../src/evaluations/read-file.js';
import { neutralise } from '../../src/evaluations/answers-csv.js';
import { loadProgram } from '../../src/model/load.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { writePdf } from '../../src/writers/index.js';
import { hasTool } from '../support/clients.js';
import { repoRoot } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sescdp-eval-bad-'));
const reason = async (file: string) => {
  const reply = await readFormFile(file);
  return 'rejected' in reply ? reply.rejected : undefined;
};

describe('reading files that are not usable forms', () => {
  it('refuses a 200 MB file without reading it', async () => {
    const file = join(dir, 'huge.pdf');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    expect(await reason(file)).toMatchObject({ ruleId: 'form-too-large', reason: expect.stringContaining('200 MB') });
  });

  it('refuses a pipe instead of waiting on it forever', async () => {
    const fifo = join(dir, 'form.pdf');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await reason(fifo)).toMatchObject({ ruleId: 'form-unreadable', reason: expect.stringContaining('not a regular file') });
  });

  it('refuses a renamed zip bomb before inflating it', async () => {
    const file = join(dir, 'bomb.docx');
    writeFileSync(file, zipSync({ 'word/document.xml': [new Uint8Array(24 * 1024 * 1024), { level: 1 }] }));
    expect(await reason(file)).toMatchObject({ ruleId: 'form-too-large' });
  });

  it('reports a damaged PDF and a zip that is not a Word document', async () => {
    writeFileSync(join(dir, 'cut.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
    const cut = await reason(join(dir, 'cut.pdf'));
    expect(cut?.ruleId).toMatch(/form-unreadable/);
    writeFileSync(join(dir, 'photos.docx'), zipSync({ 'a.jpg': strToU8('x') }));
    expect(await reason(join(dir, 'photos.docx'))).toMatchObject({ ruleId: 'form-unreadable', reason: expect.stringContaining('not a Word document') });
  });

  it.skipIf(!hasTool('qpdf') && !process.env.CI)('reports an encrypted PDF', async () => {
    const loaded = loadProgram(join(repoRoot, 'examples', 'dfi', 'sescdp.yaml'));
    const model = renderDocument('evaluation-participant', { program: loaded.program, ruleset: loadRuleset('nprm-2025'), asOf: '2026-11-22' });
    const plain = join(dir, 'plain.pdf');
    writeFileSync(plain, await writePdf(model));
    const locked = join(dir, 'locked.pdf');
    const r = spawnSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, locked], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(await reason(locked)).toMatchObject({ ruleId: 'form-encrypted' });
  });

  it('neutralises spreadsheet formulas in CSV cells', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', 'plain', '3'].map(neutralise)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", 'plain', '3']);
  });
});
