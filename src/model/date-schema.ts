// The schema of a date in every file (program, cohort, participant): a real calendar date written YYYY-MM-DD, in the
// years dates.ts allows.
import { z } from 'zod';
import { YEAR_RANGE_TEXT, yearInRange } from './dates.js';

export const isoDate = z.iso
  .date({ error: 'expected a real calendar date written YYYY-MM-DD' })
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || yearInRange(value), { error: YEAR_RANGE_TEXT });
