// The documents of a cohort, in the order its folder lists them: the cohort calendar, the program-manager cohort
// evaluation, then each participant's EDP and participant evaluation, prefilled with the participant and the
// cohort. Each is described by its file name and a way to render its model, so models are made only when a
// writer is ready for them (src/writers/pool.ts), not all at once.
import type { DocumentModel } from '../document/model.js';
import type { DocumentId } from '../documents/catalog.js';
import { programView } from '../documents/program-view.js';
import { fileBase, renderDocument, type RenderInputs } from '../documents/render.js';
import type { CohortContext } from '../documents/views.js';
import type { MissingAnswers } from '../documents/missing-answers.js';
import type { IsoDate } from '../model/dates.js';
import type { Participant } from '../model/participant.js';
import type { Program } from '../model/program.js';
import type { Ruleset } from '../rules/ruleset.js';
import { participantFileKeys } from './file-keys.js';
import { calendarFileBase, renderCalendar } from './render-calendar.js';

export const PARTICIPANT_DOCUMENTS: readonly DocumentId[] = ['edp', 'evaluation-participant'];

/** What every document of the cohort is rendered from. */
export interface CohortRenderSettings {
  program: Program;
  ruleset: Ruleset;
  asOf: IsoDate;
  stamp?: string;
  cohort: CohortContext;
  /** Receives the answers the documents printed as missing (a final cohort folder may have none). */
  missing?: MissingAnswers;
}

export interface CohortDocument {
  /** File name without extension, e.g. DFI-bhb-2027-edp-nguyen-thi-anh-2026-11-22. */
  base: string;
  render(): DocumentModel;
}

export interface CohortDocumentSet {
  /** The calendar and the program-manager evaluation. */
  cohort: CohortDocument[];
  /** Each participant's documents, in cohort order. */
  participants: CohortDocument[][];
}

export function cohortDocuments(settings: CohortRenderSettings, participants: readonly Participant[]): CohortDocumentSet {
  const inputs: RenderInputs = { program: settings.program, ruleset: settings.ruleset, asOf: settings.asOf, stamp: settings.stamp, cohort: settings.cohort, missing: settings.missing };
  const base = programView(inputs.program, inputs.ruleset, inputs.asOf); // the program part of every document's data, built once
  const keys = participantFileKeys(participants);
  return {
    cohort: [
      { base: calendarFileBase(settings), render: () => renderCalendar(settings, participants) },
      { base: fileBase('evaluation-cohort', inputs), render: () => renderDocument('evaluation-cohort', inputs, base) },
    ],
    participants: participants.map((participant, i) =>
      PARTICIPANT_DOCUMENTS.map((id) => ({
        // fileBase names a participant's document after the participant's name; the file key (already a slug, and
        // unique in the cohort) stands in for it.
        base: fileBase(id, { ...inputs, participant: { name: keys[i]! } }),
        render: () => renderDocument(id, { ...inputs, participant }, base),
      })),
    ),
  };
}
