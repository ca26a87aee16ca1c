// Mentoring: who may mentor, for how long, and how the relationship is looked after.
import { choicesFor } from '../labels.js';
import type { Section } from '../question.js';
import { enumOptions } from '../schema-enums.js';
import { choose, num, text } from './build.js';

export const mentoring: Section = {
  id: 'mentoring',
  title: 'Mentoring',
  questions: [
    choose('mentoring.qualification', 'Mentors are', 'Who may be a mentor?', {
      choices: (s) => choicesFor(s.ruleset, 'mentorQualifications', enumOptions('mentoring.qualification')),
    }),
    num('mentoring.minHours', 'Mentoring hours', 'Hours of mentor meetings during the cohort', { unit: 'hours' }),
    text('mentoring.relationshipAssessment', 'How mentoring is assessed', 'How does the agency assess mentoring relationships and step in when needed?', {
      example: 'The program manager checks in with each pair at months three and six',
    }),
  ],
};
