// Facts derived from a program that rules and documents both need, computed in one place.
import type { Program } from './program.js';

export interface DerivedFacts {
  /** Total assignment days: the stated total, else the continuous minimum times the number of assignments. */
  assignmentTotalDays?: number;
  /** Hours given to required and agency topics together. */
  topicHours: number;
  /** Graduates certified by a QRB and placed in an initial SES position, across recorded cohorts. */
  certifiedGraduates: number;
  placedGraduates: number;
  /** Initial SES placement rate of QRB-certified graduates, in percent; undefined when none are certified. */
  placementRate?: number;
}

export type Facts = Program & { derived: DerivedFacts };

export function deriveFacts(program: Program): Facts {
  const a = program.assignment;
  const assignmentTotalDays = a?.totalDays ?? (a?.minContinuousDays !== undefined ? a.minContinuousDays * (a.count ?? 1) : undefined);
  const topics = [...(program.training?.requiredTopics ?? []), ...(program.training?.agencyTopics ?? [])];
  const topicHours = topics.reduce((sum, t) => sum + (t.hours ?? 0), 0);
  let certifiedGraduates = 0;
  let placedGraduates = 0;
  for (const c of program.cohorts ?? []) {
    certifiedGraduates += c.outcomes?.certified ?? 0;
    placedGraduates += c.outcomes?.placed ?? 0;
  }
  const placementRate = certifiedGraduates > 0 ? Math.round((placedGraduates / certifiedGraduates) * 1000) / 10 : undefined;
  return {
    ...program,
    derived: { assignmentTotalDays, topicHours, certifiedGraduates, placedGraduates, placementRate },
  };
}
