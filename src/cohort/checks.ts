// Checks a cohort against the umbrella policy and each participant's plan against the rule set.
// Every number and citation comes from the rule set's parameters; a check whose parameter the
// rule set lacks (the 2009 rule has no coaching minimum, for one) does not run.
import { inclusiveDays, longDate, type IsoDate } from '../model/dates.js';
import { formatPath, type Segment } from '../model/data-path.js';
import type { Participant } from '../model/participant.js';
import type { Program } from '../model/program.js';
import { withUnit } from '../rules/checks.js';
import { listParameter, numberParameter, parameter, type Ruleset, type Severity } from '../rules/ruleset.js';
import { validateProgram } from '../rules/validate.js';
import type { CohortParticipant, LoadedCohort } from './load.js';
import { coversAgencyTopic } from '../documents/agency-topics.js';

export interface CohortFinding {
  ruleId: string;
  severity: Severity;
  citation: string;
  message: string;
  participant: string | null;
  file: string;
  path: string;
  line: number | null;
  column: number | null;
}

export interface CohortWindow {
  start?: IsoDate;
  end?: IsoDate;
}

export function checkCohort(loaded: LoadedCohort, ruleset: Ruleset, asOf: IsoDate): CohortFinding[] {
  const { cohort, source, file } = loaded;
  const at = (path: Segment[]) => ({ file, path: formatPath(path), ...source.locate(path) });
  const findings: CohortFinding[] = [];
  const program = loaded.program.program;

  // The cohort itself: authorized subcomponent, then the program rules on cohort dates and approval.
  const authorized = program.scope?.subcomponents ?? [];
  const sub = cohort.subcomponent?.trim().toLowerCase();
  if (!sub || !authorized.some((s) => s.acronym?.toLowerCase() === sub || s.name?.toLowerCase() === sub)) {
    findings.push({
      ruleId: 'cohort-subcomponent',
      severity: 'error',
      citation: ruleset.rules.find((r) => r.id === 'subcomponents-adhere')?.citation ?? 'the policy\'s scope',
      message: `${cohort.subcomponent ? `"${cohort.subcomponent}" is not` : 'The cohort names no subcomponent; it must be'} one of the subcomponents the policy authorizes (${authorized.map((s) => s.acronym ?? s.name).join(', ') || 'none listed'}).`,
      participant: null,
      ...at(['subcomponent']),
    });
  }
  if (!cohort.startDate || !cohort.endDate) {
    findings.push({ ruleId: 'cohort-dates', severity: 'error', citation: parameter(ruleset, 'cohortMinMonths').citation, message: 'The cohort needs a start and an end date.', participant: null, ...at([cohort.startDate ? 'endDate' : 'startDate']) });
  } else {
    const asProgram: Program = { ...program, cohorts: [{ id: cohort.id, startDate: cohort.startDate, endDate: cohort.endDate }] };
    const dateRules = new Set(ruleset.rules.filter((r) => r.check.kind === 'cohort-length' || r.check.kind === 'cohorts-within-approval').map((r) => r.id));
    for (const f of validateProgram(asProgram, ruleset, { asOf }).filter((x) => dateRules.has(x.ruleId))) {
      findings.push({ ...f, participant: null, ...at([f.path.endsWith('startDate') ? 'startDate' : 'endDate']) });
    }
  }

  const window: CohortWindow = { start: cohort.startDate, end: cohort.endDate };
  loaded.participants.forEach((p) => findings.push(...checkParticipant(p, ruleset, window, loaded)));
  return findings;
}

type Place = (field: Segment[]) => Pick<CohortFinding, 'file' | 'path' | 'line' | 'column'>;

/** Where a finding about a participant points: the plan in the cohort file, else the roster row. */
function placeFor(entry: CohortParticipant, loaded: LoadedCohort): Place {
  return (field) => {
    const { yamlIndex, rosterFile, rosterRow, rosterLine } = entry.origin;
    if (yamlIndex !== undefined) {
      const path: Segment[] = ['participants', yamlIndex, ...field];
      return { file: loaded.file, path: formatPath(path), ...loaded.source.locate(path) };
    }
    return { file: rosterFile ?? loaded.file, path: `row ${rosterRow}`, line: rosterLine ?? null, column: 1 };
  };
}

export function checkParticipant(entry: CohortParticipant, ruleset: Ruleset, window: CohortWindow, loaded: LoadedCohort): CohortFinding[] {
  const p = entry.participant;
  const who = p.name ?? 'A participant with no name';
  const place = placeFor(entry, loaded);
  const out: CohortFinding[] = [];
  const has = (name: string) => name in ruleset.parameters;
  const add = (ruleId: string, param: string, field: Segment[], message: string) =>
    out.push({ ruleId, severity: 'error', citation: parameter(ruleset, param).citation, message: `${who}: ${message}`, participant: p.name ?? null, ...place(field) });

  if (has('trainingMinHours')) {
    const min = numberParameter(ruleset, 'trainingMinHours');
    const total = (p.training ?? []).reduce((s, c) => s + (c.hours ?? 0), 0);
    if (total < min) add('participant-training-hours', 'trainingMinHours', ['training'], `formal training totals ${withUnit(total, 'hours')}; at least ${withUnit(min, 'hours')} are required.`);
  }
  if (has('requiredTopics')) {
    const covered = new Set((p.training ?? []).filter((c) => (c.hours ?? 0) > 0).flatMap((c) => c.topics ?? []));
    const missing = listParameter(ruleset, 'requiredTopics').filter((t) => !covered.has(t.id));
    if (missing.length) add('participant-training-topics', 'requiredTopics', ['training'], `no planned course covers ${missing.map((t) => t.label.toLowerCase()).join(', ')}.`);
  }
  // The policy's agency topics are part of every plan, as the required topics are.
  const agencyTopics = (loaded.program.program.training?.agencyTopics ?? []).filter((t) => t.name && (t.hours ?? 0) > 0);
  const uncovered = agencyTopics.filter((t) => !(p.training ?? []).some((c) => (c.hours ?? 0) > 0 && (c.topics ?? []).some((x) => coversAgencyTopic(x, t.name!))));
  if (uncovered.length) {
    out.push({
      ruleId: 'participant-agency-topics',
      severity: 'warning',
      citation: 'the policy\'s formal training',
      message: `${who}: no planned course lists the policy's agency topic ${uncovered.map((t) => `"${t.name}"`).join(', ')} among its topics.`,
      participant: p.name ?? null,
      ...place(['training']),
    });
  }
  checkAssignment(p, ruleset, window, add);
  if (has('mentoringMinHours')) {
    const min = numberParameter(ruleset, 'mentoringMinHours');
    if (!p.mentor?.name) add('participant-mentor', 'mentoringMinHours', ['mentor'], 'no mentor is named.');
    else if ((p.mentor.hours ?? 0) < min) add('participant-mentor', 'mentoringMinHours', ['mentor', 'hours'], `mentoring is planned at ${withUnit(p.mentor.hours ?? 0, 'hours')}; at least ${withUnit(min, 'hours')} are required.`);
  }
  if (has('mentorQualifications') && listParameter(ruleset, 'mentorQualifications').every((q) => q.id === 'ses-member') && p.mentor?.name && p.mentor.isSes !== true) {
    add('participant-mentor', 'mentorQualifications', ['mentor', 'isSes'], `the mentor, ${p.mentor.name}, must be a member of the SES.`);
  }
  if (has('coachingMinHours')) {
    const min = numberParameter(ruleset, 'coachingMinHours');
    if (!p.coach?.name) add('participant-coach', 'coachingMinHours', ['coach'], 'no coach is named.');
    else {
      if (!p.coach.certification?.trim()) add('participant-coach', 'coachingMinHours', ['coach', 'certification'], `the coach, ${p.coach.name}, has no certification recorded.`);
      if ((p.coach.hours ?? 0) < min) add('participant-coach', 'coachingMinHours', ['coach', 'hours'], `coaching is planned at ${withUnit(p.coach.hours ?? 0, 'hours')}; at least ${withUnit(min, 'hours')} are required.`);
    }
  }
  if (has('validatedAssessments') && window.start && window.end) {
    const app = p.assessments?.application?.date;
    const inProgram = p.assessments?.inProgram?.date;
    if (!app || app >= window.start) {
      add('participant-assessments', 'validatedAssessments', ['assessments', 'application'], app ? `the application assessment on ${longDate(app)} is not before the cohort starts (${longDate(window.start)}).` : 'the application assessment has no date.');
    }
    if (!inProgram || inProgram < window.start || inProgram > window.end) {
      add('participant-assessments', 'validatedAssessments', ['assessments', 'inProgram'], inProgram ? `the in-program assessment on ${longDate(inProgram)} falls outside the cohort (${longDate(window.start)} to ${longDate(window.end)}).` : 'the in-program assessment has no date.');
    }
  }
  return out;
}

function checkAssignment(p: Participant, ruleset: Ruleset, window: CohortWindow, add: (id: string, param: string, field: Segment[], msg: string) => void): void {
  const assignments = (p.assignments ?? []).filter((a) => a.startDate && a.endDate);
  const inWindow = (a: { startDate?: string; endDate?: string }) => (!window.start || a.startDate! >= window.start) && (!window.end || a.endDate! <= window.end);
  if ('assignmentMinContinuousDays' in ruleset.parameters) {
    const min = numberParameter(ruleset, 'assignmentMinContinuousDays');
    const longest = assignments.filter(inWindow).reduce((m, a) => Math.max(m, inclusiveDays(a.startDate!, a.endDate!)), 0);
    if (longest < min) {
      const outside = assignments.filter((a) => !inWindow(a) && inclusiveDays(a.startDate!, a.endDate!) >= min);
      add(
        'participant-assignment',
        'assignmentMinContinuousDays',
        ['assignments'],
        outside.length
          ? `the ${withUnit(inclusiveDays(outside[0]!.startDate!, outside[0]!.endDate!), 'days')} assignment at ${outside[0]!.organization ?? 'the host organization'} does not fall inside the cohort (${longDate(window.start!)} to ${longDate(window.end!)}).`
          : assignments.length
            ? `the longest assignment inside the cohort lasts ${withUnit(longest, 'continuous days')}; at least ${withUnit(min, 'continuous days')} are required.`
            : 'no developmental assignment with start and end dates is planned.',
      );
    }
  } else if ('assignmentMinTotalDays' in ruleset.parameters) {
    const min = numberParameter(ruleset, 'assignmentMinTotalDays');
    const total = assignments.reduce((s, a) => s + inclusiveDays(a.startDate!, a.endDate!), 0);
    if (total < min) add('participant-assignment', 'assignmentMinTotalDays', ['assignments'], `developmental assignments total ${withUnit(total, 'days')}; at least ${withUnit(min, 'days')} are required.`);
  }
}
