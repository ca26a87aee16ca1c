// Coaching: certified coaches, for how long, and how the relationship is assessed.
import type { Section } from '../question.js';
import { enumOptions } from '../schema-enums.js';
import { choose, gate, num, text, yesNo } from './build.js';

const coached = (s: { get(key: string): unknown }) => s.get('coaching') !== undefined;
const SOURCES: Record<string, string> = { internal: 'Internal coaches', external: 'External coaches', 'internal-or-external': 'Internal or external coaches' };

export const coaching: Section = {
  id: 'coaching',
  title: 'Coaching',
  questions: [
    gate('coaching', 'Participants have a coach', 'Does each participant have a leadership or executive coach?'),
    yesNo('coaching.certified', 'Coaches certified', 'Are coaches certified by an accredited coaching organization?', { when: coached }),
    text('coaching.accreditingOrganization', 'Accrediting organization', 'Which accrediting organization?', {
      when: (s) => s.get('coaching.certified') === true,
      example: 'International Coaching Federation (ICF)',
    }),
    yesNo('coaching.erbDetermined', 'ERB determines each coach is qualified', 'Does the ERB determine that each coach is qualified?', { when: coached }),
    choose('coaching.source', 'Coaches are', 'Where do coaches come from?', {
      when: coached,
      choices: () => enumOptions('coaching.source').map((id) => ({ value: id, name: SOURCES[id] ?? id })),
      default: () => 'internal-or-external',
    }),
    num('coaching.minHours', 'Coaching hours', 'Hours of coaching during the cohort', { unit: 'hours', when: coached }),
    text('coaching.relationshipAssessment', 'How coaching is assessed', 'How does the agency assess coaching relationships and step in when needed?', {
      when: coached,
      example: 'Participants rate each engagement at midpoint and end',
    }),
  ],
};
