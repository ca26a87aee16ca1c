// The cohort calendar's data: dates, cadence and deadlines, each number from the rule set.
import { describe, expect, it } from 'vitest';
import { cohortContext } from '../../src/cohort/context.js';
import { loadCohort } from '../../src/cohort/load.js';
import { cohortCalendarView, dateRange, lengthText, minutesText, monthsSpanned, sessionMinutes } from '../../src/documents/cohort-calendar-view.js';
import { programView } from '../../src/documents/program-view.js';
import type { Participant } from '../../src/model/participant.js';
import { loadRuleset, type Ruleset } from '../../src/rules/ruleset.js';
import { EXAMPLES } from '../support/programs.js';

const AS_OF = '2026-11-22';
const example = loadCohort(EXAMPLES.compliant.replace('sescdp.yaml', 'cohort-bhb-2027.yaml'));
const participants = example.participants.map((p) => p.participant);

function view(ruleset: Ruleset = loadRuleset('nprm-2025'), people: Participant[] = participants) {
  return cohortCalendarView(programView(example.program.program, ruleset, AS_OF), ruleset, cohortContext(example), people);
}

/** The rule set with one number changed, as a final rule might. */
function withParameter(name: string, value: number): Ruleset {
  const base = loadRuleset('nprm-2025');
  return { ...base, parameters: { ...base.parameters, [name]: { ...base.parameters[name]!, value } } };
}

describe('date arithmetic of the calendar', () => {
  it('writes ranges the way a person would', () => {
    expect(dateRange('2027-02-01', '2027-02-03')).toBe('February 1–3, 2027');
    expect(dateRange('2027-03-29', '2027-04-02')).toBe('March 29 – April 2, 2027');
    expect(dateRange('2026-12-28', '2027-01-03')).toBe('December 28, 2026 – January 3, 2027');
    expect(dateRange('2027-09-13')).toBe('September 13, 2027');
    expect(dateRange('2027-02-01', '2027-02-03', false)).toBe('February 1–3');
  });

  it('gives a cohort length in months and days, both ends counted as the cohort-length rule counts them', () => {
    expect(lengthText('2027-01-11', '2027-10-29')).toBe('9 months and 19 days');
    expect(lengthText('2027-01-11', '2028-01-10')).toBe('12 months');
    expect(lengthText('2027-01-11', '2028-01-11')).toBe('12 months and 1 day'); // over the proposed rule's cap
    expect(lengthText('2027-01-11', '2027-02-05')).toBe('26 days');
    expect(lengthText('2027-01-31', '2027-02-28')).toBe('1 month');
  });

  it('counts the calendar months a cohort touches, and the quarter-hour session that reaches the hours', () => {
    expect(monthsSpanned('2027-01-11', '2027-10-29')).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10']);
    expect(monthsSpanned('2026-11-30', '2027-01-02')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(sessionMinutes(10, 10)).toBe(60);
    expect(sessionMinutes(12, 10)).toBe(75); // 72 minutes, rounded up
    expect(sessionMinutes(10, 9)).toBe(75); // 9 × 75 min ≥ 10 h
    expect(minutesText(75)).toBe('1 h 15 min');
    expect(minutesText(45)).toBe('45 min');
  });
});

describe('the example cohort calendar', () => {
  const v = view();

  it('has the QRB deadline 80 calendar days after graduation, from the rule set', () => {
    expect(v.cohort.graduationDate).toBe('2027-10-29');
    expect(v.cohort.qrbDeadline).toBe('2028-01-17');
    expect(v.keyDates.at(-1)).toMatchObject({ when: 'January 17, 2028', citation: '5 CFR 412.302(a)' });
    expect(v.keyDates.at(-1)!.event).toContain('80 calendar days after graduation');
  });

  it('moves every deadline and cadence with the rule set\'s numbers, none hard-coded', () => {
    expect(view(withParameter('qrbSubmissionMaxDays', 60)).cohort.qrbDeadline).toBe('2027-12-28');
    expect(view(withParameter('mentoringMinHours', 20)).minimumMentoringSession).toBe('2 h');
    expect(view(withParameter('coachingMinHours', 12)).minimumCoachingSession).toBe('1 h 15 min');
  });

  it('leaves out what the 2009 rule does not have (no QRB deadline, no coaching minimum)', () => {
    const old = view(loadRuleset('cfr-2009'));
    expect(old.cohort.qrbDeadline).toBeUndefined();
    expect(old.keyDates.some((k) => k.event.includes('QRB'))).toBe(false);
    expect(old.minimumCoachingSession).toBeUndefined();
  });

  it('lists key dates in date order, from the application assessments to the QRB deadline', () => {
    const dates = v.keyDates.map((k) => k.date);
    expect(dates).toEqual([...dates].sort());
    expect(v.keyDates[0]).toMatchObject({ when: 'October 14–15, 2026', event: 'Validated executive assessment at application (all participants)' });
    expect(v.keyDates.map((k) => k.event)).toContain('Formal training: Executive Strategy and Planning Seminar');
    expect(v.keyDates.find((k) => k.event.startsWith('Developmental assignments'))!.when).toBe('March 1 – September 3, 2027');
  });

  it('walks the cohort month by month, counting who is on assignment', () => {
    expect(v.months.map((m) => m.month)).toEqual(['January 2027', 'February 2027', 'March 2027', 'April 2027', 'May 2027', 'June 2027', 'July 2027', 'August 2027', 'September 2027', 'October 2027']);
    expect(v.months.map((m) => m.away)).toEqual([0, 0, 1, 3, 4, 4, 4, 3, 1, 0]);
    expect(v.months[2]!.events.split('\n')).toEqual([
      'March 1–3: Federal Financial Management for Executives',
      "Assignments begin: Zoë O'Brien-Łukasik (March 1)",
      'March 22–26: Human Capital and Workforce Strategy',
      'Mentoring and coaching sessions',
    ]);
  });

  it('gives each participant a monthly mentoring and coaching session that reaches the planned hours', () => {
    expect(v.sessions).toBe(10);
    expect(v.advisers[0]).toMatchObject({ name: 'Nguyễn Thị Ánh', mentor: 'Carolyn Bright', mentorHours: 12, mentorSession: '1 h 15 min', coachHours: 10, coachSession: '1 h' });
    expect(v.minimumMentoringSession).toBe('1 h');
  });

  it('groups a course all participants take into one session', () => {
    expect(v.training).toHaveLength(7);
    expect(v.training[0]).toMatchObject({ course: 'Executive Strategy and Planning Seminar', dates: 'February 1–3, 2027', taken: 'all participants', topicLabels: ['Strategic planning'] });
    expect(v.trainingHours).toBe('108');
  });
});

describe('a large cohort', () => {
  const many: Participant[] = Array.from({ length: 60 }, (_, i) => ({
    name: `Participant ${i + 1}`,
    assignments: [{ organization: 'Host', startDate: `2027-03-${String((i % 28) + 1).padStart(2, '0')}`, endDate: '2027-08-31' }],
    training: [{ course: `Course ${i + 1}`, hours: 100, startDate: '2027-02-01', endDate: '2027-02-02' }],
  }));

  it('summarizes instead of naming dozens of people, and keeps each month short enough for a page', () => {
    const v = view(loadRuleset('nprm-2025'), many);
    const march = v.months.find((m) => m.month === 'March 2027')!.events.split('\n');
    expect(march).toContain('Assignments begin: 60 participants');
    const february = v.months.find((m) => m.month === 'February 2027')!.events.split('\n');
    expect(february.length).toBeLessThanOrEqual(10);
    expect(february).toContain('… and 52 more (see the sections below)');
    expect(v.keyDates.find((k) => k.event.startsWith('Developmental assignments'))!.event).toBe('Developmental assignments (all participants)');
  });
});
