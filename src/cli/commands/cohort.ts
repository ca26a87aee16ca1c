// `sescdp cohort`: checks a cohort against the umbrella policy and the rule set, then writes every document of the
// cohort into one folder: the calendar, the program-manager evaluation, and each participant's EDP and evaluation.
import { join } from 'node:path';
import type { CohortFinding } from '../../cohort/checks.js';
import { checkCohort } from '../../cohort/checks.js';
import { loadCohort } from '../../cohort/load.js';
import { buildCohort, cohortFolderName, type BuiltCohort } from '../../cohort/render.js';
import { cohortContext } from '../../cohort/context.js';
import { DRAFT_STAMP } from '../../documents/catalog.js';
import { MissingAnswers, missingAnswersText } from '../../documents/missing-answers.js';
import { consistencyText } from '../../documents/consistency.js';
import { formatsOf, type OutputFormat } from '../../documents/render.js';
import { WriterPool } from '../../writers/pool.js';
import { StagedDirectory } from '../../io/atomic-dir.js';
import { checkOutputFolder } from '../../io/staged-output.js';
import { asOfOption, choiceOption, parseCommandArgs, rulesetOption, type Parsed } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { findingsText } from '../findings-text.js';
import { progressBar } from '../progress.js';
import { plural } from '../style.js';
import { UsageError } from '../usage-error.js';
import { visible } from '../../model/visible-text.js';

/** Findings listed before the rest are only counted: enough to see the pattern in a large roster. */
const FINDINGS_SHOWN = 100;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'cohort',
    argv,
    {
      program: { type: 'string' },
      roster: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      'as-of': { type: 'string' },
      ruleset: { type: 'string' },
      jobs: { type: 'string' },
      draft: { type: 'boolean' },
    },
    1,
  );
  if (!positionals[0]) throw new UsageError('name the cohort file, e.g. sescdp cohort cohort.yaml', 'cohort');
  const format = choiceOption(values.format, 'format', ['docx', 'pdf', 'both'] as const, 'both', 'cohort') as OutputFormat;
  const asOf = asOfOption(values['as-of'], 'cohort');
  rulesetOption(values.ruleset, 'cohort');
  const jobs = jobsOption(values.jobs);
  const draft = values.draft === true;
  const outDir = typeof values.out === 'string' ? values.out : 'out';
  checkOutputFolder(outDir);
  // Writer threads start now, so loading the writer libraries overlaps with reading and checking the cohort.
  const pool = new WriterPool({ formats: formatsOf(format), threads: jobs });
  try {
    return await checkAndBuild(positionals[0], values, { format, asOf, jobs, draft, outDir }, pool);
  } finally {
    await pool.close();
  }
}

interface CohortRun {
  format: OutputFormat;
  asOf: string;
  jobs?: number;
  draft: boolean;
  outDir: string;
}

async function checkAndBuild(cohortFile: string, values: Parsed['values'], run: CohortRun, pool: WriterPool): Promise<number> {
  const { format, asOf, jobs, draft, outDir } = run;
  const loaded = loadCohort(cohortFile, {
    programFile: typeof values.program === 'string' ? values.program : undefined,
    rosterFile: typeof values.roster === 'string' ? values.roster : undefined,
  });
  const ruleset = rulesetOption(values.ruleset, 'cohort', loaded.program);

  const findings = checkCohort(loaded, ruleset, asOf);
  const context = `${ruleset.id}, as of ${asOf}`;
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors && !draft) {
    process.stderr.write(findingsText(sorted(findings, loaded.file), context, process.stderr, FINDINGS_SHOWN));
    process.stderr.write(`No documents were written: fix the errors above, or add --draft to render drafts stamped "${DRAFT_STAMP}".\n`);
    return EXIT.findings;
  }
  if (findings.length) process.stderr.write(findingsText(sorted(findings, loaded.file), context, process.stderr, FINDINGS_SHOWN));

  const progress = progressBar(process.stderr, `Rendering cohort ${visible(loaded.cohort.id ?? '')}`.trimEnd(), 'files');
  const folder = join(outDir, cohortFolderName({ program: loaded.program.program, ruleset, asOf, cohort: cohortContext(loaded) }, draft));
  // Files go into a staged folder as they are written, which appears in place of any older one only when complete.
  const staged = StagedDirectory.begin(folder);
  const missing = new MissingAnswers();
  let built: BuiltCohort;
  try {
    built = await buildCohort(loaded, {
      missing,
      ruleset,
      asOf,
      format,
      jobs,
      pool,
      stamp: draft ? DRAFT_STAMP : undefined,
      onProgress: (done, total) => progress.update(done, total),
      sink: (name, bytes) => staged.write(name, bytes),
    });
    // Rendering is what finds a missing answer; the staged files never replace the folder when one is missing.
    if (missing.size && !draft) {
      staged.abort();
      progress.end();
      process.stderr.write(missingAnswersText(missing.list(), { program: loaded.program.file, cohort: loaded.file, participant: 'participant' }));
      process.stderr.write(`No documents were written: add the answers, or add --draft to render drafts stamped "${DRAFT_STAMP}".\n`);
      return EXIT.findings;
    }
    process.stderr.write(consistencyText(missing.consistency));
    staged.commit();
  } catch (err) {
    staged.abort();
    throw err;
  } finally {
    progress.end();
  }
  process.stdout.write(summary(built, folder, format, context, loaded.cohort.id));
  return EXIT.ok;
}

function jobsOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1) throw new UsageError(`--jobs needs a whole number of threads, 1 or more (got "${String(value)}")`, 'cohort');
  return n;
}

/** Findings in the cohort file in line order, then those in the roster by row. */
function sorted(findings: CohortFinding[], cohortFile: string): CohortFinding[] {
  const fileRank = (f: CohortFinding) => (f.file === cohortFile ? 0 : 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => fileRank(a.f) - fileRank(b.f) || (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i)
    .map(({ f }) => f);
}

/** The folder and its files; each participant's documents are shown once, with a count, not one line per person. */
function summary(built: BuiltCohort, folder: string, format: OutputFormat, context: string, id?: string): string {
  const extensions = format === 'both' ? '.docx, .pdf' : `.${format}`;
  const people = built.participantDocuments.length;
  const lines = [
    `${id ? `Cohort ${visible(id)}` : 'Cohort'}: ${plural(people, 'participant')}, ${plural(built.fileNames.length, 'file')} (${context})`,
    `  ${folder}/`,
    ...built.cohortDocuments.map((base) => `    ${base} (${extensions})`),
  ];
  const example = built.participantDocuments[0];
  if (example) lines.push(`    ${example.map((base) => `${base} (${extensions})`).join('\n    ')}${people > 1 ? `\n    ... and the same for the other ${plural(people - 1, 'participant')}` : ''}`);
  return `${lines.join('\n')}\n`;
}
