// The stable field names of the fillable evaluation forms. A later step reads filled forms back by
// these names, so they are part of the documented interface (README: "Evaluation form fields").

/** The program elements a participant rates 1–5 (or N/A): field `rating_<id>`. */
export const PROGRAM_ELEMENTS = [
  { id: 'formal_training', label: 'Formal training' },
  { id: 'developmental_assignment', label: 'Developmental assignment' },
  { id: 'mentoring', label: 'Mentoring' },
  { id: 'coaching', label: 'Coaching' },
  { id: 'assessments', label: 'Validated executive assessments' },
  { id: 'edp_process', label: 'Executive Development Plan process' },
  { id: 'erb_support', label: 'Executive Resources Board support' },
] as const;

/** Cohort facts the program manager records: field `cohort_<id>`. */
export const COHORT_FACTS = [
  { id: 'selected', label: 'Participants selected' },
  { id: 'graduated', label: 'Participants graduated' },
  { id: 'removed', label: 'Participants removed or withdrawn' },
  { id: 'qrb_submitted_on_time', label: 'Graduates submitted to the QRB within the deadline' },
  { id: 'certified', label: 'Graduates certified by the QRB' },
  { id: 'placed', label: 'Certified graduates placed in an initial SES position' },
] as const;

/** Requirements whose delivery the program manager confirms: checkbox `delivered_<id>` and text `delivered_<id>_notes`. */
export const DELIVERY_ITEMS = [
  { id: 'training', label: 'Formal training hours and required topics' },
  { id: 'assignment', label: 'Developmental assignments' },
  { id: 'mentoring', label: 'Mentoring hours' },
  { id: 'coaching', label: 'Certified coaching hours' },
  { id: 'assessments', label: 'Both validated executive assessments' },
  { id: 'edp', label: 'ERB-approved Executive Development Plans' },
  { id: 'qrb', label: 'QRB submissions within the deadline' },
] as const;

/** Field name for a participant's self-rated growth on an ECQ: growth_<ecq id with "-" as "_">. */
export function growthField(ecqId: string): string {
  return `growth_${ecqId.replace(/-/g, '_')}`;
}

/**
 * The version of each fillable evaluation form's field set, embedded in the files (src/document/form-identity.ts).
 * Raise it when a field is added, renamed or changes its values, so forms of the old layout are reported, not misread.
 */
export const FORM_VERSIONS = {
  'evaluation-participant': 3,
  'evaluation-cohort': 3,
} as const;

export type EvaluationFormId = keyof typeof FORM_VERSIONS;
