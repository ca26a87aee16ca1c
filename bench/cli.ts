// The command-line targets, each a cold `sescdp` process as a user starts it (bench/process.ts measures it), and the
// goals of issue 15 as ratios measured side by side in this run: cold `validate` against a bare `node -e 0`, cold
// `package` against LibreOffice converting the package's policy DOCX, a 25-participant cohort against LibreOffice
// converting that cohort's DOCX in one call. Ratios are medians of pairs run in turn, so the machine's drift cancels.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { medianOf, runOnce, sideBySide, timeToPrompt, type Command, type Sample } from './process.js';
import type { Bench, BenchRow } from './run.js';
import { EXAMPLE_PROGRAM, writeSyntheticCohort } from './synthetic-cohort.js';

export const CLI = path.join(packageRoot, 'dist', 'cli', 'sescdp.js');
const AS_OF = ['--as-of', '2026-11-22'];

const sescdp = (...args: string[]): Command => ({ node: [CLI, ...args, ...AS_OF] });

function failure(s: Sample): string | undefined {
  return s.code === 0 ? undefined : `FAILED (exit ${s.code}): ${s.stderr.trim().split('\n')[0] ?? ''}`;
}

export function row(name: string, s: Sample, target: string, met: boolean, note: string): BenchRow {
  return { name, ms: s.wallMs, cpuMs: s.cpuMs, peakMb: s.peakMb, target: `${target}: ${failure(s) ?? (met ? 'met' : 'MISSED')}`, note };
}

/** A row measured to compare with, not against a target. */
function reference(name: string, s: Sample, note: string): BenchRow {
  return { name, ms: s.wallMs, cpuMs: s.cpuMs, peakMb: s.peakMb, target: failure(s) ?? '', note };
}

const times = (r: number) => `${r.toFixed(2)}×`;

/** LibreOffice converting DOCX files to PDF in one new soffice process, with a profile made beforehand. */
class LibreOffice {
  readonly available = !spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error;
  private readonly profile: string;
  constructor(private readonly scratch: string) {
    this.profile = `file://${path.join(scratch, 'lo-profile')}`;
  }
  convert(files: string[]): Command {
    const out = mkdtempSync(path.join(this.scratch, 'lo-out-'));
    return { program: ['soffice', `-env:UserInstallation=${this.profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files] };
  }
}

const docxIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.docx'))
    .map((f) => path.join(dir, f))
    .sort();

export const cliBenches: Bench[] = [
  {
    name: 'cli',
    async measure() {
      const scratch = mkdtempSync(path.join(os.tmpdir(), 'sescdp-bench-cli-'));
      const out = (name: string) => mkdtempSync(path.join(scratch, `${name}-`));
      try {
        const rows: BenchRow[] = [];
        const lo = new LibreOffice(scratch);

        const validate = sideBySide(7, () => sescdp('validate', EXAMPLE_PROGRAM), () => ({ node: ['-e', '0'] }));
        rows.push(reference('node -e 0 (cold process)', validate.b, 'a bare Node process, the same preload; median of 7'));
        rows.push(
          row(
            'validate (cold process)',
            validate.a,
            `< 300 ms, ≤ 3× node -e 0: ${times(validate.wallRatio)}`,
            validate.a.wallMs < 300 && validate.wallRatio <= 3,
            `examples/dfi/sescdp.yaml; CPU ${times(validate.cpuRatio)} node's; median of 7 pairs`,
          ),
        );

        const first = out('package');
        const made = runOnce(sescdp('package', EXAMPLE_PROGRAM, '--out', first));
        const policy = docxIn(first).filter((f) => /-policy-/.test(f));
        if (lo.available && made.code === 0 && policy.length === 1) {
          runOnce(lo.convert(policy)); // makes LibreOffice's profile
          const pkg = sideBySide(3, () => sescdp('package', EXAMPLE_PROGRAM, '--out', out('package')), () => lo.convert(policy));
          rows.push(reference('LibreOffice: the policy DOCX → PDF', pkg.b, 'one new soffice process (profile made beforehand); median of 3'));
          rows.push(
            row(
              're-approval package (cold process)',
              pkg.a,
              `< 1 s, ≤ 0.6× LibreOffice: ${times(pkg.wallRatio)}`,
              pkg.a.wallMs < 1000 && pkg.wallRatio <= 0.6,
              `policy, memo, crosswalk, annual evaluation, DOCX + PDF, manifest, zip; CPU ${times(pkg.cpuRatio)} LibreOffice's; median of 3 pairs`,
            ),
          );
        } else {
          const pkg = medianOf(3, () => sescdp('package', EXAMPLE_PROGRAM, '--out', out('package')));
          rows.push(row('re-approval package (cold process)', pkg, '< 1 s', pkg.wallMs < 1000, `no LibreOffice to compare with${failure(made) ? `; ${failure(made)}` : ''}; median of 3`));
        }

        const small = writeSyntheticCohort(scratch, 25);
        const firstCohort = out('c25');
        runOnce(sescdp('cohort', small.cohortFile, '--out', firstCohort));
        const cohortDocx = docxIn(firstCohort);
        if (lo.available && cohortDocx.length) {
          const c25 = sideBySide(3, () => lo.convert(cohortDocx), () => sescdp('cohort', small.cohortFile, '--out', out('c25')));
          rows.push(reference(`LibreOffice: the cohort's ${cohortDocx.length} DOCX → PDF`, c25.a, 'one soffice call for all of them; median of 3'));
          rows.push(
            row(
              'cohort, 25 participants (cold process)',
              c25.b,
              `< 2 s, ≥ 3× faster than LibreOffice: ${times(c25.wallRatio)}`,
              c25.b.wallMs < 2000 && c25.wallRatio >= 3,
              `${cohortDocx.length * 2} files, DOCX + PDF; LibreOffice uses ${times(c25.cpuRatio)} its CPU; median of 3 pairs`,
            ),
          );
        } else {
          const c25 = medianOf(3, () => sescdp('cohort', small.cohortFile, '--out', out('c25')));
          rows.push(row('cohort, 25 participants (cold process)', c25, '< 2 s', c25.wallMs < 2000, 'no LibreOffice to compare with; median of 3'));
        }

        const large = writeSyntheticCohort(scratch, 500);
        const dir = out('c500');
        const c500 = runOnce(sescdp('cohort', large.cohortFile, '--out', dir));
        rmSync(dir, { recursive: true, force: true });
        rows.push(row('cohort, 500 participants (cold process)', c500, '< 20 s, < 1 GB', c500.wallMs < 20_000 && c500.peakMb < 1024, '2004 files, DOCX + PDF; one run'));

        const wizard: Sample[] = [];
        for (let i = 0; i < 5; i++) wizard.push(await timeToPrompt([CLI, 'init', ...AS_OF], /^\? /m, out('wizard')));
        const question = wizard.find((s) => s.code !== 0) ?? [...wizard].sort((a, b) => a.wallMs - b.wallMs)[2]!;
        rows.push(row('init: first question shown (cold process)', question, '< 1 s', question.wallMs < 1000, 'in a pseudo-terminal, from launch; median of 5'));
        return rows;
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  },
];
