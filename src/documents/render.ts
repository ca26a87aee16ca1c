// Renders documents of the set to the document model, and the models to DOCX/PDF files.
import { join } from 'node:path';
import { renderTemplate, type MissingAnswer } from '../document/index.js';
import type { MissingAnswers } from './missing-answers.js';
import { documentConsistency } from './consistency.js';
import type { DocumentModel } from '../document/model.js';
import type { FormIdentity } from '../document/form-identity.js';
import type { EvaluationResults } from '../evaluations/analyse.js';
import type { IsoDate } from '../model/dates.js';
import type { Participant } from '../model/participant.js';
import type { Program } from '../model/program.js';
import { templateDir } from '../paths.js';
import type { Ruleset } from '../rules/ruleset.js';
import { evaluateRules } from '../rules/validate.js';
import { writeDocuments, type Format, type PendingDocument, type WriterPool } from '../writers/pool.js';
import { DOCUMENTS, type DocumentId } from './catalog.js';
import { crosswalkRows } from './crosswalk.js';
import { FORM_VERSIONS, type EvaluationFormId } from './evaluation-fields.js';
import { documentFileBase, slug } from './file-names.js';
import { programView, type ProgramView } from './program-view.js';
import {
  annualEvaluationView,
  cohortEvaluationView,
  crosswalkView,
  edpView,
  memoView,
  participantEvaluationView,
  type CohortContext,
  type Enclosure,
} from './views.js';

export interface RenderInputs {
  program: Program;
  ruleset: Ruleset;
  asOf: IsoDate;
  /** Printed on every page, e.g. "DRAFT — NOT FOR SUBMISSION". */
  stamp?: string;
  /** Receives the answers each document printed as missing, so a final document can be refused (see missing-answers.ts). */
  missing?: MissingAnswers;
  participant?: Participant;
  cohort?: CohortContext;
  /** What the returned evaluation forms say (sescdp evaluations): fills the annual evaluation. */
  evaluation?: EvaluationResults;
}

export interface RenderedDocument {
  id: DocumentId;
  /** File name without extension. */
  base: string;
  model: DocumentModel;
}

export type OutputFormat = 'docx' | 'pdf' | 'both';

function render(id: DocumentId, data: unknown, inputs: RenderInputs): DocumentModel {
  const missing: MissingAnswer[] = [];
  const model = renderTemplate(join(templateDir, DOCUMENTS[id].template), data, { created: inputs.asOf, stamp: inputs.stamp, missing });
  inputs.missing?.record(DOCUMENTS[id].slug, missing, inputs.participant?.name);
  inputs.missing?.consistency.push(...documentConsistency(inputs.participant?.name ? `${DOCUMENTS[id].slug} (${inputs.participant.name})` : DOCUMENTS[id].slug, model));
  return model;
}

/** What goes to OPM with the transmittal memo (proposed 5 CFR 412.303(b) for a re-approval). */
export function enclosures(program: Program): Enclosure[] {
  const list: Enclosure[] = [{ title: 'SES Candidate Development Program policy' }, { title: 'Compliance crosswalk' }];
  if (program.approval?.submissionType === 'reapproval') list.push({ title: 'Annual overarching program evaluation' });
  return list;
}

export function renderDocument(id: DocumentId, inputs: RenderInputs, base: ProgramView = programView(inputs.program, inputs.ruleset, inputs.asOf)): DocumentModel {
  const model = renderContent(id, inputs, base);
  if (id in FORM_VERSIONS) model.meta.form = formIdentity(id as EvaluationFormId, inputs);
  return model;
}

/** What a filled copy of an evaluation form says about itself: read back by `sescdp evaluations`. */
function formIdentity(id: EvaluationFormId, inputs: RenderInputs): FormIdentity {
  const identity: FormIdentity = { form: id, version: FORM_VERSIONS[id] };
  const agency = inputs.program.agency?.acronym ?? inputs.program.agency?.name;
  if (agency) identity.agency = agency;
  if (inputs.cohort?.id) identity.cohort = inputs.cohort.id;
  if (id === 'evaluation-participant' && inputs.participant?.name) identity.participant = inputs.participant.name;
  return identity;
}

function renderContent(id: DocumentId, inputs: RenderInputs, base: ProgramView): DocumentModel {
  const { program, ruleset, asOf } = inputs;
  switch (id) {
    case 'policy':
      return render(id, base, inputs);
    case 'edp':
      return render(id, edpView(base, ruleset, inputs.participant, inputs.cohort), inputs);
    case 'evaluation-participant':
      return render(id, participantEvaluationView(base, ruleset, inputs.cohort, inputs.participant), inputs);
    case 'evaluation-cohort':
      return render(id, cohortEvaluationView(base, inputs.cohort), inputs);
    case 'evaluation-annual':
      return render(id, annualEvaluationView(base, asOf, inputs.evaluation), inputs);
    case 'memo': {
      const policy = render('policy', base, { ...inputs, missing: undefined });
      return render(id, memoView(base, enclosures(program), crosswalkRows(policy, evaluateRules(program, ruleset, { asOf }), ruleset)), inputs);
    }
    case 'crosswalk': {
      const policy = render('policy', base, { ...inputs, missing: undefined }); // only for its section numbers
      return render(id, crosswalkView(base, crosswalkRows(policy, evaluateRules(program, ruleset, { asOf }), ruleset)), inputs);
    }
  }
}

/** The file name (without extension) of a rendered document. */
export function fileBase(id: DocumentId, inputs: RenderInputs): string {
  let part: string = DOCUMENTS[id].slug;
  if (id === 'edp' || id === 'evaluation-participant') {
    const who = inputs.participant?.name;
    // A participant whose name slugs to "blank" must not take the blank form's file name (render all --participant).
    const key = slug(who ?? '') || 'participant';
    part += who === undefined ? '-blank' : key === 'blank' ? '-participant-blank' : `-${key}`;
  }
  if (inputs.cohort?.id && id !== 'policy' && id !== 'memo' && id !== 'crosswalk' && id !== 'evaluation-annual') part = `${slug(inputs.cohort.id)}-${part}`;
  return documentFileBase(inputs.program.agency?.acronym, part, inputs.asOf, Boolean(inputs.stamp));
}

export function renderSet(ids: readonly DocumentId[], inputs: RenderInputs): RenderedDocument[] {
  const base = programView(inputs.program, inputs.ruleset, inputs.asOf);
  return ids.map((id) => ({ id, base: fileBase(id, inputs), model: renderDocument(id, inputs, base) }));
}

/** Documents to write, each rendered only when a writer is free for it (so rendering overlaps with writing). */
export function pendingSet(ids: readonly DocumentId[], inputs: RenderInputs): PendingDocument[] {
  const base = programView(inputs.program, inputs.ruleset, inputs.asOf);
  return ids.map((id) => ({ base: fileBase(id, inputs), render: () => renderDocument(id, inputs, base) }));
}

/** The writer formats of an output format. */
export function formatsOf(format: OutputFormat): Format[] {
  return format === 'both' ? ['docx', 'pdf'] : [format];
}

/**
 * Writes each document in the requested formats; returns file name → bytes, in a stable order. With a pool
 * (started early by the caller) the files are written on every core; without one, a pool is started here.
 */
export async function writeFormats(
  docs: readonly (RenderedDocument | PendingDocument)[],
  format: OutputFormat,
  options: { pool?: WriterPool; threads?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<Map<string, Uint8Array>> {
  const pending = docs.map((d) => ('model' in d ? { base: d.base, render: () => d.model } : d));
  if (options.pool) return options.pool.write(pending, options.onProgress);
  return writeDocuments(pending, { formats: formatsOf(format), threads: options.threads, onProgress: options.onProgress });
}
