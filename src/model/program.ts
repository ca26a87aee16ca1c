// The program file: everything the agency's SESCDP policy needs, as one zod schema.
// The schema checks shape and types only. Every answer is optional so that an unfinished
// program (a wizard run, a draft) still loads; the rule sets report what is missing.
import { z } from 'zod';
import { isoDate } from './date-schema.js';

const text = z.string();
const hours = z.number({ error: 'expected a number of hours' }).nonnegative({ error: 'hours cannot be negative' });
const count = z.int({ error: 'expected a whole number' }).nonnegative({ error: 'cannot be negative' });
const months = z.number({ error: 'expected a number of months' }).positive({ error: 'months must be more than 0' });
const days = z.int({ error: 'expected a whole number of days' }).nonnegative({ error: 'days cannot be negative' });

const person = z.strictObject({
  name: text.optional(),
  title: text.optional(),
  email: text.optional(),
  phone: text.optional(),
});

const organization = z.strictObject({
  name: text.optional(),
  acronym: text.optional(),
});

export const ERB_DUTIES = [
  'recruitment',
  'merit-staffing',
  'assessment',
  'development',
  'evaluation',
  'progress',
  'graduation',
  'qrb-submission',
  'removal-policy',
] as const;

export const EDP_ELEMENTS = [
  'ecqs',
  'leadership-challenges',
  'agency-functioning',
  'outside-interaction',
  'governmentwide-scope',
] as const;

export const ECQ_SET_IDS = ['ecq-2025', 'ecq-legacy'] as const;

/** The rule sets under schemas/rulesets/ (a test keeps the two lists equal), so editors can offer them. */
export const RULESET_IDS = ['nprm-2025', 'cfr-2009'] as const;

const agency = z
  .strictObject({
    name: text.optional().describe('Full name, e.g. "Department of Example Affairs"'),
    acronym: text.optional().describe('Used in file names and headers, e.g. "DEA"'),
    address: text.optional().describe('Mailing address for the transmittal memo'),
    partners: z.array(organization).optional().describe('Partner agencies when the program is run for a group of agencies'),
  })
  .describe('The agency (or lead agency of a group) that holds the policy');

const subcomponent = z.strictObject({
  name: text.optional(),
  acronym: text.optional(),
  coordinator: person.optional().describe('The subcomponent\'s SESCDP coordinator'),
});

const scope = z.strictObject({
  enterpriseWide: z.boolean().optional().describe('One umbrella policy covering the whole agency (proposed 5 CFR 412.301(b),(d))'),
  opmPolicyTemplate: z.boolean().optional().describe("The policy is written on OPM's SESCDP policy template (proposed 5 CFR 412.301(b))"),
  subcomponents: z.array(subcomponent).optional().describe('Subcomponents authorized to run cohorts under this policy'),
  subcomponentsAdhere: z
    .boolean()
    .optional()
    .describe('Authorized subcomponents must use and adhere to this policy (proposed 5 CFR 412.301(d))'),
});

const approval = z.strictObject({
  submissionType: z.enum(['initial', 'reapproval', 'change']).optional(),
  initialApprovalDate: isoDate.optional(),
  lastApprovalDate: isoDate.optional().describe('Date of the most recent OPM approval or re-approval'),
  changeSummary: text.optional().describe('For a change submission: what substantially changes'),
  opmConsultation: z
    .strictObject({
      date: isoDate.optional().describe('When the agency consulted OPM'),
      summary: text.optional().describe('What was discussed with OPM, and its outcome'),
    })
    .optional()
    .describe('For a change submission: the consultation with OPM that must come before the change is implemented (5 CFR 412.301(c))'),
});

const directive = z
  .strictObject({
    number: text.optional().describe('The agency\'s directive number for this policy, e.g. "DFI Directive 3-412"'),
    effectiveDate: isoDate.optional().describe('The date the policy takes effect'),
    supersedes: text.optional().describe('The directive or policy this one replaces, with its date; leave out for a first policy'),
  })
  .describe('How the policy is issued as an agency directive');

const erb = z.strictObject({
  name: text.optional(),
  chair: person.optional().describe('The chair of the ERB'),
  oversees: z.array(z.enum(ERB_DUTIES)).optional().describe('The program functions the ERB oversees'),
  ensuresSubstantiveExperiences: z
    .boolean()
    .optional()
    .describe('The ERB ensures the program meets 5 CFR 412.302(c) and includes substantive developmental experiences (proposed 5 CFR 412.302(a))'),
  responsibilities: z.array(text).optional().describe('Further ERB responsibilities, in the agency\'s words'),
});

const recruitment = z.strictObject({
  pool: z
    .enum(['civil-service', 'all-sources'])
    .optional()
    .describe('civil-service: all qualified groups within the civil service; all-sources: whether or not within it'),
  meritStaffing: z.boolean().optional().describe('Follows SES merit staffing (5 CFR 317.501)'),
  announcement: text.optional().describe('Where and how the program is announced'),
  expectedSesVacancies: count.optional(),
  plannedCohortSize: count.optional(),
  outsideAgencyCandidates: z.boolean().optional().describe('Candidates from outside the agency are sought'),
  outreach: text.optional().describe('How candidates from outside the agency are reached'),
  nonStatusCandidates: z.boolean().optional().describe('Selectees from outside the civil service may be appointed under Schedule B, 5 CFR 213.3202(j)'),
});

const assessment = z.strictObject({
  instrument: text.optional(),
  validated: z.boolean().optional(),
  timing: text.optional(),
  use: text.optional().describe('How the results are used'),
});

const assessments = z.strictObject({
  application: assessment.optional().describe('Validated executive assessment completed during the application process'),
  inProgram: assessment.optional().describe('Validated executive assessment completed during the cohort'),
});

const cohort = z.strictObject({
  minMonths: months.optional(),
  maxMonths: months.optional(),
  extension: z
    .strictObject({
      allowed: z.boolean().optional(),
      maxMonths: months.optional(),
      process: text.optional(),
    })
    .optional()
    .describe('Extending a cohort beyond its planned length'),
});

const edp = z.strictObject({
  opmTemplate: z.boolean().optional().describe('Participants use OPM\'s standardized EDP template'),
  competencyBased: z.boolean().optional(),
  needsDetermination: text.optional().describe('How each participant\'s development needs are determined'),
  erbApproval: z.boolean().optional().describe('The ERB approves each EDP'),
  addresses: z.array(z.enum(EDP_ELEMENTS)).optional(),
  ecqSet: z.enum(ECQ_SET_IDS).optional(),
});

const trainingTopic = z.strictObject({
  topic: text.optional().describe('A required topic id of the rule set, e.g. strategic-planning'),
  hours: hours.optional(),
});

const agencyTopic = z.strictObject({
  name: text.optional(),
  hours: hours.optional(),
});

const training = z.strictObject({
  totalHours: hours.optional(),
  requiredTopics: z.array(trainingTopic).optional(),
  agencyTopics: z.array(agencyTopic).optional(),
  addressesEcqs: z.boolean().optional().describe('The training addresses the ECQs (2009 rule)'),
  format: z.enum(['interagency', 'multi-sector', 'interagency-and-multi-sector', 'agency-only']).optional(),
  providers: z.array(text).optional(),
  seniorInteraction: z.boolean().optional().describe('Includes interaction with senior employees from outside the agency'),
  seniorInteractionDescription: text.optional(),
});

const assignment = z.strictObject({
  minContinuousDays: days.optional().describe('Shortest continuous full-time assignment a participant serves'),
  totalDays: days.optional().describe('Total assignment days over the cohort'),
  count: count.optional().describe('Number of assignments'),
  fullTime: z.boolean().optional(),
  substantiallyDifferent: z.boolean().optional().describe('Outside, and substantially different from, the position of record'),
  executiveLevel: z.boolean().optional(),
  differsFromPastAssignments: z
    .boolean()
    .optional()
    .describe("Differs from the participant's current and past assignments, broadening the experience (5 CFR 412.302(c)(3))"),
  ethicsCompliance: z.boolean().optional().describe('Accomplished in compliance with applicable law and Federal and agency ethics regulations'),
  accountableForResults: z.boolean().optional(),
  nonFederal: z
    .strictObject({
      allowed: z.boolean().optional(),
      documentation: text.optional().describe('How the ERB documents actions and accomplishments'),
      erbDetermination: z.boolean().optional().describe('The ERB determines the assignment contributes to the executive qualifications'),
    })
    .optional()
    .describe('An assignment outside the Federal Government'),
});

const mentoring = z.strictObject({
  qualification: z.enum(['ses-member', 'erb-determined', 'ses-or-erb-determined']).optional(),
  minHours: hours.optional(),
  relationshipAssessment: text.optional().describe('How the agency assesses and supports mentoring relationships'),
});

const coaching = z.strictObject({
  certified: z.boolean().optional().describe('Coaches hold a certification from an accredited coaching organization'),
  accreditingOrganization: text.optional(),
  erbDetermined: z.boolean().optional(),
  source: z.enum(['internal', 'external', 'internal-or-external']).optional(),
  minHours: hours.optional(),
  relationshipAssessment: text.optional(),
});

const graduation = z.strictObject({
  requirements: text.optional(),
  qrbSubmissionDays: days.optional().describe('Calendar days after graduation within which the ERB submits graduates to the QRB'),
});

const evaluation = z.strictObject({
  cohortEvaluations: z.boolean().optional().describe('Participants and program managers complete an evaluation after each cohort'),
  annualEvaluation: z.boolean().optional().describe('An overarching program evaluation every year (5 CFR 410.202)'),
  opmTemplates: z.boolean().optional(),
  enhancementData: z.boolean().optional().describe('Evaluation data is collected to identify and implement program enhancements (proposed 5 CFR 412.303(a)(3))'),
  placementRateTracked: z.boolean().optional(),
  opmMinimumPlacementRate: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('OPM\'s minimum placement rate in percent, as set by OPM policy; leave out when not known'),
  enhancements: z.array(text).optional().describe('Program changes made in response to evaluations'),
});

const cohortOutcomes = z.strictObject({
  selected: count.optional(),
  graduated: count.optional(),
  removed: count.optional(),
  qrbSubmitted: count.optional(),
  qrbSubmittedOnTime: count.optional(),
  certified: count.optional(),
  placed: count.optional(),
});

const cohortRecord = z.strictObject({
  id: text.optional(),
  subcomponent: text.optional().describe('Acronym or name of the authorized subcomponent running it'),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  graduationDate: isoDate.optional(),
  outcomes: cohortOutcomes.optional(),
  cost: z.number().nonnegative().optional(),
});

const contact = person.extend({ role: text.optional() });

export const programSchema = z
  .strictObject({
    $schema: text.optional().describe('Where the JSON Schema of this file is, for editors (sescdp schema --write DIR puts it beside the file)'),
    ruleset: z
      .enum(RULESET_IDS)
      .optional()
      .describe('The rule the program must meet, used by every sescdp command unless --ruleset says otherwise: nprm-2025 (the proposed rule, the default) or cfr-2009 (the 2009 rule)'),
    agency: agency.optional(),
    directive: directive.optional(),
    scope: scope.optional().describe('What the policy covers: the whole agency, on OPM\'s template, and the subcomponents authorized to run cohorts'),
    approval: approval.optional().describe('What is submitted to OPM, and the approval history'),
    erb: erb.optional().describe('The Executive Resources Board that oversees the program'),
    recruitment: recruitment.optional().describe('Recruitment and selection: the pool, merit staffing, outreach and cohort size'),
    assessments: assessments.optional().describe('The two validated executive assessments: one in the application process, one during the cohort'),
    cohort: cohort.optional().describe('How long a cohort lasts, and whether and how it may be extended'),
    edp: edp.optional().describe('The Executive Development Plan each participant follows'),
    training: training.optional().describe('Formal training: total hours, the required topics with their hours, agency topics, format and providers'),
    assignment: assignment.optional().describe('The developmental assignment outside the position of record'),
    mentoring: mentoring.optional().describe('The mentor each participant has, and the hours they meet'),
    coaching: coaching.optional().describe('Leave out when the program provides no coach'),
    progressReviews: z
      .strictObject({ frequency: text.optional(), conductedBy: text.optional(), description: text.optional() })
      .optional()
      .describe("Reviews of each participant's progress"),
    removal: z.strictObject({ policy: text.optional().describe('What happens when a participant does not make adequate progress') }).optional().describe('Removal from the program'),
    graduation: graduation.optional().describe('What a participant must complete to graduate, and the QRB submission after graduation'),
    evaluation: evaluation.optional().describe('Cohort and annual program evaluations, and the placement of graduates'),
    cohorts: z.array(cohortRecord).optional().describe('Cohorts run or planned under this policy'),
    records: z
      .strictObject({ retention: text.optional().describe('How long program records are kept'), system: text.optional().describe('Where they are kept') })
      .optional()
      .describe('Program records'),
    contacts: z.array(contact).optional(),
    signatory: person.optional().describe('The official who signs the policy and the transmittal memo'),
  })
  .describe('An SES Candidate Development Program, as the agency describes it in its policy');

export type Program = z.infer<typeof programSchema>;
export type CohortRecord = z.infer<typeof cohortRecord>;
