// The two validated executive assessments: one when applying, one during the cohort.
import type { Section } from '../question.js';
import { text, yesNo } from './build.js';

export const assessments: Section = {
  id: 'assessments',
  title: 'Executive assessments',
  questions: [
    text('assessments.application.instrument', 'Application assessment', 'Which executive assessment do applicants complete when they apply?', {
      example: 'Structured executive assessment center (in-basket, role play, interview)',
    }),
    yesNo('assessments.application.validated', 'Application assessment validated', 'Is that assessment validated?'),
    text('assessments.application.timing', 'Application assessment timing', 'When is it completed?', { example: 'During the application process, for every best-qualified applicant' }),
    text('assessments.application.use', 'Application assessment use', 'How are its results used in selection?', {
      example: 'One of three weighted factors the ERB considers in ranking applicants',
    }),
    text('assessments.inProgram.instrument', 'In-program assessment', 'Which executive assessment do participants complete during the cohort?', {
      example: 'Validated 360-degree leadership assessment keyed to the ECQs',
    }),
    yesNo('assessments.inProgram.validated', 'In-program assessment validated', 'Is that assessment validated?'),
    text('assessments.inProgram.timing', 'In-program assessment timing', 'When in the cohort is it completed?', { example: 'Between the fourth and fifth month' }),
    text('assessments.inProgram.use', 'In-program assessment use', "How are its results used to adjust each participant's development?", {
      example: "Participant, coach and supervisor revise the EDP's development objectives",
    }),
  ],
};
