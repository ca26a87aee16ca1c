// What each evaluation form asks, taken from the form itself: the blank form rendered for this program gives
// every field's name, type and label, so the reader can never disagree with the forms we hand out.
import { formFields, type FieldInfo } from '../document/index.js';
import { FORM_VERSIONS, type EvaluationFormId } from '../documents/evaluation-fields.js';
import { renderDocument } from '../documents/render.js';
import type { IsoDate } from '../model/dates.js';
import type { Program } from '../model/program.js';
import type { Ruleset } from '../rules/ruleset.js';

export interface FormDefinition {
  id: EvaluationFormId;
  version: number;
  fields: FieldInfo[];
}

export type FormDefinitions = Record<EvaluationFormId, FormDefinition>;

export function formDefinitions(program: Program, ruleset: Ruleset, asOf: IsoDate): FormDefinitions {
  const define = (id: EvaluationFormId): FormDefinition => ({ id, version: FORM_VERSIONS[id], fields: formFields(renderDocument(id, { program, ruleset, asOf })) });
  return { 'evaluation-participant': define('evaluation-participant'), 'evaluation-cohort': define('evaluation-cohort') };
}

/** A question that must be answered: every rating and yes/no choice (N/A is an answer). */
export function isRequired(field: FieldInfo): boolean {
  return field.type === 'rating' || field.type === 'yesno';
}

/** Participant form fields about the participant and the form, not answers to summarise. */
export const IDENTIFYING_FIELDS = new Set(['participant_name', 'cohort_id', 'subcomponent', 'date_completed']);
