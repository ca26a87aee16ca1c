// The wizard's sections, in the order of the policy.
import type { Section } from '../question.js';
import { agency } from './agency.js';
import { approval } from './approval.js';
import { assessments } from './assessments.js';
import { assignment } from './assignment.js';
import { coaching } from './coaching.js';
import { cohortRecords } from './cohort-records.js';
import { cohort } from './cohort.js';
import { contacts } from './contacts.js';
import { edp } from './edp.js';
import { erb } from './erb.js';
import { evaluation } from './evaluation.js';
import { mentoring } from './mentoring.js';
import { progress } from './progress.js';
import { recruitment } from './recruitment.js';
import { training } from './training.js';

export const SECTIONS: readonly Section[] = [
  agency,
  erb,
  recruitment,
  assessments,
  cohort,
  edp,
  training,
  assignment,
  mentoring,
  coaching,
  progress,
  evaluation,
  approval,
  cohortRecords,
  contacts,
];

export function findSection(id: string): Section | undefined {
  return SECTIONS.find((s) => s.id === id);
}

/** The section a data path belongs to, by its top-level key ("signatory.name" → contacts). */
export function sectionOf(path: string): Section | undefined {
  const root = path.split(/[.[]/)[0];
  return SECTIONS.find((s) => s.questions.some((q) => q.key.split('.')[0] === root));
}
