// The command-line targets of issue 6, each a cold `sescdp` process as a user starts it: wall time from spawn to
// exit, and the process's peak memory (RSS high-water mark, worker threads included), read in the child itself
// by bench/report-rss.ts so no external tool is needed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import type { Bench, BenchRow } from './run.js';
import { EXAMPLE_PROGRAM, writeSyntheticCohort } from './synthetic-cohort.js';

const CLI = path.join(packageRoot, 'dist', 'src', 'cli', 'main.js');
const REPORT_RSS = path.join(packageRoot, 'dist', 'bench', 'report-rss.js');
const AS_OF = ['--as-of', '2026-11-22'];

interface Run {
  ms: number;
  peakMb: number;
  code: number | null;
  stderr: string;
}

/** One cold process: the CLI with the RSS reporter preloaded. */
export function runCli(args: string[], scratch: string): Run {
  const rssFile = path.join(scratch, `rss-${process.hrtime.bigint()}`);
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', new URL(`file://${REPORT_RSS}`).href, CLI, ...args], {
    cwd: packageRoot,
    env: { ...process.env, NO_COLOR: '1', SESCDP_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  let peakMb = NaN;
  try {
    peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // The process died before exit handlers ran; the row says so through its exit code.
  }
  return { ms, peakMb, code: r.status, stderr: r.stderr };
}

/** The median run by time, of `runs` (the slow rows run once). */
function median(runs: number, once: () => Run): Run {
  const all = Array.from({ length: runs }, once).sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)]!;
}

function verdict(run: Run, maxMs: number, maxMb?: number): string {
  if (run.code !== 0) return `FAILED (exit ${run.code}): ${run.stderr.trim().split('\n')[0] ?? ''}`;
  const over = [run.ms > maxMs ? 'time' : '', maxMb !== undefined && run.peakMb > maxMb ? 'memory' : ''].filter(Boolean);
  return over.length ? `MISSED (${over.join(', ')})` : 'met';
}

export function row(name: string, run: Run, target: string, maxMs: number, note: string, maxMb?: number): BenchRow {
  return { name, ms: run.ms, peakMb: run.peakMb, target: `${target}: ${verdict(run, maxMs, maxMb)}`, note };
}

function packageCommandExists(scratch: string): boolean {
  const r = runCli(['package', '--help'], scratch);
  return !(r.code === 2 && /unknown command "package"/.test(r.stderr));
}

export const cliBenches: Bench[] = [
  {
    name: 'cli',
    async measure() {
      const scratch = mkdtempSync(path.join(os.tmpdir(), 'sescdp-bench-cli-'));
      try {
        const rows: BenchRow[] = [];
        const validate = median(5, () => runCli(['validate', EXAMPLE_PROGRAM, ...AS_OF], scratch));
        rows.push(row('validate (cold process)', validate, '< 300 ms', 300, 'examples/dfi/sescdp.yaml; median of 5'));

        if (packageCommandExists(scratch)) {
          const pkg = median(3, () => runCli(['package', EXAMPLE_PROGRAM, '--out', mkdtempSync(path.join(scratch, 'package-')), ...AS_OF], scratch));
          rows.push(row('re-approval package (cold process)', pkg, '< 1 s', 1000, 'policy, memo, crosswalk, annual evaluation, manifest, zip; median of 3'));
        } else {
          rows.push({ name: 're-approval package (cold process)', ms: NaN, note: 'n/a (package command missing)' });
        }

        const small = writeSyntheticCohort(scratch, 25);
        const cohort25 = median(3, () => runCli(['cohort', small.cohortFile, '--out', mkdtempSync(path.join(scratch, 'c25-')), ...AS_OF], scratch));
        rows.push(row('cohort, 25 participants (cold process)', cohort25, '< 2 s', 2000, '104 files: calendar, cohort evaluation, 25 EDPs and evaluations, DOCX + PDF; median of 3'));

        const large = writeSyntheticCohort(scratch, 500);
        for (const format of ['both', 'docx', 'pdf'] as const) {
          const out = mkdtempSync(path.join(scratch, `c500-${format}-`));
          const run = runCli(['cohort', large.cohortFile, '--out', out, '--format', format, ...AS_OF], scratch);
          rmSync(out, { recursive: true, force: true });
          const label = format === 'both' ? 'DOCX + PDF' : format.toUpperCase();
          const files = (format === 'both' ? 4 : 2) * 501;
          rows.push(row(`cohort, 500 participants, ${label} (cold process)`, run, '< 20 s, < 1 GB', 20_000, `${files} files; one run`, 1024));
        }
        return rows;
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  },
];
