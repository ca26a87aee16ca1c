// The data of the cohort calendar (templates/cohort-calendar.hbs): what happens when, for the whole cohort and for
// each participant. Pure: no I/O. Every number the rule sets (the QRB deadline, the training, assignment,
// mentoring and coaching minimums) comes from the rule set's parameters through the program view; a rule set
// without one (the 2009 rule has no QRB deadline or coaching minimum) simply leaves that part out.
import { addDays, addMonths, inclusiveDays, lengthText, longDate, type IsoDate } from '../model/dates.js';
import type { Participant } from '../model/participant.js';
import type { Ruleset } from '../rules/ruleset.js';
import type { ProgramView } from './program-view.js';
import { cohortManagerRole, type CohortContext } from './views.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Names shown in a summary line before it gives a count instead. */
const NAMES_SHOWN = 3;
/** Events listed in one month's cell before the rest are counted (a table row must fit on a page). */
const EVENTS_PER_MONTH = 8;

const monthOf = (d: IsoDate) => d.slice(0, 7);
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const dayOf = (d: IsoDate) => Number(d.slice(8, 10));

/** "February 1–3, 2027", "March 29 – April 2, 2027", "December 28, 2026 – January 3, 2027"; without the year inside a month's row. */
export function dateRange(start: IsoDate, end: IsoDate = start, withYear = true): string {
  const year = (d: IsoDate) => (withYear ? `, ${d.slice(0, 4)}` : '');
  const month = (d: IsoDate) => MONTHS[Number(d.slice(5, 7)) - 1]!;
  if (end < start) [start, end] = [end, start];
  if (start === end) return withYear ? longDate(start) : `${month(start)} ${dayOf(start)}`;
  if (monthOf(start) === monthOf(end)) return `${month(start)} ${dayOf(start)}–${dayOf(end)}${year(end)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${month(start)} ${dayOf(start)} – ${month(end)} ${dayOf(end)}${year(end)}`;
  return `${month(start)} ${dayOf(start)}, ${start.slice(0, 4)} – ${month(end)} ${dayOf(end)}, ${end.slice(0, 4)}`;
}

// A cohort's length reads as the cohort-length rule counts it (calendar months, both ends included).
export { lengthText };

/** The calendar months from the start's to the end's, inclusive: one mentoring and one coaching session in each. */
export function monthsSpanned(start: IsoDate, end: IsoDate): string[] {
  const months: string[] = [];
  for (let m = `${monthOf(start)}-01`; monthOf(m) <= monthOf(end); m = addMonths(m, 1)) months.push(monthOf(m));
  return months;
}

/** Minutes per monthly session that reach `hours` in `sessions` sessions, rounded up to a quarter hour. */
export function sessionMinutes(hours: number, sessions: number): number {
  return Math.ceil((hours * 60) / sessions / 15) * 15;
}

/** 75 → "1 h 15 min", 60 → "1 h", 45 → "45 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ') || '0 min';
}

/** "Ada Lovelace, Alan Turing" for a few names, "12 participants" for many, "all participants" for everyone. */
function who(names: string[], everyone: number): string {
  if (names.length === everyone && everyone > 1) return 'all participants';
  return names.length <= NAMES_SHOWN ? names.join(', ') : `${names.length} participants`;
}

interface Dated {
  date: IsoDate;
  /** Sorts events of the same day: earlier kinds first. */
  order: number;
  text: string;
}

function range(dates: (IsoDate | undefined)[]): { start: IsoDate; end: IsoDate } | undefined {
  const known = dates.filter((d): d is IsoDate => Boolean(d)).sort();
  return known.length ? { start: known[0]!, end: known[known.length - 1]! } : undefined;
}

/** Dated items of the participants, grouped by calendar month (months in date order). */
function byMonth(items: { date?: IsoDate; name: string }[]) {
  const months = new Map<string, { date: IsoDate; name: string }[]>();
  for (const { date, name } of items) {
    if (!date) continue;
    const list = months.get(monthOf(date)) ?? [];
    list.push({ date, name });
    months.set(monthOf(date), list);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, list]) => {
    const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
    return { start: sorted[0]!.date, end: sorted[sorted.length - 1]!.date, items: sorted, names: sorted.map((x) => x.name) };
  });
}

function nameOf(p: Participant, i: number): string {
  return p.name?.trim() || `Participant ${i + 1}`;
}

/** The courses of the cohort: the same course on the same dates, taken by several participants, is one session. */
function trainingSessions(participants: readonly Participant[]) {
  const sessions = new Map<string, { course?: string; provider?: string; topics: string[]; hours?: number; startDate?: IsoDate; endDate?: IsoDate; names: string[] }>();
  participants.forEach((p, i) => {
    for (const c of p.training ?? []) {
      const key = JSON.stringify([c.course, c.provider, c.hours, c.startDate, c.endDate]);
      const session = sessions.get(key) ?? { course: c.course, provider: c.provider, topics: c.topics ?? [], hours: c.hours, startDate: c.startDate, endDate: c.endDate, names: [] };
      if (!session.names.includes(nameOf(p, i))) session.names.push(nameOf(p, i));
      sessions.set(key, session);
    }
  });
  return [...sessions.values()].sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || (a.course ?? '').localeCompare(b.course ?? ''));
}

export function cohortCalendarView(base: ProgramView, ruleset: Ruleset, cohort: CohortContext, participants: readonly Participant[]) {
  const p = base.p;
  const count = participants.length;
  const names = participants.map(nameOf);
  const start = cohort.startDate;
  const end = cohort.endDate;
  const graduation = cohort.graduationDate ?? end;
  const qrbDays = p.qrbSubmissionMaxDays?.value;
  const qrbDeadline = graduation && typeof qrbDays === 'number' ? addDays(graduation, qrbDays) : undefined;
  const subcomponent = base.subcomponents.find((s) => s.acronym === cohort.subcomponent || s.name === cohort.subcomponent);
  const topicLabel = (id: string) => base.training.topics.find((t) => t.id === id)?.label ?? id;

  const training = trainingSessions(participants).map((s) => ({
    ...s,
    topicLabels: s.topics.map(topicLabel),
    dates: s.startDate ? dateRange(s.startDate, s.endDate ?? s.startDate) : undefined,
    taken: who(s.names, count),
  }));
  const totals = participants.map((x) => (x.training ?? []).reduce((sum, c) => sum + (c.hours ?? 0), 0));
  const hoursLow = Math.min(...totals);
  const hoursHigh = Math.max(...totals);

  const assessments = participants.map((x, i) => ({ name: names[i], application: x.assessments?.application?.date, inProgram: x.assessments?.inProgram?.date }));
  const applicationRange = range(assessments.map((a) => a.application));
  const inProgramRange = range(assessments.map((a) => a.inProgram));

  const assignments = participants.flatMap((x, i) =>
    (x.assignments ?? []).map((a) => ({
      name: names[i],
      organization: a.organization,
      position: a.position,
      startDate: a.startDate,
      endDate: a.endDate,
      dates: a.startDate && a.endDate ? dateRange(a.startDate, a.endDate) : undefined,
      days: a.startDate && a.endDate ? inclusiveDays(a.startDate, a.endDate) : undefined,
    })),
  );
  const assignmentRange = range(assignments.flatMap((a) => [a.startDate, a.endDate]));

  const months = start && graduation ? monthsSpanned(start, graduation) : [];
  const sessions = months.length;
  const cadence = (hours?: number) => (typeof hours === 'number' && hours > 0 && sessions ? minutesText(sessionMinutes(hours, sessions)) : undefined);
  const minimumSession = (name: string) => {
    const v = p[name]?.value;
    return typeof v === 'number' && sessions ? minutesText(sessionMinutes(v, sessions)) : undefined;
  };

  // Key dates: the cohort's milestones and the events all participants share, in date order.
  const keyDates: { date: IsoDate; order: number; when: string; event: string; citation?: string }[] = [];
  const key = (order: number, dates: { start: IsoDate; end: IsoDate } | IsoDate | undefined, event: string, citation?: string) => {
    if (!dates) return;
    const { start: from, end: to } = typeof dates === 'string' ? { start: dates, end: dates } : dates;
    keyDates.push({ date: from, order, when: dateRange(from, to), event, citation });
  };
  const everyone = (taken: string) => (taken === 'all participants' || count === 1 ? '' : ` (${taken})`);
  const assessmentCitation = p.validatedAssessments?.citation;
  key(0, applicationRange, `Validated executive assessment at application (${who(assessments.filter((a) => a.application).map((a) => a.name!), count)})`, assessmentCitation);
  key(1, start, 'The cohort starts', p.cohortMinMonths?.citation);
  for (const s of training) key(2, s.startDate && { start: s.startDate, end: s.endDate ?? s.startDate }, `Formal training: ${s.course ?? 'a course'}${everyone(s.taken)}`, p.trainingMinHours?.citation);
  key(3, assignmentRange, `Developmental assignments (${who([...new Set(assignments.map((a) => a.name!))], count)})`, (p.assignmentMinContinuousDays ?? p.assignmentMinTotalDays)?.citation);
  key(4, inProgramRange, `In-program validated executive assessment (${who(assessments.filter((a) => a.inProgram).map((a) => a.name!), count)})`, assessmentCitation);
  if (end !== graduation) key(5, end, 'The cohort ends');
  key(6, graduation, end === graduation ? 'The cohort ends; graduation' : 'Graduation');
  if (qrbDeadline) key(7, qrbDeadline, `Last day for the ERB to submit graduates to the QRB (${p.qrbSubmissionMaxDays!.text} after graduation)`, p.qrbSubmissionMaxDays!.citation);
  keyDates.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);

  // Month by month: what starts or happens in each month, and how many participants are away on assignment.
  const events: Dated[] = [];
  for (const s of training) if (s.startDate) events.push({ date: s.startDate, order: 2, text: `${dateRange(s.startDate, s.endDate ?? s.startDate, false)}: ${s.course ?? 'a course'}${everyone(s.taken)}` });
  const inProgramItems = assessments.map((a) => ({ date: a.inProgram, name: a.name! }));
  for (const m of byMonth(inProgramItems)) {
    events.push({ date: m.start, order: 4, text: `${dateRange(m.start, m.end, false)}: in-program assessment (${who(m.names, count)})` });
  }
  for (const [edge, order, verb] of [['startDate', 3, 'begin'], ['endDate', 5, 'end']] as const) {
    for (const m of byMonth(assignments.map((a) => ({ date: a[edge], name: a.name! })))) {
      const detail = m.names.length <= NAMES_SHOWN ? m.items.map((x) => `${x.name} (${dateRange(x.date, x.date, false)})`).join(', ') : `${m.names.length} participants`;
      events.push({ date: m.start, order, text: `Assignments ${verb}: ${detail}` });
    }
  }
  if (start) events.push({ date: start, order: 1, text: `${dateRange(start, start, false)}: the cohort starts` });
  if (graduation) events.push({ date: graduation, order: 6, text: `${dateRange(graduation, graduation, false)}: ${end === graduation ? 'the cohort ends; graduation' : 'graduation'}` });
  if (end && end !== graduation) events.push({ date: end, order: 5, text: `${dateRange(end, end, false)}: the cohort ends` });
  const onAssignment = (month: string) => new Set(assignments.filter((a) => a.startDate && a.endDate && monthOf(a.startDate) <= month && monthOf(a.endDate) >= month).map((a) => a.name)).size;
  const monthRows = months.map((month) => {
    const here = events.filter((e) => monthOf(e.date) === month).sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
    const shown = here.slice(0, EVENTS_PER_MONTH).map((e) => e.text);
    if (here.length > EVENTS_PER_MONTH) shown.push(`… and ${here.length - EVENTS_PER_MONTH} more (see the sections below)`);
    if (sessions) shown.push('Mentoring and coaching sessions');
    return { month: monthLabel(month), events: shown.join('\n'), away: onAssignment(month) };
  });

  const milestones = participants
    .flatMap((x, i) => (x.milestones ?? []).map((m) => ({ date: m.date, description: m.description, name: names[i] })))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.name!.localeCompare(b.name!));

  return {
    ...base,
    cohort: {
      ...cohort,
      subcomponentName: subcomponent?.name ?? cohort.subcomponent,
      managerRole: cohortManagerRole(base, cohort),
      graduationDate: graduation,
      qrbDeadline,
      length: start && end && start <= end ? lengthText(start, end) : undefined,
      participants: count,
    },
    /** Where the rule lets subcomponents run cohorts under the umbrella policy (the 2009 rule does not say). */
    subcomponentCitation: ruleset.rules.find((r) => r.id === 'subcomponents-adhere')?.citation,
    keyDates,
    months: monthRows,
    firstMonth: months.length ? monthLabel(months[0]!) : undefined,
    lastMonth: months.length ? monthLabel(months[months.length - 1]!) : undefined,
    sessions,
    training,
    trainingHours: count ? (hoursLow === hoursHigh ? `${hoursLow}` : `${hoursLow} to ${hoursHigh}`) : undefined,
    assessments,
    assignments,
    advisers: participants.map((x, i) => ({
      name: names[i],
      mentor: x.mentor?.name,
      mentorHours: x.mentor?.hours,
      mentorSession: cadence(x.mentor?.hours),
      coach: x.coach?.name,
      coachHours: x.coach?.hours,
      coachSession: cadence(x.coach?.hours),
    })),
    minimumMentoringSession: minimumSession('mentoringMinHours'),
    minimumCoachingSession: minimumSession('coachingMinHours'),
    milestones,
  };
}

export type CohortCalendarView = ReturnType<typeof cohortCalendarView>;
