// Recruitment and selection: who may apply, how, and how many are selected.
import { choicesFor } from '../labels.js';
import type { Section } from '../question.js';
import { enumOptions } from '../schema-enums.js';
import { choose, num, text, yesNo } from './build.js';

export const recruitment: Section = {
  id: 'recruitment',
  title: 'Recruitment and selection',
  questions: [
    choose('recruitment.pool', 'Recruited from', 'Whom does the program recruit from?', {
      choices: (s) => choicesFor(s.ruleset, 'recruitmentPools', enumOptions('recruitment.pool')),
    }),
    yesNo('recruitment.meritStaffing', 'Follows SES merit staffing', 'Does selection follow SES merit staffing procedures?'),
    text('recruitment.announcement', 'Announcement', 'How and where is the program announced?', {
      example: 'On USAJOBS, open to all qualified applicants',
    }),
    num('recruitment.expectedSesVacancies', 'Expected SES vacancies', 'How many SES vacancies does the agency expect (one factor in the cohort size)?', {
      whole: true,
      example: '18',
    }),
    num('recruitment.plannedCohortSize', 'Planned cohort size', 'How many participants do you plan to select per cohort?', { whole: true, example: '20' }),
    yesNo('recruitment.outsideAgencyCandidates', 'Seeks candidates from outside the agency', 'Does the program seek candidates from outside the agency?'),
    text('recruitment.outreach', 'Outreach', 'How are candidates from outside the agency reached?', {
      when: (s) => s.get('recruitment.outsideAgencyCandidates') === true,
      example: 'Shared with the CHCO Council and partner agencies',
    }),
    yesNo('recruitment.nonStatusCandidates', 'Selectees from outside the civil service may be appointed', 'May selectees from outside the civil service be appointed (Schedule B)?', {
      when: (s) => s.get('recruitment.pool') === 'all-sources',
      default: () => true,
    }),
  ],
};
