// Only regular files of a sane size are read (issue 11, item 5): a FIFO hung forever, a symlink to /dev/zero grew
// to 15 GB of memory. Each is refused in well under the time limit, with exit 2 and one message naming the file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot } from '../support/cli.js';

const PROGRAM = join(repoRoot, 'examples', 'dfi', 'sescdp.yaml');
const COHORT = join(repoRoot, 'examples', 'dfi', 'cohort-bhb-2027.yaml');
const AS_OF = ['--as-of', '2026-11-22'];
const dir = mkdtempSync(join(tmpdir(), 'sescdp-hostile-'));
const canFifo = process.platform !== 'win32' && spawnSync('mkfifo', [join(dir, 'probe')]).status === 0;

/** Runs the CLI with a short time limit: a hang fails the test instead of stalling the suite. */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8', timeout: 15_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stderr: r.stderr, stdout: r.stdout };
}

function fifo(name: string): string {
  const path = join(dir, name);
  spawnSync('mkfifo', [path]);
  return path;
}

const roles = (bad: string) => ({
  program: ['validate', bad],
  participant: ['render', 'edp', PROGRAM, '--participant', bad, '--out', join(dir, 'out'), ...AS_OF],
  roster: ['cohort', COHORT, '--roster', bad, '--out', join(dir, 'out'), ...AS_OF],
  cohort: ['cohort', bad, '--out', join(dir, 'out'), ...AS_OF],
});

describe.skipIf(!canFifo)('a FIFO in place of a file', () => {
  for (const [role, args] of Object.entries(roles(join(dir, 'pipe')))) {
    it(`is refused as the ${role}, not waited on`, () => {
      fifo('pipe');
      const r = cli(args);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${join(dir, 'pipe')}  cannot read the`);
      expect(r.stderr).toContain('not a regular file');
    });
  }
});

describe.skipIf(process.platform !== 'linux')('devices and system files', () => {
  symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
  for (const [role, args] of Object.entries(roles(join(dir, 'zero.yaml')))) {
    it(`a symlink to /dev/zero is refused as the ${role}`, () => {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not a regular file');
    });
  }

  it('a /proc file is refused', () => {
    const r = cli(['validate', '/proc/self/environ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  });
});

describe('a file over the size limit', () => {
  it('is refused unread with the limit in the message', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `${readFileSync(PROGRAM, 'utf8')}\n${`# ${'x'.repeat(1000)}\n`.repeat(11 * 1024)}`);
    const r = cli(['validate', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('larger than 10 MB');
  });
});
