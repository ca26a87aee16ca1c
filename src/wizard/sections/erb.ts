// The Executive Resources Board: who it is and what it oversees.
import { ERB_DUTIES } from '../../model/program.js';
import { choicesFor } from '../labels.js';
import type { Section } from '../question.js';
import { list, person, text, ticks, yesNo } from './build.js';

export const erb: Section = {
  id: 'erb',
  title: 'Executive Resources Board (ERB)',
  questions: [
    text('erb.name', 'Name', "The ERB's name", { example: (s) => `${s.program.agency?.acronym ?? 'DEA'} Executive Resources Board` }),
    ...person('erb.chair', "the ERB chair's", { name: 'Patricia Vandermeer', title: 'Deputy Secretary' }),
    yesNo('erb.ensuresSubstantiveExperiences', 'Ensures substantive experiences', 'Does the ERB ensure the program meets 5 CFR 412.302(c) and gives substantive developmental experiences?'),
    ticks('erb.oversees', 'Oversees', 'Which program functions does the ERB oversee?', {
      choices: (s) => choicesFor(s.ruleset, 'erbDuties', ERB_DUTIES),
    }),
    list('erb.responsibilities', 'Further ERB responsibilities', {
      noun: 'responsibility',
      gate: "Add further ERB responsibilities in the agency's own words?",
      item: [text('', 'Responsibility', 'The responsibility, in one sentence', { example: "Approves each participant's EDP before development begins" })],
      describe: (item) => String(item),
    }),
  ],
};
