import { existsSync, mkdtempSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDirectoryAtomic } from '../../src/io/atomic-dir.js';

describe('writing a folder atomically', () => {
  it('leaves the old folder untouched when writing the new one fails', () => {
    const parent = mkdtempSync(join(tmpdir(), 'sescdp-atomic-'));
    const target = join(parent, 'pkg');
    mkdirSync(target);
    writeFileSync(join(target, 'policy.pdf'), 'old');
    const files = new Map<string, Uint8Array>([
      ['policy.pdf', Buffer.from('new')],
      ['bad\u0000name.pdf', Buffer.from('x')], // a name no file system accepts
    ]);
    expect(() => writeDirectoryAtomic(target, files)).toThrow();
    expect(readFileSync(join(target, 'policy.pdf'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['pkg']);
  });

  it('creates the folder when there is none', () => {
    const parent = mkdtempSync(join(tmpdir(), 'sescdp-atomic-'));
    writeDirectoryAtomic(join(parent, 'a', 'pkg'), new Map([['x/y.txt', Buffer.from('y')]]));
    expect(readFileSync(join(parent, 'a', 'pkg', 'x', 'y.txt'), 'utf8')).toBe('y');
    expect(existsSync(join(parent, 'a'))).toBe(true);
  });
});
