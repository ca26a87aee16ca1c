// Builds a cohort's document set in memory: the cohort calendar and the program-manager cohort evaluation, then
// each participant's EDP and participant evaluation, written on every core (src/writers/pool.ts). Nothing is
// written to disk here: the caller writes the folder in one step once every file is ready.
import { documentFileBase, slug } from '../documents/file-names.js';
import { formatsOf, type OutputFormat } from '../documents/render.js';
import { WriterPool } from '../writers/pool.js';
import type { IsoDate } from '../model/dates.js';
import type { Ruleset } from '../rules/ruleset.js';
import type { MissingAnswers } from '../documents/missing-answers.js';
import { cohortContext } from './context.js';
import { cohortFolderKey } from './file-keys.js';
import type { LoadedCohort } from './load.js';
import { cohortDocuments, type CohortRenderSettings } from './render-documents.js';

export interface CohortBuildOptions {
  ruleset: Ruleset;
  asOf: IsoDate;
  format: OutputFormat;
  /** Printed on every page, e.g. "DRAFT — NOT FOR SUBMISSION"; the folder name then ends in -draft. */
  stamp?: string;
  /** Most threads to write on (default: the cores available). */
  jobs?: number;
  /** Writer threads already started by the caller (else started here). */
  pool?: WriterPool;
  /** Called as files are written: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Receives each file as it is written (e.g. into a staged folder), so a large cohort is never all in memory. */
  sink?: (name: string, bytes: Uint8Array) => void;
  /** Receives the answers the documents printed as missing: the caller refuses a final folder that has any. */
  missing?: MissingAnswers;
}

export interface BuiltCohort {
  /** Folder name, e.g. DFI-cohort-bhb-2027-2026-11-22. */
  name: string;
  /** File name → bytes: the cohort documents, then each participant's, in cohort order (empty when a sink took them). */
  files: Map<string, Uint8Array>;
  /** Every file name, in that order. */
  fileNames: string[];
  /** Base names of the cohort documents, and of each participant's documents (for the summary). */
  cohortDocuments: string[];
  participantDocuments: string[][];
}

export function cohortFolderName(settings: CohortRenderSettings, draft: boolean): string {
  const id = settings.cohort.id === undefined ? '' : cohortFolderKey(settings.cohort.id);
  return `${documentFileBase(settings.program.agency?.acronym, id ? `cohort-${id}` : 'cohort', settings.asOf)}${draft ? '-draft' : ''}`;
}

export async function buildCohort(loaded: LoadedCohort, options: CohortBuildOptions): Promise<BuiltCohort> {
  const settings: CohortRenderSettings = {
    program: loaded.program.program,
    ruleset: options.ruleset,
    asOf: options.asOf,
    stamp: options.stamp,
    cohort: cohortContext(loaded),
    missing: options.missing,
  };
  const participants = loaded.participants.map((p) => p.participant);
  const set = cohortDocuments(settings, participants);
  const documents = [...set.cohort, ...set.participants.flat()];
  const formats = formatsOf(options.format);
  const pool = options.pool ?? new WriterPool({ formats, threads: options.jobs });
  let files = new Map<string, Uint8Array>();
  try {
    if (options.sink) await pool.each(documents, options.sink, options.onProgress);
    else files = await pool.write(documents, options.onProgress);
  } finally {
    if (!options.pool) await pool.close();
  }
  return {
    name: cohortFolderName(settings, Boolean(options.stamp)),
    files,
    fileNames: documents.flatMap((d) => formats.map((f) => `${d.base}.${f}`)),
    cohortDocuments: set.cohort.map((d) => d.base),
    participantDocuments: set.participants.map((docs) => docs.map((d) => d.base)),
  };
}
