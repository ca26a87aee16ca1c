// Evaluation of each cohort and of the program, and the placement of graduates.
import type { Section } from '../question.js';
import { list, num, text, yesNo } from './build.js';

export const evaluation: Section = {
  id: 'evaluation',
  title: 'Evaluation and placement',
  questions: [
    yesNo('evaluation.cohortEvaluations', 'Cohort evaluations', 'Do participants and program managers complete an evaluation after each cohort?'),
    yesNo('evaluation.annualEvaluation', 'Annual program evaluation', 'Is the overall program evaluated every year?'),
    yesNo('evaluation.enhancementData', 'Data for enhancements', 'Do the evaluations collect data to identify and implement program enhancements?'),
    yesNo('evaluation.opmTemplates', "On OPM's evaluation templates", "Do the evaluations use OPM's templates?"),
    yesNo('evaluation.placementRateTracked', 'Placement rate tracked', 'Does the agency track the initial SES placement rate of QRB-certified graduates?'),
    num('evaluation.opmMinimumPlacementRate', "OPM's minimum placement rate (%)", "OPM's minimum placement rate, in percent, if OPM has told you (OPM policy sets it, not the rule)", {
      max: 100,
      unit: '%',
      // Set by OPM, and judged against graduates' placements recorded under the cohorts: nothing to refuse here.
      fact: () => true,
    }),
    list('evaluation.enhancements', 'Changes made after evaluations', {
      noun: 'change',
      gate: 'Record program changes made in response to evaluations?',
      item: [text('', 'Change', 'The change, in one sentence', { example: 'Moved the 360-degree assessment earlier in the cohort' })],
      describe: (item) => String(item),
    }),
  ],
};
