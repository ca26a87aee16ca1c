// The data each document template sees, built on the program view. Pure functions: no I/O.
import { addDays, inclusiveDays, type IsoDate } from '../model/dates.js';
import type { CohortRecord } from '../model/program.js';
import type { Participant } from '../model/participant.js';
import { ecqSet } from '../rules/ecqs.js';
import type { Ruleset } from '../rules/ruleset.js';
import type { CrosswalkRow } from './crosswalk.js';
import { COHORT_FACTS, DELIVERY_ITEMS, growthField, PROGRAM_ELEMENTS } from './evaluation-fields.js';
import type { ProgramView } from './program-view.js';
import { dateRange } from './cohort-calendar-view.js';
import { coversAgencyTopic } from './agency-topics.js';
import type { EvaluationResults } from '../evaluations/analyse.js';
import { annualResultsView } from '../evaluations/annual-view.js';
import { lastEndedFiscalYear } from '../evaluations/program-year.js';

/** A cohort the documents are about, when there is one (cohort documents); program-level forms leave it blank. */
export interface CohortContext {
  id?: string;
  subcomponent?: string;
  startDate?: IsoDate;
  endDate?: IsoDate;
  graduationDate?: IsoDate;
  programManager?: { name?: string; title?: string; email?: string; phone?: string };
  outcomes?: CohortRecord['outcomes'];
  cost?: number;
}

/** The agency topic a course's topic entry names (by the topic's name, or its slug), if any. */
function agencyTopicNamed(base: ProgramView, entry: string): string | undefined {
  return base.training.agencyTopics.find((t) => t.name && coversAgencyTopic(entry, t.name))?.name;
}

function activeEcqs(base: ProgramView, ruleset: Ruleset) {
  const fallback = ruleset.parameters.ecqSet?.value;
  return base.ecqs ?? ecqSet(typeof fallback === 'string' ? fallback : undefined);
}

/**
 * The role of the person who runs a cohort, as the policy names it: the subcomponent's coordinator when that is who
 * the cohort file names, else the program manager.
 */
export function cohortManagerRole(base: ProgramView, cohort: CohortContext): string {
  const sub = base.subcomponents.find((s) => s.acronym === cohort.subcomponent || s.name === cohort.subcomponent);
  const same = (a?: string, b?: string) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());
  return same(sub?.coordinator?.name, cohort.programManager?.name) ? 'Subcomponent coordinator' : 'Program manager';
}

function cohortView(base: ProgramView, cohort: CohortContext | undefined) {
  if (!cohort) return undefined;
  const graduation = cohort.graduationDate ?? cohort.endDate;
  const qrbDays = base.p.qrbSubmissionMaxDays?.value;
  const sub = base.subcomponents.find((s) => s.acronym === cohort.subcomponent || s.name === cohort.subcomponent);
  return {
    ...cohort,
    subcomponentName: sub?.name ?? cohort.subcomponent,
    managerRole: cohortManagerRole(base, cohort),
    graduationDate: graduation,
    qrbDeadline: graduation && typeof qrbDays === 'number' ? addDays(graduation, qrbDays) : undefined,
  };
}

export function edpView(base: ProgramView, ruleset: Ruleset, participant?: Participant, cohort?: CohortContext) {
  const ecqs = activeEcqs(base, ruleset);
  const topics = base.training.topics;
  const courses = (participant?.training ?? []).map((c) => ({
    ...c,
    topicLabels: (c.topics ?? []).map((id) => topics.find((t) => t.id === id)?.label ?? agencyTopicNamed(base, id) ?? id),
    dates: c.startDate ? dateRange(c.startDate, c.endDate ?? c.startDate) : undefined,
  }));
  const hoursFor = (id: string) => courses.filter((c) => (c.topics ?? []).includes(id)).reduce((s, c) => s + (c.hours ?? 0), 0);
  const hoursForAgency = (name: string) => courses.filter((c) => (c.topics ?? []).some((t) => coversAgencyTopic(t, name))).reduce((s, c) => s + (c.hours ?? 0), 0);
  return {
    ...base,
    blank: !participant,
    participant: participant ?? {},
    cohort: cohortView(base, cohort),
    ecqPlans: (ecqs?.qualifications ?? []).map((q) => {
      const plan = participant?.ecqPlans?.find((p) => p.ecq === q.id);
      // Where the plan's answers go: the participant file's ecqPlans entry for this ECQ (a new one when there is none).
      const at = participant?.ecqPlans?.findIndex((p) => p.ecq === q.id) ?? -1;
      const entry = at >= 0 ? `participant:ecqPlans[${at}]` : `participant:ecqPlans (a new entry with ecq: ${q.id})`;
      return {
        id: q.id,
        name: q.name,
        field: q.id.replace(/-/g, '_'),
        objectives: plan?.objectives ?? [],
        activities: plan?.activities ?? [],
        objectivesPath: at >= 0 ? `${entry}.objectives` : entry,
        activitiesPath: at >= 0 ? `${entry}.activities` : entry,
      };
    }),
    ecqTitle: ecqs?.title,
    courses,
    topicTotals: [
      ...topics.map((t) => ({ label: t.label, hours: hoursFor(t.id) })),
      ...base.training.agencyTopics.filter((t) => t.name).map((t) => ({ label: `${t.name} (agency topic)`, hours: hoursForAgency(t.name!) })),
    ],
    trainingTotal: courses.reduce((s, c) => s + (c.hours ?? 0), 0),
    assignments: (participant?.assignments ?? []).map((a) => ({
      ...a,
      responsibilities: a.responsibilities ?? [],
      results: a.results ?? [],
      continuousDays: a.startDate && a.endDate ? inclusiveDays(a.startDate, a.endDate) : undefined,
      // Said once: an organization already named "(non-Federal)" gets no second label.
      sectorLabel: /\b(non-)?federal\b/i.test(a.organization ?? '') ? '' : a.federal === false ? 'non-Federal' : a.federal === true ? 'Federal' : undefined,
    })),
  };
}

/** Prefilled values of a form's identifying fields: always strings, empty when unknown. */
function formPrefill(base: ProgramView, cohort?: CohortContext, participant?: Participant) {
  const c = cohortView(base, cohort);
  const numeric = (d?: IsoDate) => (d ? `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}` : '');
  return {
    participantName: participant?.name ?? '',
    cohortId: c?.id ?? '',
    subcomponent: c?.subcomponentName ?? '',
    startDate: numeric(c?.startDate),
    graduationDate: numeric(c?.graduationDate),
    programManager: c?.programManager?.name ?? '',
  };
}

export function participantEvaluationView(base: ProgramView, ruleset: Ruleset, cohort?: CohortContext, participant?: Participant) {
  const ecqs = activeEcqs(base, ruleset);
  return {
    ...base,
    cohort: cohortView(base, cohort),
    prefill: formPrefill(base, cohort, participant),
    elements: PROGRAM_ELEMENTS.map((e) => ({ ...e, field: `rating_${e.id}` })),
    growth: (ecqs?.qualifications ?? []).map((q) => ({ name: q.name, field: growthField(q.id) })),
    ecqTitle: ecqs?.title,
  };
}

export function cohortEvaluationView(base: ProgramView, cohort?: CohortContext) {
  const outcomes = cohort?.outcomes as Record<string, number | undefined> | undefined;
  const key = (id: string) => id.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()); // qrb_submitted_on_time → qrbSubmittedOnTime
  return {
    ...base,
    cohort: cohortView(base, cohort),
    prefill: formPrefill(base, cohort),
    facts: COHORT_FACTS.map((f) => {
      const value = outcomes?.[key(f.id)];
      return { ...f, field: `cohort_${f.id}`, value: value === undefined ? '' : String(value) };
    }),
    delivery: DELIVERY_ITEMS.map((d) => ({ ...d, field: `delivered_${d.id}`, notes: `delivered_${d.id}_notes` })),
    cost: cohort?.cost === undefined ? '' : String(cohort.cost),
  };
}

/**
 * The annual evaluation covers a program year: the Federal fiscal year by default (the latest one ended by
 * `asOf`). With `results` (sescdp evaluations) it is filled with what the returned forms say.
 */
export function annualEvaluationView(base: ProgramView, asOf: IsoDate, results?: EvaluationResults) {
  const year = results?.year ?? lastEndedFiscalYear(asOf);
  const keys = ['selected', 'graduated', 'removed', 'qrbSubmittedOnTime', 'certified', 'placed'] as const;
  const cohorts = (base.program.cohorts ?? []).map((c, i) => {
    // Outcomes of a cohort still running are not due yet ("—"); of a finished one they are missing answers.
    const ended = Boolean(c.endDate && c.endDate <= asOf);
    return {
      ...c,
      activeThisYear: Boolean(c.startDate && c.startDate <= year.end && (c.endDate ?? c.startDate) >= year.start),
      outcomeCells: keys.map((k) => ({
        value: c.outcomes?.[k] === undefined ? undefined : String(c.outcomes[k]),
        pending: !ended && c.outcomes?.[k] === undefined,
        label: `outcome "${k}" of cohort ${c.id ?? i + 1}`,
        path: `cohorts[${i}].outcomes.${k}`,
      })),
    };
  });
  const sum = (k: keyof NonNullable<CohortRecord['outcomes']>) => cohorts.reduce((s, c) => s + (c.outcomes?.[k] ?? 0), 0);
  return {
    ...base,
    period: { start: year.start, end: year.end, label: year.label },
    cohorts,
    totals: { selected: sum('selected'), graduated: sum('graduated'), removed: sum('removed'), qrbSubmittedOnTime: sum('qrbSubmittedOnTime'), certified: sum('certified'), placed: sum('placed') },
    rateText: base.placement.rate === undefined ? undefined : `${base.placement.rate}%`,
    minimumText: base.placement.minimum === undefined ? undefined : `${base.placement.minimum}%`,
    meetsMinimum: base.placement.rate !== undefined && base.placement.minimum !== undefined ? base.placement.rate >= base.placement.minimum : undefined,
    enhancementsText: (base.program.evaluation?.enhancements ?? []).join('\n'),
    results: results ? annualResultsView(results) : undefined,
  };
}

export interface Enclosure {
  title: string;
}

/** The memo claims what the crosswalk shows: every requirement met only when every row that applies says Met. */
export function memoView(base: ProgramView, enclosures: Enclosure[], crosswalk: CrosswalkRow[]) {
  const count = (s: CrosswalkRow['status']) => crosswalk.filter((r) => r.status === s).length;
  const notMet = count('Not met');
  const open = count('Should be addressed') + count('Noted');
  return { ...base, enclosures, notMet, open, met: count('Met'), applicable: crosswalk.length - count('Not applicable'), compliant: notMet === 0 && open === 0 };
}

export function crosswalkView(base: ProgramView, crosswalk: CrosswalkRow[]) {
  const count = (s: CrosswalkRow['status']) => crosswalk.filter((r) => r.status === s).length;
  const rows = crosswalk.map((r, i) => ({ ...r, n: i + 1 }));
  return { ...base, rows, notes: rows.filter((r) => r.detail), counts: { met: count('Met'), noted: count('Noted'), notMet: count('Not met'), should: count('Should be addressed'), na: count('Not applicable'), total: crosswalk.length } };
}
