// A participant's plan: who they are and what their Executive Development Plan commits to.
// The same record feeds one EDP (`render edp --participant`) and a whole cohort (`sescdp cohort`).
// Like the program file, every answer is optional to the parser; checks report what is missing.
import { z } from 'zod';
import { isoDate } from './date-schema.js';

const text = z.string();
const hours = z.number({ error: 'expected a number of hours' }).nonnegative({ error: 'hours cannot be negative' });

const assessmentRecord = z.strictObject({
  instrument: text.optional(),
  date: isoDate.optional(),
  summary: text.optional().describe('What the results show, in a sentence or two'),
});

export const trainingCourse = z.strictObject({
  course: text.optional(),
  provider: text.optional(),
  topics: z.array(text).optional().describe('Required-topic ids the course covers, e.g. strategic-planning'),
  hours: hours.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
});

export const assignmentRecord = z.strictObject({
  organization: text.optional(),
  position: text.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  fullTime: z.boolean().optional(),
  federal: z.boolean().optional().describe('false for an assignment in a non-Federal organization'),
  erbDetermination: text.optional().describe('For a non-Federal assignment: the ERB\'s determination and how results are documented'),
  responsibilities: z.array(text).optional().describe('The executive-level responsibilities'),
  results: z.array(text).optional().describe('The results the participant is accountable for'),
});

const adviser = z.strictObject({
  name: text.optional(),
  title: text.optional(),
  email: text.optional(),
  hours: hours.optional().describe('Planned meeting hours over the cohort'),
});

export const participantSchema = z.strictObject({
  $schema: text.optional(),
  name: text.optional(),
  positionTitle: text.optional().describe('Position of record'),
  series: text.optional(),
  grade: text.optional(),
  organization: text.optional(),
  email: text.optional(),
  supervisor: z.strictObject({ name: text.optional(), title: text.optional(), email: text.optional() }).optional(),
  mentor: adviser.extend({ isSes: z.boolean().optional() }).optional(),
  coach: adviser
    .extend({
      certification: text.optional().describe('Credential and accrediting organization, e.g. "ICF PCC"'),
      internal: z.boolean().optional().describe('true for a Federal internal coach'),
    })
    .optional(),
  assessments: z.strictObject({ application: assessmentRecord.optional(), inProgram: assessmentRecord.optional() }).optional(),
  needs: text.optional().describe('Summary of the competency-based needs determination'),
  ecqPlans: z
    .array(
      z.strictObject({
        ecq: text.optional().describe('ECQ id of the active set, e.g. leading-people'),
        objectives: z.array(text).optional(),
        activities: z.array(text).optional(),
      }),
    )
    .optional(),
  training: z.array(trainingCourse).optional(),
  assignments: z.array(assignmentRecord).optional(),
  leadershipChallenges: text.optional().describe('The Federal Government leadership challenges the plan prepares the participant for'),
  agencyFunctioning: text.optional().describe('How the plan builds knowledge of the overall functioning of the agency'),
  outsideInteraction: text.optional().describe('How the participant works with senior employees outside the agency'),
  governmentwideScope: text.optional().describe('The Governmentwide or multi-agency scope of the development'),
  milestones: z.array(z.strictObject({ date: isoDate.optional(), description: text.optional() })).optional(),
  erbApprovalDate: isoDate.optional(),
});

export type Participant = z.infer<typeof participantSchema>;
export type TrainingCourse = z.infer<typeof trainingCourse>;
export type AssignmentRecord = z.infer<typeof assignmentRecord>;
