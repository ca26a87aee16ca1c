// `sescdp package`: the approval (or re-approval, or change) package for OPM, as a folder and a zip.
import { basename, join } from 'node:path';
import { writeDirectoryAtomic } from '../../io/atomic-dir.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { loadProgram } from '../../model/load.js';
import { buildPackage, SUBMISSION_TYPES, type SubmissionType } from '../../package/build.js';
import { DEFAULT_RULESET, loadRuleset } from '../../rules/ruleset.js';
import { hasErrors, validateProgram } from '../../rules/validate.js';
import { toolVersion } from '../../tool-version.js';
import { startFormatWriter, type FormatWriter } from '../../writers/parallel.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs, type Parsed } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { textReport } from './validate.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'package',
    argv,
    { type: { type: 'string' }, out: { type: 'string' }, draft: { type: 'boolean' }, 'as-of': { type: 'string' }, ruleset: { type: 'string' } },
    1,
  );
  const asOf = asOfOption(values['as-of'], 'package');
  // Start the PDF worker now: loading pdfkit and the fonts overlaps with validating and rendering.
  const writer = startFormatWriter();
  try {
    return await build(values, positionals, asOf, writer);
  } finally {
    await writer.close();
  }
}

async function build(values: Parsed['values'], positionals: string[], asOf: string, writer: FormatWriter): Promise<number> {
  const ruleset = loadRuleset(typeof values.ruleset === 'string' ? values.ruleset : DEFAULT_RULESET);
  const loaded = loadProgram(positionals[0] ?? DEFAULT_PROGRAM_FILE);
  const type = choiceOption(values.type, 'type', SUBMISSION_TYPES, loaded.program.approval?.submissionType ?? 'initial', 'package') as SubmissionType;
  const draft = values.draft === true;
  const outDir = typeof values.out === 'string' ? values.out : 'out';

  const program = { ...loaded.program, approval: { ...loaded.program.approval, submissionType: type } };
  const findings = validateProgram(program, ruleset, { asOf, locate: (p) => loaded.source.locate(p) });
  if (hasErrors(findings) && !draft) {
    process.stderr.write(textReport(loaded.file, findings, `${ruleset.id}, as of ${asOf}`));
    process.stderr.write('The package was not built: fix the errors above, or add --draft to build a draft stamped "DRAFT — NOT FOR SUBMISSION".\n');
    return EXIT.findings;
  }

  const built = await buildPackage({ program, programText: loaded.text, programFile: basename(loaded.file), ruleset, asOf, type, draft, toolVersion: toolVersion(), writer });
  const folder = join(outDir, built.name);
  writeDirectoryAtomic(folder, built.files);
  writeFileAtomic(`${folder}.zip`, built.zip);
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
