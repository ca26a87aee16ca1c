// The developmental assignment: length, nature, and assignments outside the Federal Government.
import type { Section } from '../question.js';
import { optionalNumber } from '../rule-text.js';
import { num, text, yesNo } from './build.js';

const nonFederal = (s: { get(key: string): unknown }) => s.get('assignment.nonFederal.allowed') === true;

export const assignment: Section = {
  id: 'assignment',
  title: 'Developmental assignment',
  questions: [
    num('assignment.minContinuousDays', 'Shortest continuous assignment (days)', 'Shortest continuous full-time assignment a participant serves, in calendar days', {
      whole: true,
      unit: 'days',
    }),
    num('assignment.count', 'Assignments per participant', 'How many assignments does each participant serve?', { whole: true, positive: true, default: () => 1 }),
    num('assignment.totalDays', 'Total assignment days', 'Total assignment days over the cohort', {
      whole: true,
      unit: 'days',
      // The 2009 rule counts all assignments together (a derived total); the proposed rule does not.
      default: (s) => optionalNumber(s.ruleset, 'assignmentMinTotalDays'),
      also: ['assignment'],
      helpRules: ['assignment-total-days'],
    }),
    yesNo('assignment.fullTime', 'Full-time', 'Is the assignment full-time?'),
    yesNo('assignment.substantiallyDifferent', 'Substantially different from the position of record', 'Is it outside, and substantially different from, the position of record?'),
    yesNo('assignment.executiveLevel', 'Executive-level responsibility', 'Does it carry executive-level responsibility?'),
    yesNo('assignment.differsFromPastAssignments', "Differs from past assignments", "Does it differ from the participant's current and past assignments, broadening the experience?"),
    yesNo('assignment.ethicsCompliance', 'Law and ethics', 'Is every assignment one the participant can serve in compliance with applicable law and ethics regulations?'),
    yesNo('assignment.accountableForResults', 'Accountable for results', 'Is the participant accountable for results during it?'),
    yesNo('assignment.nonFederal.allowed', 'Non-Federal assignments allowed', 'May an assignment be in a non-Federal organization?', { default: () => false }),
    text('assignment.nonFederal.documentation', 'How the ERB documents them', "How does the ERB document the participant's actions and accomplishments there?", {
      when: nonFederal,
      example: "The host's senior official and the supervisor write a report the ERB reviews",
    }),
    yesNo('assignment.nonFederal.erbDetermination', 'ERB determines it develops the ECQs', 'Does the ERB determine that such an assignment develops the executive qualifications?', {
      when: nonFederal,
    }),
  ],
};
