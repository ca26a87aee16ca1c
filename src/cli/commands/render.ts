// `sescdp render <doc>`: one document of the set, or all of them, as DOCX and/or PDF.
import { join } from 'node:path';
import { checkOutputFolder, makeOutputFolder } from '../../io/staged-output.js';
import { DOCUMENT_IDS, DRAFT_STAMP, type DocumentId } from '../../documents/catalog.js';
import { MissingAnswers, missingAnswersText } from '../../documents/missing-answers.js';
import { consistencyText } from '../../documents/consistency.js';
import { formatsOf, renderSet, writeFormats, type OutputFormat, type RenderInputs } from '../../documents/render.js';
import { threadsFor, WriterPool } from '../../writers/pool.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { loadProgram } from '../../model/load.js';
import { loadParticipant } from '../../model/load-participant.js';
import { validateProgram } from '../../rules/validate.js';
import { asOfOption, choiceOption, DEFAULT_PROGRAM_FILE, parseCommandArgs, rulesetOption, type Parsed } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { commandLine } from '../invocation.js';
import { plural } from '../style.js';
import { UsageError } from '../usage-error.js';

const CHOICES = [...DOCUMENT_IDS, 'all'] as const;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'render',
    argv,
    { participant: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' }, ruleset: { type: 'string' }, draft: { type: 'boolean' } },
    2,
  );
  if (!positionals[0]) throw new UsageError(`name the document to render: ${CHOICES.join(', ')}`, 'render');
  const doc = choiceOption(positionals[0], 'document', CHOICES, 'all', 'render');
  const format = choiceOption(values.format, 'format', ['docx', 'pdf', 'both'] as const, 'both', 'render') as OutputFormat;
  const asOf = asOfOption(values['as-of'], 'render');
  rulesetOption(values.ruleset, 'render');
  const outDir = typeof values.out === 'string' ? values.out : 'out';
  checkOutputFolder(outDir);
  // Writer threads start now, so loading the writer libraries overlaps with reading and rendering.
  const files = (doc === 'all' ? DOCUMENT_IDS.length : 1) * formatsOf(format).length;
  const pool = new WriterPool({ formats: formatsOf(format), threads: threadsFor(files) });
  try {
    return await renderAndWrite(doc, format, asOf, outDir, values, positionals[1], pool);
  } finally {
    await pool.close();
  }
}

async function renderAndWrite(
  doc: DocumentId | 'all',
  format: OutputFormat,
  asOf: string,
  outDir: string,
  values: Parsed['values'],
  programFile: string | undefined,
  pool: WriterPool,
): Promise<number> {
  const loaded = loadProgram(programFile ?? DEFAULT_PROGRAM_FILE);
  const { program } = loaded;
  const ruleset = rulesetOption(values.ruleset, 'render', loaded);
  const participantFile = typeof values.participant === 'string' ? values.participant : undefined;
  const participant = participantFile ? loadParticipant(participantFile) : undefined;
  const draft = values.draft === true;

  const missing = new MissingAnswers();
  const inputs: RenderInputs = { program, ruleset, asOf, participant, missing, stamp: draft ? DRAFT_STAMP : undefined };
  const ids: DocumentId[] = doc === 'all' ? [...DOCUMENT_IDS] : [doc];
  // Everything is rendered in memory first: a template error or a missing answer leaves no file behind.
  const docs = renderSet(ids, inputs);
  if (doc === 'all' && participant) docs.push(...renderSet(['edp', 'evaluation-participant'], { ...inputs, participant: undefined }));
  if (missing.size && !draft) {
    process.stderr.write(missingAnswersText(missing.list(), { program: programFile ?? DEFAULT_PROGRAM_FILE, participant: participantFile }));
    process.stderr.write(`No documents were written: add the answers, or add --draft to write drafts stamped "${DRAFT_STAMP}" that show them as "[Not provided: ...]".\n`);
    return EXIT.findings;
  }
  process.stderr.write(consistencyText(missing.consistency));
  const files = await writeFormats(docs, format, { pool });

  makeOutputFolder(outDir);
  for (const [name, bytes] of files) {
    writeFileAtomic(join(outDir, name), bytes);
    process.stdout.write(`wrote ${join(outDir, name)}\n`);
  }
  const errors = validateProgram(program, ruleset, { asOf }).filter((f) => f.severity === 'error').length;
  if (errors) process.stderr.write(`note: the program has ${plural(errors, 'error')} under ${ruleset.id}. Run "${commandLine(['validate', loaded.file])}" for the list.\n`);
  return EXIT.ok;
}
