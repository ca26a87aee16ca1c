// What is due when: the re-approval date and each cohort's graduation and QRB submission deadline.
import { addDays, addYears, daysBetween, type IsoDate } from '../model/dates.js';
import type { Program } from '../model/program.js';
import { numberParameter, parameter, type Ruleset } from '../rules/ruleset.js';

/** Machine-readable states (the JSON contract, schemas/output/status.schema.json); `status` words them for people. */
export type CohortState = 'planned' | 'in-progress' | 'awaiting-qrb-submission' | 'qrb-submission-overdue' | 'complete' | 'dates-missing';

export type ReapprovalState = 'awaiting-first-approval' | 'approval-date-missing' | 'current' | 'overdue';

export interface CohortDeadlines {
  id: string;
  subcomponent: string | null;
  startDate: IsoDate | null;
  graduationDate: IsoDate | null;
  qrbDeadline: IsoDate | null;
  state: CohortState;
  /** Days from the as-of date to the next deadline of this cohort (negative when overdue). */
  daysLeft: number | null;
}

export interface ProgramStatus {
  asOf: IsoDate;
  ruleset: string;
  reapproval: { state: ReapprovalState; lastApprovalDate: IsoDate | null; due: IsoDate | null; daysLeft: number | null; overdue: boolean; citation: string };
  cohorts: CohortDeadlines[];
  overdue: string[];
}

export function programStatus(program: Program, ruleset: Ruleset, asOf: IsoDate): ProgramStatus {
  const years = numberParameter(ruleset, 'reapprovalYears');
  const last = program.approval?.lastApprovalDate ?? null;
  const due = last ? addYears(last, years) : null;
  const daysLeft = due ? daysBetween(asOf, due) : null;
  const overdue = daysLeft !== null && daysLeft < 0;
  const firstSubmission = (program.approval?.submissionType ?? 'initial') === 'initial';
  const state: ReapprovalState = last ? (overdue ? 'overdue' : 'current') : firstSubmission ? 'awaiting-first-approval' : 'approval-date-missing';
  const reapproval = { state, lastApprovalDate: last, due, daysLeft, overdue, citation: parameter(ruleset, 'reapprovalYears').citation };

  const qrbDays = ruleset.parameters.qrbSubmissionMaxDays ? numberParameter(ruleset, 'qrbSubmissionMaxDays') : undefined;
  const cohorts = (program.cohorts ?? []).map((c, i) => cohortDeadlines(c, i, asOf, qrbDays));
  const overdueItems = [
    ...(reapproval.overdue ? [`OPM re-approval was due ${due}`] : []),
    ...cohorts.filter((c) => c.state === 'qrb-submission-overdue').map((c) => `cohort ${c.id}: QRB submission was due ${c.qrbDeadline}`),
  ];
  return { asOf, ruleset: ruleset.id, reapproval, cohorts, overdue: overdueItems };
}

function cohortDeadlines(c: NonNullable<Program['cohorts']>[number], index: number, asOf: IsoDate, qrbDays?: number): CohortDeadlines {
  const graduation = c.graduationDate ?? c.endDate ?? null;
  const qrbDeadline = graduation && qrbDays !== undefined ? addDays(graduation, qrbDays) : null;
  const base = { id: c.id ?? `#${index + 1}`, subcomponent: c.subcomponent ?? null, startDate: c.startDate ?? null, graduationDate: graduation, qrbDeadline };
  if (!c.startDate || !graduation) return { ...base, state: 'dates-missing', daysLeft: null };
  if (asOf < c.startDate) return { ...base, state: 'planned', daysLeft: daysBetween(asOf, c.startDate) };
  if (asOf <= graduation) return { ...base, state: 'in-progress', daysLeft: daysBetween(asOf, graduation) };
  const o = c.outcomes;
  const allSubmitted = o?.graduated !== undefined && o.qrbSubmitted !== undefined && o.qrbSubmitted >= o.graduated;
  if (allSubmitted || !qrbDeadline) return { ...base, state: 'complete', daysLeft: null };
  const left = daysBetween(asOf, qrbDeadline);
  return { ...base, state: left < 0 ? 'qrb-submission-overdue' : 'awaiting-qrb-submission', daysLeft: left };
}
