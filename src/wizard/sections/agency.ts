// Agency and scope: who holds the policy, for which agencies, and which subcomponents run cohorts under it.
import type { Section } from '../question.js';
import { list, named, person, text, yesNo } from './build.js';

export const agency: Section = {
  id: 'agency',
  title: 'Agency and scope',
  questions: [
    text('agency.name', "Agency's full name", "What is the agency's full name?", { example: 'Department of Example Affairs' }),
    text('agency.acronym', 'Acronym', 'Its acronym (used in file names and headers)', { example: 'DEA' }),
    text('agency.address', 'Mailing address', 'Mailing address for the transmittal memo', { example: '1200 Independence Avenue SW, Washington, DC 20250' }),
    list('agency.partners', 'Partner agencies', {
      noun: 'partner agency',
      gate: 'Is the program run by a group of agencies in partnership (your agency leading)?',
      item: [
        text('name', 'Name', "Partner agency's full name", { required: true, example: 'Department of Example Services' }),
        text('acronym', 'Acronym', 'Its acronym', { example: 'DES' }),
      ],
      describe: named,
    }),
    yesNo('scope.enterpriseWide', 'One enterprise-wide policy', 'Is this one enterprise-wide (umbrella) policy covering the whole agency?'),
    yesNo('scope.opmPolicyTemplate', "On OPM's policy template", "Is the policy written on OPM's SESCDP policy template?"),
    list('scope.subcomponents', 'Authorized subcomponents', {
      noun: 'subcomponent',
      gate: 'Does the policy authorize subcomponents (bureaus, components) to run their own cohorts?',
      item: [
        text('name', 'Name', "Subcomponent's full name", { required: true, example: 'Bureau of Example Programs' }),
        text('acronym', 'Acronym', 'Its acronym', { example: 'BEP' }),
        ...person('coordinator', "its SESCDP coordinator's", { name: 'Jordan Lee', title: 'SESCDP Coordinator', email: 'jordan.lee@bep.example.gov' }),
      ],
      describe: named,
    }),
    yesNo('scope.subcomponentsAdhere', 'Subcomponents adhere to this policy', 'Must authorized subcomponents use and adhere to this policy?', {
      when: (s) => Array.isArray(s.get('scope.subcomponents')) && (s.get('scope.subcomponents') as unknown[]).length > 0,
    }),
  ],
};
