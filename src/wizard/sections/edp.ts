// The Executive Development Plan each participant follows.
import { ECQ_SET_IDS, EDP_ELEMENTS } from '../../model/program.js';
import { choicesFor, ecqSetChoices } from '../labels.js';
import type { Section } from '../question.js';
import { choose, text, ticks, yesNo } from './build.js';

export const edp: Section = {
  id: 'edp',
  title: 'Executive Development Plan (EDP)',
  questions: [
    yesNo('edp.opmTemplate', "On OPM's EDP template", "Do participants use OPM's standardized EDP template?"),
    yesNo('edp.competencyBased', 'Competency-based', 'Is each EDP based on a competency-based needs determination?'),
    text('edp.needsDetermination', 'Needs determination', "How are each participant's development needs determined?", {
      example: "Both assessments and a supervisor's review against each ECQ",
    }),
    yesNo('edp.erbApproval', 'ERB approves each EDP', 'Does the ERB approve each EDP?'),
    ticks('edp.addresses', 'The EDP addresses', 'What does the EDP address?', {
      choices: (s) => choicesFor(s.ruleset, 'edpElements', EDP_ELEMENTS),
    }),
    choose('edp.ecqSet', 'ECQs', 'Which Executive Core Qualifications does the EDP address?', { choices: () => ecqSetChoices(ECQ_SET_IDS) }),
  ],
};
