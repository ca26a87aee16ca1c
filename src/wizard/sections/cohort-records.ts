// The cohorts run or planned under the policy, with their outcomes once they end.
import { isAnswered } from '../../model/data-path.js';
import type { Scope, Section } from '../question.js';
import { choose, date, gate, list, num, text } from './build.js';

interface Cohort {
  id?: string;
  startDate?: string;
  endDate?: string;
}

/** A cohort that has started is history: its dates are kept even when they break a rule. */
const started = (_: unknown, s: Scope) => typeof s.get('startDate') === 'string' && (s.get('startDate') as string) <= s.asOf;
const ended = (s: Scope) => s.get('outcomes') !== undefined;
const OUTCOMES: [string, string][] = [
  ['selected', 'Participants selected'],
  ['graduated', 'Graduated'],
  ['removed', 'Removed'],
  ['qrbSubmitted', 'Submitted to the QRB'],
  ['qrbSubmittedOnTime', 'Submitted to the QRB on time'],
  ['certified', 'Certified by the QRB'],
  ['placed', 'Placed in an initial SES position'],
];

export const cohortRecords: Section = {
  id: 'cohort-records',
  title: 'Cohorts under this policy',
  questions: [
    list('cohorts', 'Cohorts', {
      noun: 'cohort',
      gate: 'Record cohorts run or planned under this policy?',
      item: [
        text('id', 'Cohort', 'Cohort name', { required: true, example: (s) => `${s.program.agency?.acronym ?? 'DEA'}-${s.asOf.slice(0, 4)}` }),
        choose('subcomponent', 'Run by', 'Who runs it?', {
          when: (s) => isAnswered(s.program.scope?.subcomponents),
          choices: (s) => [
            { value: '', name: 'The agency itself' },
            ...(s.program.scope?.subcomponents ?? []).map((c) => ({ value: c.acronym ?? c.name ?? '', name: c.name ?? c.acronym ?? '' })).filter((c) => c.value),
          ],
          default: () => '',
        }),
        date('startDate', 'Starts', 'Start date', { fact: started }),
        date('endDate', 'Ends', 'End date', {
          fact: started,
          sanity: (v, s) => (typeof v === 'string' && typeof s.get('startDate') === 'string' && v < (s.get('startDate') as string) ? 'The end date cannot come before the start date.' : undefined),
        }),
        date('graduationDate', 'Graduation', 'Graduation date', { fact: started }),
        num('cost', 'Cost (dollars)', 'Total cost in dollars', { unit: 'dollars' }),
        gate('outcomes', 'Has ended', 'Has it ended? (record its outcomes)', {
          // A cohort that has not started yet cannot have ended.
          when: (s) => !(typeof s.get('startDate') === 'string' && (s.get('startDate') as string) > s.asOf),
          default: (s) => typeof s.get('graduationDate') === 'string' && (s.get('graduationDate') as string) <= s.asOf,
        }),
        ...OUTCOMES.map(([key, label]) => num(`outcomes.${key}`, label, `${label} (number of participants)`, { whole: true, when: ended, fact: () => true })),
      ],
      describe: (item) => {
        const c = (item ?? {}) as Cohort;
        return `${c.id ?? '(unnamed)'}${c.startDate ? `: ${c.startDate} to ${c.endDate ?? '?'}` : ''}`;
      },
    }),
  ],
};
