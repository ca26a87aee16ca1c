// Progress reviews, removal of a participant who does not progress, and graduation to the QRB.
import type { Section } from '../question.js';
import { num, text } from './build.js';

export const progress: Section = {
  id: 'progress',
  title: 'Progress, removal and graduation',
  questions: [
    text('progressReviews.frequency', 'Progress reviews', 'How often is progress reviewed?', { example: 'Quarterly' }),
    text('progressReviews.conductedBy', 'Reviewed by', 'Who conducts the reviews?', { example: "The participant's supervisor and the program manager" }),
    text('progressReviews.description', 'What a review covers', 'What does a review cover?', { example: "Progress against the EDP's objectives and milestones" }),
    text('removal.policy', 'Removal policy', 'What happens when a participant does not make adequate progress?', {
      example: 'A written improvement plan; if progress stays inadequate the ERB may remove the participant',
    }),
    text('graduation.requirements', 'Graduation requirements', 'What must a participant complete to graduate?', {
      example: 'Every element of the ERB-approved EDP',
    }),
    num('graduation.qrbSubmissionDays', 'QRB submission (days after graduation)', 'Within how many calendar days of graduation does the ERB submit graduates to the QRB?', {
      whole: true,
      unit: 'days',
    }),
  ],
};
