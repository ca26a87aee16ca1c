// Builds a cohort's document set in memory: the cohort calendar and the program-manager cohort evaluation, then
// each participant's EDP and participant evaluation, written on as many cores as pay (render-pool.ts). Nothing is
// written to disk here: the caller writes the folder in one step once every file is ready.
import { availableParallelism } from 'node:os';
import { documentFileBase, slug } from '../documents/file-names.js';
import type { OutputFormat } from '../documents/render.js';
import type { IsoDate } from '../model/dates.js';
import type { Ruleset } from '../rules/ruleset.js';
import { cohortContext } from './context.js';
import type { LoadedCohort } from './load.js';
import { cohortDocuments, type CohortRenderSettings } from './render-documents.js';
import { writeDocuments } from './render-pool.js';

export interface CohortBuildOptions {
  ruleset: Ruleset;
  asOf: IsoDate;
  format: OutputFormat;
  /** Printed on every page, e.g. "DRAFT — NOT FOR SUBMISSION"; the folder name then ends in -draft. */
  stamp?: string;
  /** Most threads to write on (default: the cores available). */
  jobs?: number;
  /** Called as files are written: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuiltCohort {
  /** Folder name, e.g. DFI-cohort-bhb-2027-2026-11-22. */
  name: string;
  /** File name → bytes: the cohort documents, then each participant's, in cohort order. */
  files: Map<string, Uint8Array>;
  /** Base names of the cohort documents, and of each participant's documents (for the summary). */
  cohortDocuments: string[];
  participantDocuments: string[][];
}

/**
 * The fewest participants for which worker threads pay, by output format, measured on the 2-core machine with
 * `sescdp cohort` as a cold process (notes/cohort-readme.md has the table). With both formats, a worker writes the
 * PDFs while this thread writes the DOCX files, so each thread loads and warms up one writer library and the
 * worker's start overlaps with this thread's: it pays from the first participant (1: 1.2 s in one thread, 1.1 s
 * with a worker; 25: 3.8 s and 3.1 s). With one format both threads must warm up the same writer, which pays only
 * for larger cohorts (DOCX, 25: 2.1 s and 2.0 s; PDF, 50: 3.1 s both ways, 100: 5.2 s and 4.5 s).
 */
export const MIN_PARTICIPANTS_FOR_WORKERS: Record<OutputFormat, number> = { both: 1, docx: 25, pdf: 60 };

export function workersFor(participants: number, format: OutputFormat, jobs: number): number {
  const threads = Math.max(1, Math.min(jobs, availableParallelism()));
  return participants < MIN_PARTICIPANTS_FOR_WORKERS[format] ? 0 : threads - 1;
}

export function cohortFolderName(settings: CohortRenderSettings, draft: boolean): string {
  const id = slug(settings.cohort.id ?? '');
  return `${documentFileBase(settings.program.agency?.acronym, id ? `cohort-${id}` : 'cohort', settings.asOf)}${draft ? '-draft' : ''}`;
}

export async function buildCohort(loaded: LoadedCohort, options: CohortBuildOptions): Promise<BuiltCohort> {
  const settings: CohortRenderSettings = {
    program: loaded.program.program,
    ruleset: options.ruleset,
    asOf: options.asOf,
    stamp: options.stamp,
    cohort: cohortContext(loaded),
  };
  const participants = loaded.participants.map((p) => p.participant);
  const set = cohortDocuments(settings, participants);
  const files = await writeDocuments([...set.cohort, ...set.participants.flat()], options.format, {
    workers: workersFor(participants.length, options.format, options.jobs ?? availableParallelism()),
    onProgress: options.onProgress,
  });
  return {
    name: cohortFolderName(settings, Boolean(options.stamp)),
    files,
    cohortDocuments: set.cohort.map((d) => d.base),
    participantDocuments: set.participants.map((docs) => docs.map((d) => d.base)),
  };
}
