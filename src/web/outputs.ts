// What the page builds, each exactly as the command line builds it (the same functions, on the saved program text):
// documents as `sescdp render`, the package as `sescdp package [--draft]`, a cohort's documents as `sescdp cohort
// [--draft]` (zipped, since a browser downloads one file). Writing happens in the page's writer workers.
import { checkCohort, type CohortFinding } from '../cohort/checks.js';
import { parseCohort } from '../cohort/load.js';
import { buildCohort, cohortFolderName } from '../cohort/render.js';
import { cohortContext } from '../cohort/context.js';
import { DRAFT_STAMP, type DocumentId } from '../documents/catalog.js';
import { renderSet, writeFormats, type RenderInputs } from '../documents/render.js';
import { MissingAnswers } from '../documents/missing-answers.js';
import type { IsoDate } from '../model/dates.js';
import { InputError } from '../model/input-error.js';
import { parseParticipant } from '../model/load-participant.js';
import type { Participant } from '../model/participant.js';
import { buildPackage, type SubmissionType } from '../package/build.js';
import { deterministicZip } from '../package/zip.js';
import type { Ruleset } from '../rules/ruleset.js';
import { hasErrors, validateProgram, type Finding } from '../rules/validate.js';
import { toolVersion } from '../tool-version.js';
import { WriterPool } from '../writers/pool.js';
import type { Work } from './work.js';

let pool: WriterPool | undefined;

/** The writers' code sits after the page's script in the file: the browser has read it once the document is parsed. */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** One DOCX and one PDF worker for the life of the page, started when first needed (or early, by warmUp). */
async function writers(): Promise<WriterPool> {
  await parsed();
  pool ??= new WriterPool({ formats: ['docx', 'pdf'], threads: 2 });
  return pool;
}

/** Starts the writer workers while the user reads the page, so the first download does not wait for them to load. */
export function warmUp(): void {
  void writers();
}

export interface Settings {
  ruleset: Ruleset;
  asOf: IsoDate;
}

/** The participant file opened for a filled EDP, if any. */
export function participantOf(work: Work): Participant | undefined {
  const file = work.inputs.participant;
  return file ? parseParticipant(file.name, file.text) : undefined;
}

/**
 * One document of the set, as `sescdp render ID` writes it: file name → bytes, DOCX then PDF. A document that lacks
 * an answer is the draft `sescdp render ID --draft` writes (where the command without --draft refuses).
 */
export async function renderDocument(work: Work, settings: Settings, id: DocumentId, participant?: Participant): Promise<Map<string, Uint8Array>> {
  const missing = new MissingAnswers();
  const inputs: RenderInputs = { program: work.loaded().program, ruleset: settings.ruleset, asOf: settings.asOf, participant, missing };
  let docs = renderSet([id], inputs);
  if (missing.size) docs = renderSet([id], { ...inputs, missing: undefined, stamp: DRAFT_STAMP });
  return writeFormats(docs, 'both', { pool: await writers() });
}

/** Why a built zip is a draft, for the page's status line. */
export function draftReason(built: BuiltZip, what: string): string {
  if (built.errors) return `because ${what} has ${built.errors} ${built.errors === 1 ? 'error' : 'errors'}`;
  return `because the documents lack ${built.missing} ${built.missing === 1 ? 'answer' : 'answers'} (shown in them as "[Not provided: …]")`;
}

export interface BuiltZip {
  name: string;
  zip: Uint8Array;
  draft: boolean;
  errors: number;
  /** Answers the documents need that the input lacks: with any, the documents are drafts (as --draft makes them). */
  missing: number;
}

/**
 * The package `sescdp package --type TYPE` builds; a draft (as with --draft) when the program has errors or a
 * document lacks an answer (where the command line would refuse).
 */
export async function packageZip(work: Work, settings: Settings, type: SubmissionType): Promise<BuiltZip> {
  const loaded = work.loaded();
  const program = { ...loaded.program, approval: { ...loaded.program.approval, submissionType: type } };
  const errors = validateProgram(program, settings.ruleset, { asOf: settings.asOf }).filter((f) => f.severity === 'error').length;
  const build = async (draft: boolean, missing?: MissingAnswers) =>
    buildPackage({
      program,
      programText: loaded.text,
      programFile: work.fileName,
      ruleset: settings.ruleset,
      asOf: settings.asOf,
      type,
      draft,
      toolVersion: toolVersion(),
      pool: await writers(),
      missing,
    });
  const missing = new MissingAnswers();
  let draft = errors > 0;
  let built = await build(draft, missing);
  if (missing.size && !draft) built = await build((draft = true));
  return { name: `${built.name}.zip`, zip: built.zip, draft, errors, missing: missing.size };
}

/** A cohort read from the opened files against the program in the page, with what `sescdp cohort` finds. */
export function cohortCheck(work: Work, settings: Settings): { findings: CohortFinding[]; participants: number; id?: string } | undefined {
  const { cohort, roster } = work.inputs;
  if (!cohort) return undefined;
  const loaded = parseCohort(cohort.name, cohort.text, work.loaded(), roster && { file: roster.name, text: roster.text });
  return { findings: checkCohort(loaded, settings.ruleset, settings.asOf), participants: loaded.participants.length, id: loaded.cohort.id };
}

/** The cohort's folder, zipped: what `sescdp cohort` writes (with --draft when the cohort has errors). */
export async function cohortZip(work: Work, settings: Settings): Promise<BuiltZip> {
  const { cohort, roster } = work.inputs;
  if (!cohort) throw new InputError('cohort', [{ message: 'open a cohort file first' }]);
  const loaded = parseCohort(cohort.name, cohort.text, work.loaded(), roster && { file: roster.name, text: roster.text });
  const errors = checkCohort(loaded, settings.ruleset, settings.asOf).filter((f) => f.severity === 'error').length;
  const build = async (draft: boolean, missing?: MissingAnswers) =>
    buildCohort(loaded, { ruleset: settings.ruleset, asOf: settings.asOf, format: 'both', pool: await writers(), stamp: draft ? DRAFT_STAMP : undefined, missing });
  const missing = new MissingAnswers();
  let draft = errors > 0;
  let built = await build(draft, missing);
  if (missing.size && !draft) built = await build((draft = true));
  const folder = cohortFolderName({ program: loaded.program.program, ruleset: settings.ruleset, asOf: settings.asOf, cohort: cohortContext(loaded) }, draft);
  const zip = deterministicZip(new Map([...built.files].map(([file, bytes]) => [`${folder}/${file}`, bytes])));
  return { name: `${folder}.zip`, zip, draft, errors, missing: missing.size };
}

/** The program's findings, as `sescdp validate` lists them (with lines and columns in the saved text). */
export function programFindings(work: Work, settings: Settings): Finding[] {
  const loaded = work.loaded();
  return validateProgram(loaded.program, settings.ruleset, { asOf: settings.asOf, locate: (p) => loaded.source.locate(p) });
}

export { hasErrors };
