// `package` and `cohort` interrupted for real: kill -9 at several points of a run, Ctrl-C (SIGINT) and SIGTERM while
// files are staged, and a disk that fills up (a small tmpfs where the machine lets us mount one). After each, the
// previous output is intact and consistent (folder and zip say the same thing) and, once the next run is done,
// no staging is left behind.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot, runCli } from '../support/cli.js';
import { EXAMPLES } from '../support/programs.js';

const AS_OF = ['--as-of', '2026-11-22'];
const NAME = 'DFI-sescdp-reapproval-2026-11-22';
const fresh = () => mkdtempSync(join(tmpdir(), 'sescdp-interrupted-'));

/** A copy of the example program whose bytes (so whose manifest) differ by a comment: tells two packages apart. */
function programVariant(dir: string, label: string): string {
  const file = join(dir, `sescdp-${label}.yaml`);
  writeFileSync(file, `# ${label}\n${readFileSync(EXAMPLES.compliant, 'utf8')}`);
  return file;
}

interface PackageState {
  /** The program's SHA-256 the package was built from (tells old from new). */
  program: string;
}

/** Reads the package in `out` and checks the folder and the zip hold the same files; returns what it was built from. */
function consistentPackage(out: string): PackageState {
  expect(readdirSync(out).sort()).toEqual([NAME, `${NAME}.zip`]);
  const zip = unzipSync(readFileSync(join(out, `${NAME}.zip`)));
  const folder = readdirSync(join(out, NAME)).sort();
  expect(Object.keys(zip).sort()).toEqual(folder.map((f) => `${NAME}/${f}`));
  for (const f of folder) expect(Buffer.from(zip[`${NAME}/${f}`]!).equals(readFileSync(join(out, NAME, f))), f).toBe(true);
  const manifest = JSON.parse(readFileSync(join(out, NAME, 'manifest.json'), 'utf8')) as { program: { sha256: string } };
  return { program: manifest.program.sha256 };
}

function runPackage(program: string, out: string) {
  return runCli(['package', program, '--out', out, ...AS_OF]);
}

/** Starts the CLI; resolves with its exit code or signal once it ends. */
function start(args: string[]) {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
  return { child, ended };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function whenStaging(out: string, ended: Promise<unknown>): Promise<boolean> {
  let over = false;
  void ended.then(() => (over = true));
  while (!over) {
    if (existsSync(out) && readdirSync(out).some((n) => n.startsWith('.'))) return true;
    await sleep(5);
  }
  return false;
}

describe('package killed with kill -9', () => {
  it('leaves the previous package whole, or the new one whole, at every point; the next run cleans up', async () => {
    const dir = fresh();
    const out = join(dir, 'out');
    const oldProgram = programVariant(dir, 'old');
    const newProgram = programVariant(dir, 'new');
    expect(runPackage(oldProgram, out).code).toBe(0);
    const old = consistentPackage(out);
    const seen = new Set<string>();
    for (const delay of [200, 700, 1200, 1700]) {
      const { child, ended } = start(['package', newProgram, '--out', out, ...AS_OF]);
      await sleep(delay);
      child.kill('SIGKILL');
      await ended;
      const visible = readdirSync(out).filter((n) => !n.startsWith('.'));
      expect(visible.sort(), `killed after ${delay} ms`).toEqual([NAME, `${NAME}.zip`]);
      const state = consistentPackageIgnoringStaging(out);
      seen.add(state.program === old.program ? 'old' : 'new');
      // Back to the old package for the next kill.
      expect(runPackage(oldProgram, out).code).toBe(0);
      expect(consistentPackage(out)).toEqual(old);
    }
    expect(seen.has('old')).toBe(true);
  }, 120_000);
});

function consistentPackageIgnoringStaging(out: string): PackageState {
  const scratch = mkdtempSync(join(tmpdir(), 'sescdp-interrupted-view-'));
  mkdirSync(join(scratch, NAME));
  for (const f of readdirSync(join(out, NAME))) copyFileSync(join(out, NAME, f), join(scratch, NAME, f));
  copyFileSync(join(out, `${NAME}.zip`), join(scratch, `${NAME}.zip`));
  return consistentPackage(scratch);
}

describe('interrupted while files are staged', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} removes the cohort's staging and keeps the previous cohort folder`, async () => {
      const out = join(fresh(), 'out');
      const cohortArgs = ['cohort', join(repoRoot, 'examples', 'dfi', 'cohort-bhb-2027.yaml'), '--out', out, ...AS_OF];
      expect(runCli(cohortArgs).code).toBe(0);
      const folder = 'DFI-cohort-bhb-2027-2026-11-22';
      const before = readdirSync(join(out, folder)).sort();
      const { child, ended } = start(cohortArgs);
      const staged = await whenStaging(out, ended);
      child.kill(signal);
      const end = await ended;
      expect(staged, 'the run was interrupted while it had files staged').toBe(true);
      // Staged files seen, then the signal: it lands either while they are staged (the handler removes them and
      // exits 130/143) or, on a loaded machine, just after the swap, when nothing is staged and the default action
      // ends the process. Either way nothing may be left behind, which the lines below check.
      if (end.signal === null) expect(end.code).toBe(signal === 'SIGINT' ? 130 : 143);
      else expect(end.signal).toBe(signal);
      expect(readdirSync(out)).toEqual([folder]);
      expect(readdirSync(join(out, folder)).sort()).toEqual(before);
    }, 60_000);
  }
});

/** A 2 MB tmpfs, when this machine lets us mount one (root on Linux); else the test is skipped. */
function smallDisk(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const mount = fresh();
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]).status === 0 ? mount : undefined;
}

describe('a disk that fills up', () => {
  const disk = smallDisk();
  it.skipIf(!disk)('refuses with exit 2 and one plain line, and keeps the previous package', () => {
    try {
      const out = join(disk!, 'out');
      const dir = fresh();
      expect(runPackage(programVariant(dir, 'old'), out).code).toBe(0);
      const old = consistentPackage(out);
      // Fill the disk so the second package's files cannot all be written.
      const free = Number(spawnSync('df', ['--output=avail', '-B1', disk!], { encoding: 'utf8' }).stdout.split('\n')[1]);
      writeFileSync(join(disk!, 'filler'), Buffer.alloc(Math.max(0, free - 200_000)));
      const r = runPackage(programVariant(dir, 'new'), out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^sescdp: cannot write to .*: the disk is full\n$/);
      expect(r.stderr).not.toMatch(/internal error|at .*\.js/);
      expect(consistentPackage(out)).toEqual(old);
    } finally {
      spawnSync('umount', [disk!]);
    }
  });
});
