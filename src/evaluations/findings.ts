// Findings about filled forms, located by file and field, in the spirit of `validate`'s.
export type EvaluationSeverity = 'error' | 'warning' | 'info';

export interface EvaluationFinding {
  file: string;
  /** The form field the finding is about, when it is about one. */
  field?: string;
  severity: EvaluationSeverity;
  ruleId: string;
  message: string;
}

/** A file that was not counted, and why. */
export interface RejectedForm {
  file: string;
  ruleId: string;
  reason: string;
}
