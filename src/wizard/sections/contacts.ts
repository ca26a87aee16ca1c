// Records, the program's contacts and the official who signs the policy.
import type { Section } from '../question.js';
import { list, person, text } from './build.js';

export const contacts: Section = {
  id: 'contacts',
  title: 'Records, contacts and signatory',
  questions: [
    text('records.retention', 'Records kept for', 'How long are program records kept?', { example: 'Six years after a participant graduates or leaves' }),
    text('records.system', 'Records system', 'Where are they kept?', { example: (s) => `${s.program.agency?.acronym ?? 'DEA'} Talent Management System` }),
    list('contacts', 'Program contacts', {
      noun: 'contact',
      item: [
        text('name', 'Name', "Contact's name", { required: true, example: 'Gregory Ashworth' }),
        text('role', 'Role', 'Their role in the program', { example: 'Program manager' }),
        text('title', 'Title', 'Their title', { example: 'SESCDP Program Manager, Office of Executive Resources' }),
        text('email', 'E-mail', 'Their e-mail', { example: 'name@agency.gov' }),
        text('phone', 'Phone', 'Their phone', { example: '202-555-0148' }),
      ],
      describe: (item) => {
        const c = (item ?? {}) as { name?: string; role?: string; title?: string };
        return [c.name ?? '(no name)', c.role ?? c.title].filter(Boolean).join(', ');
      },
    }),
    ...person('signatory', "the signing official's", { name: 'Dana R. Whitfield', title: 'Chief Human Capital Officer' }),
  ],
};
