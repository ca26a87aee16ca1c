// A cohort file: one subcomponent's cohort under the umbrella policy, with its participants' plans.
import { z } from 'zod';
import { isoDate } from './date-schema.js';
import { participantSchema } from './participant.js';

const text = z.string();

export const cohortSchema = z.strictObject({
  $schema: text.optional(),
  id: text.optional().describe('Cohort id, e.g. BHB-2027'),
  subcomponent: text.optional().describe('Acronym or name of an authorized subcomponent of the program'),
  program: text.optional().describe('Path to the umbrella program file, relative to this file (default: --program or ./sescdp.yaml)'),
  roster: text.optional().describe('Path to a roster CSV, relative to this file, that seeds the participants'),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  graduationDate: isoDate.optional().describe('Defaults to the end date'),
  programManager: z.strictObject({ name: text.optional(), title: text.optional(), email: text.optional(), phone: text.optional() }).optional(),
  participants: z.array(participantSchema).optional(),
});

export type CohortFile = z.infer<typeof cohortSchema>;
