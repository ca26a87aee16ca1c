// `sescdp evaluations`: reads filled evaluation forms back and writes the annual overarching evaluation, filled,
// with evaluation-results.json and a CSV of every answer, into one folder that appears whole or not at all.
import { join } from 'node:path';
import { loadCohort } from '../../cohort/load.js';
import { DRAFT_STAMP } from '../../documents/catalog.js';
import { documentFileBase } from '../../documents/file-names.js';
import { analyseEvaluations, type CohortRoster, type EvaluationResults } from '../../evaluations/analyse.js';
import { answersCsv } from '../../evaluations/answers-csv.js';
import { collectFormFiles } from '../../evaluations/collect-files.js';
import type { FilledForm } from '../../evaluations/filled-form.js';
import type { RejectedForm } from '../../evaluations/findings.js';
import { formDefinitions } from '../../evaluations/form-definitions.js';
import { lastEndedFiscalYear, parseFiscalYear } from '../../evaluations/program-year.js';
import { readFormFiles } from '../../evaluations/read-pool.js';
import { resultsJson } from '../../evaluations/results-json.js';
import { writeAnnualEvaluation } from '../../evaluations/annual-document.js';
import { writeDirectoryAtomic } from '../../io/atomic-dir.js';
import { loadProgram } from '../../model/load.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs, rulesetOption } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { progressBar } from '../progress.js';
import { paint, plural, SEVERITY_COLOUR, useColour } from '../style.js';
import { UsageError } from '../usage-error.js';

const FINDINGS_SHOWN = 100;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'evaluations',
    argv,
    {
      program: { type: 'string' },
      cohort: { type: 'string', multiple: true },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string' },
      ruleset: { type: 'string' },
      draft: { type: 'boolean' },
    },
    Infinity,
  );
  if (!positionals.length) throw new UsageError('name the filled forms or the folder that holds them, e.g. sescdp evaluations returned/', 'evaluations');
  const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', 'evaluations');
  const asOf = asOfOption(values['as-of'], 'evaluations');
  const year = typeof values.year === 'string' ? parseFiscalYear(values.year) : lastEndedFiscalYear(asOf);
  if (!year) throw new UsageError(`--year needs a fiscal year such as FY2027 (got "${String(values.year)}")`, 'evaluations');
  rulesetOption(values.ruleset, 'evaluations');
  const programFile = typeof values.program === 'string' ? values.program : DEFAULT_PROGRAM_FILE;
  const loadedProgram = loadProgram(programFile);
  const program = loadedProgram.program;
  const ruleset = rulesetOption(values.ruleset, 'evaluations', loadedProgram);
  const cohortFiles = (values.cohort as unknown as string[] | undefined) ?? [];
  const rosters: CohortRoster[] = cohortFiles.map((file) => {
    const loaded = loadCohort(file, { programFile });
    if (!loaded.cohort.id) throw new UsageError(`${file} has no cohort id ("id:"), so its forms cannot be matched to it`, 'evaluations');
    const roster: CohortRoster = { id: loaded.cohort.id, participants: loaded.participants.map((p) => p.participant.name ?? '').filter(Boolean) };
    if (loaded.cohort.subcomponent) roster.subcomponent = loaded.cohort.subcomponent;
    const end = loaded.cohort.graduationDate ?? loaded.cohort.endDate;
    if (end) roster.endDate = end;
    return roster;
  });
  const files = collectFormFiles(positionals);

  const progress = progressBar(process.stderr, 'Reading forms', 'files');
  let replies;
  try {
    replies = await readFormFiles(files, (done, total) => progress.update(done, total));
  } finally {
    progress.end();
  }
  const forms: FilledForm[] = [];
  const unreadable: RejectedForm[] = [];
  for (const reply of replies) {
    if ('form' in reply) forms.push(reply.form);
    else unreadable.push(reply.rejected);
  }
  const results = analyseEvaluations({ program, year, definitions: formDefinitions(program, ruleset, asOf), forms, unreadable, rosters });

  const draft = values.draft === true;
  const outDir = typeof values.out === 'string' ? values.out : 'out';
  const folderName = `${documentFileBase(program.agency?.acronym, `evaluations-${year.label.toLowerCase()}`, asOf)}${draft ? '-draft' : ''}`;
  const folder = join(outDir, folderName);
  const documents = await writeAnnualEvaluation(results, { program, ruleset, asOf, stamp: draft ? DRAFT_STAMP : undefined });
  const written = [...documents.keys(), 'evaluation-results.json', 'evaluation-answers.csv'];
  const output = new Map<string, Uint8Array>(documents);
  const json = resultsJson(results, written.map((name) => join(folder, name)));
  output.set('evaluation-results.json', new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`));
  output.set('evaluation-answers.csv', new TextEncoder().encode(`\uFEFF${answersCsv(results.answers)}`));
  writeDirectoryAtomic(folder, output);

  if (format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else {
    process.stderr.write(findingsText(results));
    process.stdout.write(summaryText(results, folder, written));
  }
  return results.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}

/** One line per finding: `file [field]  severity  message  rule-id`, then a count. */
function findingsText(results: EvaluationResults): string {
  const colour = useColour(process.stderr);
  const { findings } = results;
  const lines = findings.slice(0, FINDINGS_SHOWN).map((f) =>
    [`${f.file}${f.field ? ` [${f.field}]` : ''}`, paint(colour, SEVERITY_COLOUR[f.severity], f.severity.padEnd(7)), f.message, paint(colour, 'dim', f.ruleId)].join('  '),
  );
  if (findings.length > FINDINGS_SHOWN) lines.push(`... and ${plural(findings.length - FINDINGS_SHOWN, 'more finding')}`);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  if (findings.length) lines.push(`${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function summaryText(results: EvaluationResults, folder: string, written: string[]): string {
  const lines = [`${results.year.label} (${results.year.start} to ${results.year.end}): ${plural(results.forms.read, 'form')} read, ${results.forms.counted} counted, ${results.forms.rejected.length} not counted`];
  for (const c of results.cohorts) {
    const rate = c.responseRate === undefined ? '' : ` (${c.responseRate}%)`;
    const of = c.expected === undefined ? '' : ` of ${c.expected}`;
    lines.push(`  Cohort ${c.id}: ${c.returned}${of} participant evaluations returned${rate}; program-manager evaluation ${c.programManagerForm ? 'returned' : 'not returned'}`);
    if (c.notReturned.length) lines.push(`    Not returned: ${c.notReturned.join('; ')}`);
  }
  if (!results.cohorts.length) lines.push(`  No cohort of the program ended in ${results.year.label}.`);
  const p = results.placement.overall;
  lines.push(p.rate === undefined ? '  Placement rate: no QRB-certified graduate recorded yet' : `  Placement rate: ${p.placed} of ${p.certified} QRB-certified graduates placed (${p.rate}%)`);
  lines.push(`  ${folder}/`, ...written.map((name) => `    ${name}`));
  return `${lines.join('\n')}\n`;
}
