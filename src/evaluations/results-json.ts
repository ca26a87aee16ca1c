// evaluation-results.json and `sescdp evaluations --format json`: a stable contract (schemas/evaluation-results.schema.json).
// Answers are in the CSV, not here; narrative answers are attributed to cohorts, never to people.
import type { EvaluationResults } from './analyse.js';

export const RESULTS_FORMAT_VERSION = 1;

export function resultsJson(results: EvaluationResults, written: readonly string[]) {
  const { year, forms, cohorts, ratings, choices, narratives, programManagers, placement, findings } = results;
  return {
    formatVersion: RESULTS_FORMAT_VERSION,
    year,
    forms: { read: forms.read, counted: forms.counted, rejected: forms.rejected },
    cohorts,
    ratings,
    choices,
    narratives,
    programManagers,
    placement,
    findings: findings.map((f) => ({ file: f.file, field: f.field ?? null, severity: f.severity, ruleId: f.ruleId, message: f.message })),
    written: [...written],
  };
}
