// One complete first-time `init` under the proposed rule, as a user would answer it: free text
// typed, and Enter on every number and choice (their defaults are the compliant values). The
// program it must produce is written out in full, so a test can check the file holds exactly these answers.
import type { Program } from '../../../src/model/program.js';
import { KEY, typed, type Step } from './virtual-terminal.js';

const ENTER = KEY.enter;

export const FULL_RUN: readonly Step[] = [
  ['? Which rule should the program meet?', ENTER],
  // Agency and scope
  ["? What is the agency's full name?", typed('Department of Example Affairs')],
  ['? Its acronym (used in file names and headers)', typed('DEA')],
  ['? Mailing address for the transmittal memo', ENTER],
  ['? Is the program run by a group of agencies in partnership', typed('y')],
  ["? Partner agency's full name", typed('Department of Example Services')],
  ['? Its acronym', typed('DES')],
  ['? Partner agencies (1)', ENTER],
  ['? Is this one enterprise-wide (umbrella) policy', ENTER],
  ["? Is the policy written on OPM's SESCDP policy template?", ENTER],
  ['? Does the policy authorize subcomponents', typed('y')],
  ["? Subcomponent's full name", typed('Bureau of Example Programs')],
  ['? Its acronym', typed('BEP')],
  ["? Its SESCDP coordinator's name", typed('Jordan Lee')],
  ["? Its SESCDP coordinator's title", ENTER],
  ["? Its SESCDP coordinator's e-mail", ENTER],
  ["? Its SESCDP coordinator's phone", ENTER],
  ['? Authorized subcomponents (1)', ENTER],
  ['? Must authorized subcomponents use and adhere', ENTER],
  // ERB
  ["? The ERB's name", typed('DEA Executive Resources Board')],
  ["? The ERB chair's name", typed('Pat Vandermeer')],
  ["? The ERB chair's title", typed('Deputy Secretary')],
  ["? The ERB chair's e-mail", ENTER],
  ["? The ERB chair's phone", ENTER],
  ['? Does the ERB ensure the program meets 5 CFR 412.302(c)', ENTER],
  ['? Which program functions does the ERB oversee?', ENTER],
  ['? Add further ERB responsibilities', ENTER],
  // Recruitment and selection
  ['? Whom does the program recruit from?', ENTER],
  ['? Does selection follow SES merit staffing', ENTER],
  ['? How and where is the program announced?', typed('On USAJOBS')],
  ['? How many SES vacancies does the agency expect', typed('12')],
  ['? How many participants do you plan to select', typed('10')],
  ['? Does the program seek candidates from outside the agency?', ENTER],
  ['? How are candidates from outside the agency reached?', typed('Shared with the CHCO Council')],
  // Assessments
  ['? Which executive assessment do applicants complete', typed('Assessment center')],
  ['? Is that assessment validated?', ENTER],
  ['? When is it completed?', ENTER],
  ['? How are its results used in selection?', typed('The ERB ranks applicants with it')],
  ['? Which executive assessment do participants complete', typed('360-degree assessment')],
  ['? Is that assessment validated?', ENTER],
  ['? When in the cohort is it completed?', typed('Month four')],
  ['? How are its results used to adjust', typed('The EDP is revised')],
  // Cohort
  ['? Shortest a cohort lasts, in months', ENTER],
  ['? Longest a cohort lasts, in months', ENTER],
  ["? May a participant's cohort be extended", ENTER],
  // EDP
  ["? Do participants use OPM's standardized EDP template?", ENTER],
  ['? Is each EDP based on a competency-based needs determination?', ENTER],
  ["? How are each participant's development needs determined?", typed('Both assessments and a supervisor review')],
  ['? Does the ERB approve each EDP?', ENTER],
  ['? What does the EDP address?', ENTER],
  ['? Which Executive Core Qualifications', ENTER],
  // Formal training
  ['? Hours of formal training per participant', ENTER],
  ['? What kind of training experience is it?', ENTER],
  ['? Does it include interaction with senior employees', ENTER],
  ['? How do participants meet them?', ENTER],
  ['? Does the training address the Executive Core Qualifications?', ENTER],
  ['? Hours per required topic (7)', ENTER],
  ['? Add agency-specific training topics', ENTER],
  ['? Training provider', typed('OPM Federal Executive Institute')],
  ['? Training providers (1)', ENTER],
  // Developmental assignment
  ['? Shortest continuous full-time assignment', ENTER],
  ['? How many assignments does each participant serve?', ENTER],
  ['? Total assignment days over the cohort', ENTER],
  ['? Is the assignment full-time?', ENTER],
  ['? Is it outside, and substantially different from', ENTER],
  ['? Does it carry executive-level responsibility?', ENTER],
  ["? Does it differ from the participant's current and past assignments", ENTER],
  ['? Is every assignment one the participant can serve in compliance', ENTER],
  ['? Is the participant accountable for results', ENTER],
  ['? May an assignment be in a non-Federal organization?', ENTER],
  // Mentoring
  ['? Who may be a mentor?', ENTER],
  ['? Hours of mentor meetings during the cohort', ENTER],
  ['? How does the agency assess mentoring relationships', typed('Check-ins at months three and six')],
  // Coaching
  ['? Does each participant have a leadership or executive coach?', ENTER],
  ['? Are coaches certified by an accredited coaching organization?', ENTER],
  ['? Which accrediting organization?', typed('International Coaching Federation')],
  ['? Does the ERB determine that each coach is qualified?', ENTER],
  ['? Where do coaches come from?', ENTER],
  ['? Hours of coaching during the cohort', ENTER],
  ['? How does the agency assess coaching relationships', typed('Midpoint and final ratings')],
  // Progress, removal and graduation
  ['? How often is progress reviewed?', typed('Quarterly')],
  ['? Who conducts the reviews?', ENTER],
  ['? What does a review cover?', ENTER],
  ['? What happens when a participant does not make adequate progress?', typed('An improvement plan, then removal by the ERB')],
  ['? What must a participant complete to graduate?', typed('Every element of the EDP')],
  ['? Within how many calendar days of graduation', ENTER],
  // Evaluation and placement
  ['? Do participants and program managers complete an evaluation', ENTER],
  ['? Is the overall program evaluated every year?', ENTER],
  ['? Do the evaluations collect data to identify and implement program enhancements?', ENTER],
  ["? Do the evaluations use OPM's templates?", ENTER],
  ['? Does the agency track the initial SES placement rate', ENTER],
  ["? OPM's minimum placement rate", ENTER],
  ['? Record program changes made in response to evaluations?', ENTER],
  // Approval history
  ['? What are you submitting to OPM?', ENTER],
  // Cohorts
  ['? Record cohorts run or planned under this policy?', ENTER],
  // Records, contacts and signatory
  ['? How long are program records kept?', ENTER],
  ['? Where are they kept?', ENTER],
  ["? Contact's name", typed('Gregory Ashworth')],
  ['? Their role in the program', typed('Program manager')],
  ['? Their title', ENTER],
  ['? Their e-mail', typed('gregory.ashworth@dea.example.gov')],
  ['? Their phone', ENTER],
  ['? Program contacts (1)', ENTER],
  ["? The signing official's name", typed('Dana Whitfield')],
  ["? The signing official's title", typed('Chief Human Capital Officer')],
  ["? The signing official's e-mail", ENTER],
  ["? The signing official's phone", ENTER],
  // Review
  ['? Revisit a section before you finish?', ENTER],
];

/** Exactly what FULL_RUN answers, nothing more. */
export const FULL_RUN_PROGRAM: Program = {
  ruleset: 'nprm-2025',
  agency: {
    name: 'Department of Example Affairs',
    acronym: 'DEA',
    partners: [{ name: 'Department of Example Services', acronym: 'DES' }],
  },
  scope: {
    enterpriseWide: true,
    opmPolicyTemplate: true,
    subcomponents: [{ name: 'Bureau of Example Programs', acronym: 'BEP', coordinator: { name: 'Jordan Lee' } }],
    subcomponentsAdhere: true,
  },
  erb: {
    name: 'DEA Executive Resources Board',
    chair: { name: 'Pat Vandermeer', title: 'Deputy Secretary' },
    ensuresSubstantiveExperiences: true,
    oversees: ['recruitment', 'merit-staffing', 'assessment', 'development', 'evaluation', 'progress', 'graduation', 'qrb-submission', 'removal-policy'],
    responsibilities: [],
  },
  recruitment: {
    pool: 'civil-service',
    meritStaffing: true,
    announcement: 'On USAJOBS',
    expectedSesVacancies: 12,
    plannedCohortSize: 10,
    outsideAgencyCandidates: true,
    outreach: 'Shared with the CHCO Council',
  },
  assessments: {
    application: { instrument: 'Assessment center', validated: true, use: 'The ERB ranks applicants with it' },
    inProgram: { instrument: '360-degree assessment', validated: true, timing: 'Month four', use: 'The EDP is revised' },
  },
  cohort: { minMonths: 9, maxMonths: 12, extension: { allowed: false } },
  edp: {
    opmTemplate: true,
    competencyBased: true,
    needsDetermination: 'Both assessments and a supervisor review',
    erbApproval: true,
    addresses: ['ecqs', 'leadership-challenges', 'agency-functioning', 'outside-interaction', 'governmentwide-scope'],
    ecqSet: 'ecq-2025',
  },
  training: {
    totalHours: 100,
    format: 'interagency',
    seniorInteraction: true,
    addressesEcqs: true,
    agencyTopics: [],
    requiredTopics: [
      { topic: 'strategic-planning', hours: 15 },
      { topic: 'financial-management', hours: 15 },
      { topic: 'human-capital-management', hours: 14 },
      { topic: 'human-resource-management', hours: 14 },
      { topic: 'government-efficiency', hours: 14 },
      { topic: 'management-and-supervision', hours: 14 },
      { topic: 'accountability', hours: 14 },
    ],
    providers: ['OPM Federal Executive Institute'],
  },
  assignment: {
    minContinuousDays: 120,
    count: 1,
    fullTime: true,
    substantiallyDifferent: true,
    executiveLevel: true,
    differsFromPastAssignments: true,
    ethicsCompliance: true,
    accountableForResults: true,
    nonFederal: { allowed: false },
  },
  mentoring: { qualification: 'ses-member', minHours: 10, relationshipAssessment: 'Check-ins at months three and six' },
  coaching: {
    certified: true,
    accreditingOrganization: 'International Coaching Federation',
    erbDetermined: true,
    source: 'internal-or-external',
    minHours: 10,
    relationshipAssessment: 'Midpoint and final ratings',
  },
  progressReviews: { frequency: 'Quarterly' },
  removal: { policy: 'An improvement plan, then removal by the ERB' },
  graduation: { requirements: 'Every element of the EDP', qrbSubmissionDays: 80 },
  evaluation: { cohortEvaluations: true, annualEvaluation: true, enhancementData: true, opmTemplates: true, placementRateTracked: true, enhancements: [] },
  approval: { submissionType: 'initial' },
  cohorts: [],
  contacts: [{ name: 'Gregory Ashworth', role: 'Program manager', email: 'gregory.ashworth@dea.example.gov' }],
  signatory: { name: 'Dana Whitfield', title: 'Chief Human Capital Officer' },
};

function indexOf(question: string): number {
  const i = FULL_RUN.findIndex(([q]) => q === question);
  if (i < 0) throw new Error(`FULL_RUN has no step "${question}"`);
  return i;
}

/** The steps before the one that answers `question`. */
export function until(question: string): Step[] {
  return FULL_RUN.slice(0, indexOf(question));
}

/** The steps from the one that answers `question` to the end. */
export function from(question: string): Step[] {
  return FULL_RUN.slice(indexOf(question));
}

/** The steps strictly between two questions. */
export function between(first: string, last: string): Step[] {
  return FULL_RUN.slice(indexOf(first) + 1, indexOf(last));
}
