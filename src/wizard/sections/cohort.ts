// How long a cohort lasts, and whether a participant's cohort can be extended.
import type { Section } from '../question.js';
import { num, text, yesNo } from './build.js';

const extensionAllowed = (s: { get(key: string): unknown }) => s.get('cohort.extension.allowed') === true;

export const cohort: Section = {
  id: 'cohort',
  title: 'Cohort length and extensions',
  questions: [
    num('cohort.minMonths', 'Shortest cohort (months)', 'Shortest a cohort lasts, in months', { positive: true, unit: 'months' }),
    num('cohort.maxMonths', 'Longest cohort (months)', 'Longest a cohort lasts, in months', {
      positive: true,
      unit: 'months',
      sanity: (v, s) => notBelow(v, s.get('cohort.minMonths'), 'The longest cohort cannot be shorter than the shortest'),
    }),
    yesNo('cohort.extension.allowed', 'Extensions allowed', "May a participant's cohort be extended (with OPM's agreement)?", { default: () => false }),
    num('cohort.extension.maxMonths', 'Longest extended cohort (months)', 'Longest an extended cohort may last, in months', {
      positive: true,
      unit: 'months',
      when: extensionAllowed,
      sanity: (v, s) => notBelow(v, s.get('cohort.maxMonths'), 'An extended cohort cannot be shorter than the longest regular cohort'),
    }),
    text('cohort.extension.process', 'Extension process', 'How is an extension requested and approved?', {
      when: extensionAllowed,
      example: "The program manager asks OPM, with the ERB's endorsement",
    }),
  ],
};

function notBelow(value: unknown, floor: unknown, reason: string): string | undefined {
  return typeof value === 'number' && typeof floor === 'number' && value < floor ? `${reason} (${floor} months).` : undefined;
}
