// Output entries replaced together or not at all: a failure in the middle of the swap, a run killed in the middle
// (its staging found by the next run), and staging of runs that are still going (left alone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failRename = vi.hoisted(() => ({ after: -1 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (failRename.after === 0) {
      failRename.after = -1; // one failure, as a full disk fails one write; putting things back then works
      throw Object.assign(new Error('ENOSPC: no space left on device (injected)'), { code: 'ENOSPC' });
    }
    failRename.after--;
    return fs.renameSync(from, to);
  };
  return { ...fs, default: { ...fs, renameSync }, renameSync };
});

const { StagedOutput, removeStaleStaging } = await import('../../src/io/staged-output.js');

afterEach(() => void (failRename.after = -1));

const fresh = () => mkdtempSync(join(tmpdir(), 'sescdp-staged-'));
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function oldPackage(parent: string): void {
  mkdirSync(join(parent, 'pkg'));
  writeFileSync(join(parent, 'pkg', 'policy.pdf'), 'old policy');
  writeFileSync(join(parent, 'pkg.zip'), 'old zip');
}

function stageNew(parent: string) {
  const staged = StagedOutput.begin(parent, ['pkg', 'pkg.zip']);
  staged.write('pkg/policy.pdf', Buffer.from('new policy'));
  staged.write('pkg.zip', Buffer.from('new zip'), { durable: true });
  return staged;
}

const snapshot = (parent: string) => ({
  entries: readdirSync(parent).sort(),
  policy: readFileSync(join(parent, 'pkg', 'policy.pdf'), 'utf8'),
  zip: readFileSync(join(parent, 'pkg.zip'), 'utf8'),
});

describe('a folder and its zip staged together', () => {
  it('replaces both', () => {
    const parent = fresh();
    oldPackage(parent);
    stageNew(parent).commit();
    expect(snapshot(parent)).toEqual({ entries: ['pkg', 'pkg.zip'], policy: 'new policy', zip: 'new zip' });
  });

  it('keeps the previous folder and zip when the swap fails at any step, and leaves no staging', () => {
    // The commit's renames: old folder aside, old zip aside, new folder in, new zip in.
    for (let step = 0; step < 4; step++) {
      const parent = fresh();
      oldPackage(parent);
      const staged = stageNew(parent);
      failRename.after = step;
      expect(() => staged.commit(), `failing rename ${step}`).toThrow(/the disk is full/);
      expect(snapshot(parent), `failing rename ${step}`).toEqual({ entries: ['pkg', 'pkg.zip'], policy: 'old policy', zip: 'old zip' });
    }
  });

  it('leaves nothing when the first package fails to swap in', () => {
    const parent = fresh();
    const staged = stageNew(parent);
    failRename.after = 1;
    expect(() => staged.commit()).toThrow(/the disk is full/);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('staging left by a run that was killed', () => {
  /** The state a kill -9 leaves between "new folder moved in" and "new zip moved in". */
  function killedMidSwap(parent: string, pid: number): string {
    const staging = join(parent, `.sescdp-staging-${pid}-0badf00d`);
    mkdirSync(join(staging, 'old', 'pkg'), { recursive: true });
    mkdirSync(join(staging, 'new'), { recursive: true });
    writeFileSync(join(staging, 'entries.json'), JSON.stringify(['pkg', 'pkg.zip']));
    writeFileSync(join(staging, 'old', 'pkg', 'policy.pdf'), 'old policy');
    writeFileSync(join(staging, 'old', 'pkg.zip'), 'old zip');
    writeFileSync(join(staging, 'new', 'pkg.zip'), 'new zip');
    mkdirSync(join(parent, 'pkg'));
    writeFileSync(join(parent, 'pkg', 'policy.pdf'), 'new policy');
    return staging;
  }

  it('the next run puts the previous package back whole and removes the staging', () => {
    const parent = fresh();
    killedMidSwap(parent, deadPid());
    removeStaleStaging(parent);
    expect(snapshot(parent)).toEqual({ entries: ['pkg', 'pkg.zip'], policy: 'old policy', zip: 'old zip' });
  });

  it('a swap that had completed is kept; only its staging goes', () => {
    const parent = fresh();
    const staging = killedMidSwap(parent, deadPid());
    writeFileSync(join(parent, 'pkg.zip'), 'new zip');
    writeFileSync(join(staging, 'committed'), '');
    removeStaleStaging(parent);
    expect(snapshot(parent)).toEqual({ entries: ['pkg', 'pkg.zip'], policy: 'new policy', zip: 'new zip' });
  });

  it('removes the staging of dead runs, from this version and earlier ones, when a new run begins', () => {
    const parent = fresh();
    const pid = deadPid();
    mkdirSync(join(parent, `.sescdp-staging-${pid}-12345678`, 'new', 'cohort'), { recursive: true });
    mkdirSync(join(parent, `.DFI-cohort-2026-11-22.tmp-${pid}-1765000000000`));
    writeFileSync(join(parent, `.DFI-policy.pdf.${pid}-89abcdef.tmp`), 'x');
    const staged = StagedOutput.begin(parent, ['cohort']);
    staged.write('cohort/a.txt', Buffer.from('a'));
    staged.commit();
    expect(readdirSync(parent)).toEqual(['cohort']);
  });

  it('leaves alone the staging of a run that is still going', () => {
    const parent = fresh();
    const live = join(parent, `.sescdp-staging-${process.ppid}-12345678`);
    mkdirSync(join(live, 'new'), { recursive: true });
    removeStaleStaging(parent);
    expect(existsSync(live)).toBe(true);
  });
});
