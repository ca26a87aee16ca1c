// `sescdp package`: the approval (or re-approval, or change) package for OPM, as a folder and a zip.
import { basename, join } from 'node:path';
import { loadProgram } from '../../model/load.js';
import { DRAFT_STAMP } from '../../documents/catalog.js';
import { writePackage } from '../../package/write.js';
import { checkOutputFolder } from '../../io/staged-output.js';
import { buildPackage, packageDocuments, SUBMISSION_TYPES, type SubmissionType } from '../../package/build.js';
import { MissingAnswers, missingAnswersText } from '../../documents/missing-answers.js';
import { consistencyText } from '../../documents/consistency.js';
import { DEFAULT_RULESET, loadRuleset } from '../../rules/ruleset.js';
import { hasErrors, validateProgram } from '../../rules/validate.js';
import { toolVersion } from '../../tool-version.js';
import { threadsFor, WriterPool } from '../../writers/pool.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs, rulesetOption, type Parsed } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { textReport } from '../findings-text.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'package',
    argv,
    { type: { type: 'string' }, out: { type: 'string' }, draft: { type: 'boolean' }, 'as-of': { type: 'string' }, ruleset: { type: 'string' } },
    1,
  );
  const asOf = asOfOption(values['as-of'], 'package');
  rulesetOption(values.ruleset, 'package');
  // A package is a small job (written in this thread); were it not, writer threads would start now, so that loading
  // the writer libraries overlapped with validating and rendering.
  const pool = new WriterPool({ formats: ['docx', 'pdf'], threads: threadsFor(packageDocuments('reapproval').length * 2) });
  try {
    return await validateAndBuild(values, positionals[0], asOf, pool);
  } finally {
    await pool.close();
  }
}

async function validateAndBuild(values: Parsed['values'], programFile: string | undefined, asOf: string, pool: WriterPool): Promise<number> {
  const loaded = loadProgram(programFile ?? DEFAULT_PROGRAM_FILE);
  const ruleset = rulesetOption(values.ruleset, 'package', loaded);
  const type = choiceOption(values.type, 'type', SUBMISSION_TYPES, loaded.program.approval?.submissionType ?? 'initial', 'package') as SubmissionType;
  const draft = values.draft === true;
  const outDir = typeof values.out === 'string' ? values.out : 'out';
  checkOutputFolder(outDir);

  const program = { ...loaded.program, approval: { ...loaded.program.approval, submissionType: type } };
  const findings = validateProgram(program, ruleset, { asOf, locate: (p) => loaded.source.locate(p) });
  if (hasErrors(findings) && !draft) {
    process.stderr.write(textReport(loaded.file, findings, `${ruleset.id}, as of ${asOf}`, process.stderr));
    process.stderr.write(`The package was not built: fix the errors above, or add --draft to build a draft stamped "${DRAFT_STAMP}".\n`);
    return EXIT.findings;
  }

  const missing = new MissingAnswers();
  const built = await buildPackage({ program, programText: loaded.text, programFile: basename(loaded.file), ruleset, asOf, type, draft, toolVersion: toolVersion(), pool, missing });
  if (missing.size && !draft) {
    process.stderr.write(missingAnswersText(missing.list(), { program: loaded.file }));
    process.stderr.write(`The package was not built: add the answers, or add --draft to build a draft stamped "${DRAFT_STAMP}".\n`);
    return EXIT.findings;
  }
  process.stderr.write(consistencyText(missing.consistency));
  const folder = writePackage(outDir, built);
  process.stdout.write(
    [
      `${draft ? 'Draft package' : 'Package'} for OPM ${type === 'reapproval' ? 're-approval' : type === 'change' ? 'change approval' : 'approval'} (${ruleset.id}, as of ${asOf}):`,
      ...[...built.files.keys()].map((f) => `  ${join(folder, f)}`),
      `  ${folder}.zip`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
