// writeFileAtomic: readers see the old file or the whole new one, never a part, and no temp file is left.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { runInit } from '../../src/wizard/init-flow.js';
import { InputError } from '../../src/model/input-error.js';
import { ProgramFile } from '../../src/wizard/program-file.js';
import { repoRoot } from '../support/cli.js';
import { AS_OF, tempDir } from './support/files.js';
import { VirtualTerminal } from './support/virtual-terminal.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, keeping its permissions', () => {
    const file = join(dir, 'program.yaml');
    writeFileAtomic(file, 'first\n');
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    chmodSync(file, 0o640);
    writeFileAtomic(file, new TextEncoder().encode('second\n'));
    expect(readFileSync(file, 'utf8')).toBe('second\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['program.yaml']);
  });

  it('leaves the old content and no temporary file when the rename fails', () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    expect(() => writeFileAtomic(target, 'data')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('fails without leaving anything when the folder does not exist', () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'program.yaml'), 'data')).toThrow(/no such file or folder/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('init where the file cannot be saved', () => {
  it('says so before asking anything', async () => {
    const term = new VirtualTerminal();
    const run = runInit({ file: join(dir, 'missing', 'sescdp.yaml'), term, asOf: AS_OF });
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(/does not exist/);
    expect(term.transcript).toBe('');
  });
});

describe('writeFileAtomic keeps the file the user has', () => {
  it('writes through a symlink to the file it points at, and the link stays a link', () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'sescdp.yaml');
    writeFileSync(real, 'old\n');
    const link = join(dir, 'sescdp.yaml');
    symlinkSync(join('real', 'sescdp.yaml'), link);
    writeFileAtomic(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['real', 'sescdp.yaml']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['sescdp.yaml']);
  });

  it('refuses a read-only file and leaves it as it was', () => {
    const file = join(dir, 'sescdp.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o444);
    expect(() => writeFileAtomic(file, 'new\n')).toThrow(/read-only/);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner of a file it replaces', () => {
    const file = join(dir, 'sescdp.yaml');
    writeFileSync(file, 'old\n');
    chownSync(file, 4321, 4322);
    writeFileAtomic(file, 'new\n');
    expect(statSync(file)).toMatchObject({ uid: 4321, gid: 4322 });
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });

  it('keeps a hard link a link (the other name sees the new content)', () => {
    const file = join(dir, 'sescdp.yaml');
    writeFileSync(file, 'a longer old content\n');
    linkSync(file, join(dir, 'other-name.yaml'));
    writeFileAtomic(file, 'new\n');
    expect(readFileSync(join(dir, 'other-name.yaml'), 'utf8')).toBe('new\n');
  });
});

describe('edit on a read-only program file', () => {
  it('says so before asking anything', () => {
    const file = join(dir, 'sescdp.yaml');
    copyFileSync(join(repoRoot, 'examples', 'dfi', 'sescdp.yaml'), file);
    chmodSync(file, 0o444);
    expect(() => ProgramFile.open(file)).toThrow(/read-only/);
  });
});
