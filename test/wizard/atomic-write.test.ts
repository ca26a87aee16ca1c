// writeFileAtomic: readers see the old file or the whole new one, never a part, and no temp file is left.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { runInit } from '../../src/wizard/init-flow.js';
import { InputError } from '../../src/model/input-error.js';
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
    expect(() => writeFileAtomic(join(dir, 'missing', 'program.yaml'), 'data')).toThrow(/ENOENT/);
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
