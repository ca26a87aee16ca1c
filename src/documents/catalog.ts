// The documents `sescdp render` produces: which template, what the file is called, and whether it is a form.
export const DOCUMENT_IDS = ['policy', 'edp', 'evaluation-participant', 'evaluation-cohort', 'evaluation-annual', 'memo', 'crosswalk'] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export interface DocumentSpec {
  id: DocumentId;
  template: string;
  /** The document's part of the file name. */
  slug: string;
  description: string;
}

export const DOCUMENTS: Record<DocumentId, DocumentSpec> = {
  policy: { id: 'policy', template: 'policy.hbs', slug: 'policy', description: 'the enterprise-wide SESCDP policy' },
  edp: { id: 'edp', template: 'edp.hbs', slug: 'edp', description: 'an Executive Development Plan (from --participant, or blank and fillable)' },
  'evaluation-participant': { id: 'evaluation-participant', template: 'evaluation-participant.hbs', slug: 'evaluation-participant', description: 'the participant cohort evaluation (fillable)' },
  'evaluation-cohort': { id: 'evaluation-cohort', template: 'evaluation-cohort.hbs', slug: 'evaluation-cohort', description: 'the program-manager cohort evaluation (fillable)' },
  'evaluation-annual': { id: 'evaluation-annual', template: 'evaluation-annual.hbs', slug: 'evaluation-annual', description: 'the annual overarching program evaluation (fillable)' },
  memo: { id: 'memo', template: 'memo.hbs', slug: 'transmittal-memo', description: 'the transmittal memo to OPM' },
  crosswalk: { id: 'crosswalk', template: 'crosswalk.hbs', slug: 'compliance-crosswalk', description: 'the requirement-by-requirement compliance crosswalk' },
};

/** The marking every page of a draft carries (`package --draft`, `cohort --draft`). */
export const DRAFT_STAMP = 'DRAFT — NOT FOR SUBMISSION';
