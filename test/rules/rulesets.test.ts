// Every rule of both rule sets, each with a failing and a passing program. Severity and citation
// are written out here on purpose: a change to either in the data must be a deliberate one.
import { describe, expect, it } from 'vitest';
import type { Program } from '../../src/model/program.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { validateProgram } from '../../src/rules/validate.js';
import { example, withValues } from '../support/programs.js';

const AS_OF = '2026-11-22';
type Changes = Record<string, unknown>;

interface Case {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  citation: string;
  fail: Changes;
  /** Programs on which the rule must stay silent; the untouched base program by default. */
  pass?: Changes[];
}

const compliantTopics = example('compliant').training!.requiredTopics!;

const NPRM: Case[] = [
  { rule: 'policy-answers', severity: 'error', citation: '5 CFR 412.301(b)', fail: { 'signatory.title': undefined } },
  { rule: 'policy-opm-template', severity: 'error', citation: '5 CFR 412.301(b)', fail: { 'scope.opmPolicyTemplate': undefined } },
  { rule: 'policy-enterprise-wide', severity: 'error', citation: '5 CFR 412.301(b), (d)', fail: { 'scope.enterpriseWide': false } },
  {
    rule: 'subcomponents-adhere',
    severity: 'error',
    citation: '5 CFR 412.301(d)',
    fail: { 'scope.subcomponentsAdhere': false },
    pass: [{}, { 'scope.subcomponents': [], 'scope.subcomponentsAdhere': false }],
  },
  { rule: 'reapproval-current', severity: 'error', citation: '5 CFR 412.301(c)', fail: { 'approval.lastApprovalDate': '2023-01-10' } },
  { rule: 'reapproval-due-soon', severity: 'warning', citation: 'sescdp consistency check', fail: { 'approval.lastApprovalDate': '2024-01-15' } },
  {
    rule: 'substantial-change-consult',
    severity: 'error',
    citation: '5 CFR 412.301(c)',
    fail: { 'approval.submissionType': 'change' },
    pass: [{}, { 'approval.submissionType': 'change', 'approval.opmConsultation': { date: '2026-09-14', summary: 'Shorter cohorts discussed with OPM' } }],
  },
  {
    rule: 'cohorts-within-approval',
    severity: 'error',
    citation: '5 CFR 412.301(c)',
    fail: { cohorts: [{ id: 'LATE', startDate: '2027-07-01', endDate: '2028-04-30' }] },
    pass: [
      {},
      // A first submission: no approval yet, and a cohort planned for after it.
      { 'approval.submissionType': 'initial', 'approval.initialApprovalDate': undefined, 'approval.lastApprovalDate': undefined, cohorts: [{ id: 'NEXT', startDate: '2027-03-01', endDate: '2027-12-17' }] },
    ],
  },
  { rule: 'erb-named', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'erb.name': '  ' } },
  { rule: 'erb-substantive-experiences', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'erb.ensuresSubstantiveExperiences': false } },
  { rule: 'erb-oversight', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'erb.oversees': ['recruitment', 'assessment'] } },
  { rule: 'merit-staffing', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'recruitment.meritStaffing': false } },
  { rule: 'removal-policy', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'removal.policy': undefined } },
  { rule: 'qrb-submission-days', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'graduation.qrbSubmissionDays': 81 }, pass: [{}, { 'graduation.qrbSubmissionDays': 30 }] },
  { rule: 'recruitment-pool', severity: 'error', citation: '5 CFR 412.302(b)(1)', fail: { 'recruitment.pool': undefined }, pass: [{}, { 'recruitment.pool': 'civil-service' }] },
  { rule: 'cohort-size-vacancies', severity: 'error', citation: '5 CFR 412.302(b)(2)', fail: { 'recruitment.expectedSesVacancies': undefined } },
  { rule: 'outside-candidates', severity: 'warning', citation: '5 CFR 412.302(b)(2)', fail: { 'recruitment.outsideAgencyCandidates': false } },
  { rule: 'application-assessment-validated', severity: 'error', citation: '5 CFR 412.302(b)(3)', fail: { 'assessments.application.validated': false } },
  { rule: 'application-assessment-used', severity: 'error', citation: '5 CFR 412.302(b)(3)', fail: { 'assessments.application.use': '' } },
  { rule: 'in-program-assessment-validated', severity: 'error', citation: '5 CFR 412.302(b)(3)', fail: { 'assessments.inProgram': undefined } },
  { rule: 'in-program-assessment-used', severity: 'error', citation: '5 CFR 412.302(b)(3)', fail: { 'assessments.inProgram.use': undefined } },
  { rule: 'cohort-min-months', severity: 'error', citation: '5 CFR 412.302(c)', fail: { 'cohort.minMonths': 8 } },
  { rule: 'cohort-max-months', severity: 'error', citation: '5 CFR 412.302(c)', fail: { 'cohort.maxMonths': 13 } },
  {
    rule: 'cohort-extension-limit',
    severity: 'error',
    citation: '5 CFR 412.302(c)',
    fail: { 'cohort.extension.maxMonths': 16 },
    pass: [{}, { 'cohort.extension.maxMonths': 15 }, { 'cohort.extension.allowed': false, 'cohort.extension.maxMonths': 18 }],
  },
  {
    rule: 'cohort-extension',
    severity: 'warning',
    citation: 'Preamble to RIN 3206-AO89 on 5 CFR 412.302, not rule text',
    fail: { 'cohort.extension.maxMonths': 15 },
    pass: [{ 'cohort.extension.allowed': false }, { cohort: { minMonths: 9, maxMonths: 12 } }],
  },
  {
    rule: 'cohort-dates',
    severity: 'error',
    citation: '5 CFR 412.302(c)',
    fail: { cohorts: [{ id: 'SHORT', startDate: '2025-01-06', endDate: '2025-10-03' }] },
    pass: [{}, { cohorts: [{ id: 'NINE', startDate: '2025-01-06', endDate: '2025-10-05' }] }],
  },
  { rule: 'graduation-requirements', severity: 'error', citation: '5 CFR 412.302(c)', fail: { 'graduation.requirements': undefined } },
  { rule: 'edp-opm-template', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.opmTemplate': false } },
  { rule: 'edp-competency-based', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.competencyBased': false } },
  { rule: 'edp-needs-determination', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.needsDetermination': undefined } },
  { rule: 'edp-erb-approval', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.erbApproval': false } },
  {
    rule: 'edp-elements',
    severity: 'error',
    citation: '5 CFR 412.302(c)(1)(i)-(v)',
    fail: { 'edp.addresses': ['ecqs', 'leadership-challenges', 'agency-functioning', 'outside-interaction'] },
  },
  { rule: 'edp-ecq-set', severity: 'warning', citation: '5 CFR 412.302(c)(1)(i); OPM memorandum of May 29, 2025', fail: { 'edp.ecqSet': 'ecq-legacy' } },
  { rule: 'training-hours', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.totalHours': 99 } },
  {
    rule: 'training-required-topics',
    severity: 'error',
    citation: '5 CFR 412.302(c)(2)',
    fail: { 'training.requiredTopics': compliantTopics.map((t) => (t.topic === 'accountability' ? { ...t, hours: 0 } : t)) },
  },
  {
    rule: 'training-topic-known',
    severity: 'warning',
    citation: 'sescdp consistency check',
    fail: { 'training.requiredTopics': [...compliantTopics.slice(0, 6), { topic: 'acountability', hours: 12 }] },
  },
  { rule: 'training-topic-hours-sum', severity: 'warning', citation: 'sescdp consistency check', fail: { 'training.agencyTopics': [{ name: 'Extra', hours: 20 }] } },
  { rule: 'training-format', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.format': 'agency-only' } },
  { rule: 'training-senior-interaction', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.seniorInteraction': false } },
  { rule: 'assignment-continuous-days', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.minContinuousDays': 119 } },
  { rule: 'assignment-full-time', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.fullTime': false } },
  { rule: 'assignment-substantially-different', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.substantiallyDifferent': false } },
  { rule: 'assignment-executive-level', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.executiveLevel': false } },
  { rule: 'assignment-broadens', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.differsFromPastAssignments': false } },
  { rule: 'assignment-law-and-ethics', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.ethicsCompliance': undefined } },
  { rule: 'assignment-accountable', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.accountableForResults': undefined } },
  {
    rule: 'assignment-non-federal-documentation',
    severity: 'error',
    citation: '5 CFR 412.302(c)(3)',
    fail: { 'assignment.nonFederal.documentation': undefined },
    pass: [{}, { 'assignment.nonFederal': { allowed: false } }],
  },
  {
    rule: 'assignment-non-federal-determination',
    severity: 'error',
    citation: '5 CFR 412.302(c)(3)',
    fail: { 'assignment.nonFederal.erbDetermination': false },
    pass: [{}, { 'assignment.nonFederal': { allowed: false } }],
  },
  { rule: 'mentor-qualification', severity: 'error', citation: '5 CFR 412.302(c)(4)', fail: { 'mentoring.qualification': undefined } },
  { rule: 'mentoring-hours', severity: 'error', citation: '5 CFR 412.302(c)(4)', fail: { 'mentoring.minHours': 9 } },
  { rule: 'mentoring-assessed', severity: 'warning', citation: '5 CFR 412.302(c)(4)', fail: { 'mentoring.relationshipAssessment': undefined } },
  { rule: 'coach-certified', severity: 'error', citation: '5 CFR 412.302(c)(5)', fail: { 'coaching.certified': false } },
  { rule: 'coach-erb-determined', severity: 'error', citation: '5 CFR 412.302(c)(5)', fail: { 'coaching.erbDetermined': false } },
  { rule: 'coaching-hours', severity: 'error', citation: '5 CFR 412.302(c)(5)', fail: { 'coaching.minHours': 9.5 } },
  { rule: 'coaching-assessed', severity: 'error', citation: '5 CFR 412.302(c)(5)', fail: { 'coaching.relationshipAssessment': undefined } },
  { rule: 'evaluation-cohort', severity: 'error', citation: '5 CFR 412.303(a)(1)', fail: { 'evaluation.cohortEvaluations': false } },
  { rule: 'evaluation-annual', severity: 'error', citation: '5 CFR 412.303(a)(2); 5 CFR 410.202', fail: { 'evaluation.annualEvaluation': false } },
  { rule: 'evaluation-enhancement-data', severity: 'error', citation: '5 CFR 412.303(a)(3)', fail: { 'evaluation.enhancementData': false } },
  { rule: 'evaluation-opm-templates', severity: 'error', citation: '5 CFR 412.303(a)', fail: { 'evaluation.opmTemplates': undefined } },
  { rule: 'placement-tracked', severity: 'error', citation: '5 CFR 412.303(b)', fail: { 'evaluation.placementRateTracked': false } },
  {
    rule: 'placement-rate-minimum',
    severity: 'error',
    citation: '5 CFR 412.303(b)',
    // The example's rate is 9 of 16 certified graduates placed: 56.3%.
    fail: { 'evaluation.opmMinimumPlacementRate': 60 },
    pass: [{ 'evaluation.opmMinimumPlacementRate': 50 }, { 'evaluation.opmMinimumPlacementRate': 60, 'approval.submissionType': 'initial' }],
  },
];

const CFR_2009: Case[] = [
  { rule: 'policy-answers', severity: 'error', citation: '5 CFR 412.301(b)', fail: { 'signatory.name': undefined } },
  { rule: 'reapproval-current', severity: 'error', citation: '5 CFR 412.301(b)', fail: { 'approval.lastApprovalDate': '2021-11-01' } },
  // The legacy example is due on March 15, 2027, inside the warning window, so its base program fails.
  { rule: 'reapproval-due-soon', severity: 'warning', citation: 'sescdp consistency check', fail: {}, pass: [{ 'approval.lastApprovalDate': '2023-01-01' }] },
  {
    rule: 'substantial-change-consult',
    severity: 'error',
    citation: '5 CFR 412.301(b)',
    fail: { 'approval.submissionType': 'change', 'approval.opmConsultation': { date: '2026-10-01' } },
    pass: [{}, { 'approval.submissionType': 'change', 'approval.opmConsultation': { date: '2026-10-01', summary: 'Two shorter assignments discussed' } }],
  },
  {
    rule: 'cohorts-within-approval',
    severity: 'error',
    citation: '5 CFR 412.301(b)',
    fail: { cohorts: [{ id: 'EARLY', startDate: '2011-09-01', endDate: '2012-09-30' }] },
    pass: [{}, { cohorts: [{ id: 'OK', startDate: '2023-09-01', endDate: '2024-12-31' }] }],
  },
  { rule: 'erb-named', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'erb.name': undefined } },
  { rule: 'erb-oversight', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'erb.oversees': ['recruitment'] } },
  { rule: 'merit-staffing', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'recruitment.meritStaffing': false } },
  { rule: 'recruitment-pool', severity: 'error', citation: '5 CFR 412.302(b)', fail: { 'recruitment.pool': undefined } },
  { rule: 'cohort-size-vacancies', severity: 'error', citation: '5 CFR 412.302(b)', fail: { 'recruitment.expectedSesVacancies': undefined } },
  { rule: 'cohort-min-months', severity: 'error', citation: '5 CFR 412.302(c)', fail: { 'cohort.minMonths': 9 } },
  {
    rule: 'cohort-dates',
    severity: 'error',
    citation: '5 CFR 412.302(c)',
    fail: { cohorts: [{ id: 'SHORT', startDate: '2023-09-01', endDate: '2024-08-30' }] },
    pass: [{}, { cohorts: [{ id: 'TWELVE', startDate: '2023-09-01', endDate: '2024-08-31' }] }, { cohorts: [{ id: 'LONG', startDate: '2023-09-01', endDate: '2025-08-31' }] }],
  },
  { rule: 'graduation-requirements', severity: 'error', citation: '5 CFR 412.302(c)', fail: { 'graduation.requirements': ' ' } },
  { rule: 'edp-competency-based', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.competencyBased': false } },
  { rule: 'edp-needs-determination', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.needsDetermination': ' ' } },
  { rule: 'edp-erb-approval', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.erbApproval': false } },
  { rule: 'edp-elements', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.addresses': ['ecqs'] } },
  { rule: 'edp-ecq-set', severity: 'warning', citation: 'OPM memorandum of May 29, 2025', fail: {}, pass: [{ 'edp.ecqSet': 'ecq-2025' }] },
  { rule: 'training-hours', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.totalHours': 79 }, pass: [{}, { 'training.totalHours': 100 }] },
  {
    rule: 'training-format',
    severity: 'error',
    citation: '5 CFR 412.302(c)(2)',
    fail: { 'training.format': 'agency-only' },
    pass: [{}, { 'training.format': 'multi-sector' }],
  },
  { rule: 'training-addresses-ecqs', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.addressesEcqs': false } },
  { rule: 'training-senior-interaction', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.seniorInteraction': undefined } },
  {
    rule: 'assignment-total-days',
    severity: 'error',
    citation: '5 CFR 412.302(c)(3)',
    fail: { 'assignment.minContinuousDays': 59 },
    pass: [{}, { 'assignment.totalDays': 130, 'assignment.minContinuousDays': 30 }, { 'assignment.count': 1, 'assignment.minContinuousDays': 120 }],
  },
  { rule: 'assignment-substantially-different', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.substantiallyDifferent': false } },
  { rule: 'assignment-executive-level', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.executiveLevel': false } },
  { rule: 'assignment-broadens', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.differsFromPastAssignments': undefined } },
  {
    rule: 'assignment-non-federal-documentation',
    severity: 'error',
    citation: '5 CFR 412.302(c)(3)',
    fail: { 'assignment.nonFederal': { allowed: true, erbDetermination: true } },
  },
  {
    rule: 'assignment-non-federal-determination',
    severity: 'error',
    citation: '5 CFR 412.302(c)(3)',
    fail: { 'assignment.nonFederal': { allowed: true, documentation: 'A host report the ERB reviews' } },
  },
  { rule: 'mentor-qualification', severity: 'error', citation: '5 CFR 412.302(c)(4)', fail: { 'mentoring.qualification': 'erb-determined' } },
  { rule: 'mentoring-assessed', severity: 'warning', citation: '5 CFR 412.302(c)(4)', fail: { 'mentoring.relationshipAssessment': undefined } },
  { rule: 'evaluation-annual', severity: 'error', citation: '5 CFR 410.202', fail: { 'evaluation.annualEvaluation': false } },
];

/** sescdp's own checks of what people type, the same under both rule sets. */
const TYPING_RULES: Case[] = [
  { rule: 'email-format', severity: 'warning', citation: 'sescdp consistency check', fail: { 'signatory.email': 'dana.whitfield(at)dfi.example.gov' } },
  { rule: 'phone-format', severity: 'warning', citation: 'sescdp consistency check', fail: { 'signatory.phone': 'ask the front desk' } },
  { rule: 'unique-partner-names', severity: 'error', citation: 'sescdp consistency check', fail: { 'agency.partners': [{ name: 'Dept A' }, { name: 'dept a' }] } },
  { rule: 'unique-partner-acronyms', severity: 'error', citation: 'sescdp consistency check', fail: { 'agency.partners': [{ name: 'A', acronym: 'DA' }, { name: 'B', acronym: 'DA' }] } },
  { rule: 'unique-subcomponent-names', severity: 'error', citation: 'sescdp consistency check', fail: { 'scope.subcomponents': [{ name: 'Bureau X', acronym: 'BX' }, { name: 'Bureau X', acronym: 'BY' }] } },
  { rule: 'unique-subcomponent-acronyms', severity: 'error', citation: 'sescdp consistency check', fail: { 'scope.subcomponents': [{ name: 'Bureau X', acronym: 'BX' }, { name: 'Bureau Y', acronym: 'BX' }] } },
  { rule: 'unique-required-topics', severity: 'error', citation: 'sescdp consistency check', fail: { 'training.requiredTopics': [{ topic: 'accountability', hours: 1 }, { topic: 'accountability', hours: 1 }] } },
  { rule: 'unique-agency-topics', severity: 'error', citation: 'sescdp consistency check', fail: { 'training.agencyTopics': [{ name: 'Ports', hours: 1 }, { name: 'Ports', hours: 1 }] } },
  { rule: 'unique-providers', severity: 'error', citation: 'sescdp consistency check', fail: { 'training.providers': ['OPM FEI', 'OPM  FEI'] } },
  { rule: 'unique-contacts', severity: 'error', citation: 'sescdp consistency check', fail: { contacts: [{ name: 'Ann Lee' }, { name: 'Ann Lee' }] } },
  { rule: 'unique-cohorts', severity: 'error', citation: 'sescdp consistency check', fail: { cohorts: [{ id: 'C-1' }, { id: 'C-1' }] } },
];

function findingsFor(program: Program, rulesetId: string, ruleId: string) {
  return validateProgram(program, loadRuleset(rulesetId), { asOf: AS_OF }).filter((f) => f.ruleId === ruleId);
}

describe.each([
  { rulesetId: 'nprm-2025', cases: [...NPRM, ...TYPING_RULES], base: example('compliant') },
  { rulesetId: 'cfr-2009', cases: [...CFR_2009, ...TYPING_RULES], base: example('legacy') },
])('$rulesetId', ({ rulesetId, cases, base }) => {
  it('has a test case for every rule, and none for a rule it lacks', () => {
    const ids = loadRuleset(rulesetId).rules.map((r) => r.id);
    expect(cases.map((c) => c.rule).sort()).toEqual([...new Set(ids)].sort());
  });

  it.each(cases)('$rule fails a program that breaks it', (c) => {
    const found = findingsFor(withValues(base, c.fail), rulesetId, c.rule);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f).toMatchObject({ ruleId: c.rule, severity: c.severity, citation: c.citation });
      expect(f.message).not.toMatch(/\{\w+\}/); // every placeholder filled
    }
  });

  it.each(cases)('$rule passes a program that meets it', (c) => {
    for (const changes of c.pass ?? [{}]) {
      expect(findingsFor(withValues(base, changes), rulesetId, c.rule)).toEqual([]);
    }
  });
});

describe('findings carry the facts', () => {
  it('states the requirement and what the program says', () => {
    const [f] = findingsFor(withValues(example('compliant'), { 'training.totalHours': 80 }), 'nprm-2025', 'training-hours');
    expect(f!.message).toBe('Formal training must last at least 100 hours; the program plans 80 hours.');
    expect(f!.path).toBe('training.totalHours');
  });

  it('names each missing required topic', () => {
    const topics = compliantTopics.filter((t) => t.topic !== 'accountability' && t.topic !== 'strategic-planning');
    const [f] = findingsFor(withValues(example('compliant'), { 'training.requiredTopics': topics }), 'nprm-2025', 'training-required-topics');
    expect(f!.message).toContain('not covered: Strategic planning, Accountability');
  });

  it('points a missing answer at its own path, one finding each', () => {
    const program = withValues(example('compliant'), { 'signatory.title': undefined, 'agency.acronym': '' });
    const found = findingsFor(program, 'nprm-2025', 'policy-answers');
    expect(found.map((f) => f.path).sort()).toEqual(['agency.acronym', 'signatory.title']);
  });

  it('reports an unknown OPM minimum placement rate as a note, never as a pass or a breach', () => {
    const [f] = findingsFor(example('compliant'), 'nprm-2025', 'placement-rate-minimum');
    expect(f!.severity).toBe('info');
    expect(f!.message).toContain('56.3% (9 of 16 QRB-certified graduates placed)');
    expect(f!.message).toContain('OPM has not yet set its minimum placement rate');
    expect(f!.message).not.toContain('opmMinimumPlacementRate');
  });

  it('flags a cohort that began before any approval, but not one planned for after a first approval', () => {
    const first = { 'approval.submissionType': 'initial', 'approval.initialApprovalDate': undefined, 'approval.lastApprovalDate': undefined };
    const begun = withValues(example('compliant'), { ...first, cohorts: [{ id: 'EARLY', startDate: '2026-01-05', endDate: '2026-11-20' }] });
    const [f] = findingsFor(begun, 'nprm-2025', 'cohorts-within-approval');
    expect(f!.message).toContain('cohort EARLY starts January 5, 2026, but the program has no OPM approval date');
    expect(f!.path).toBe('cohorts[0].startDate');
  });

  it('counts the re-approval deadline from the last approval and the as-of date', () => {
    const legacy = example('legacy');
    const [f] = validateProgram(legacy, loadRuleset('nprm-2025'), { asOf: AS_OF }).filter((x) => x.ruleId === 'reapproval-current');
    expect(f!.message).toContain('re-approval was due March 15, 2025');
    expect(validateProgram(legacy, loadRuleset('cfr-2009'), { asOf: AS_OF }).some((x) => x.ruleId === 'reapproval-current')).toBe(false);
    // Due on the anniversary itself, overdue from the day after.
    expect(validateProgram(legacy, loadRuleset('cfr-2009'), { asOf: '2027-03-15' }).some((x) => x.ruleId === 'reapproval-current')).toBe(false);
    expect(validateProgram(legacy, loadRuleset('cfr-2009'), { asOf: '2027-03-16' }).some((x) => x.ruleId === 'reapproval-current')).toBe(true);
  });
});

describe('dates are counted as the rule data says, at both ends', () => {
  const cohort = (startDate: string, endDate: string) => withValues(example('compliant'), { cohorts: [{ id: 'C', startDate, endDate }] });
  const lengthFindings = (start: string, end: string) => findingsFor(cohort(start, end), 'nprm-2025', 'cohort-dates');

  it('states how months, days and anniversaries are counted in each rule set', () => {
    for (const id of ['nprm-2025', 'cfr-2009']) {
      const { counting } = loadRuleset(id);
      expect(counting.months).toMatch(/both ends counted/);
      expect(counting.days).toMatch(/first and last day both counted/);
      expect(counting.anniversaries).toMatch(/overdue/);
    }
  });

  it('passes 9 and 12 calendar months exactly, and fails a day less or a day more', () => {
    expect(lengthFindings('2027-01-11', '2027-10-10')).toEqual([]); // 9 months
    expect(lengthFindings('2027-01-11', '2028-01-10')).toEqual([]); // 12 months
    const [short] = lengthFindings('2027-01-11', '2027-10-09');
    expect(short!.message).toContain('runs January 11, 2027 to October 9, 2027: 8 months and 29 days');
    const [long] = lengthFindings('2027-01-11', '2028-01-11');
    expect(long!.message).toContain('runs January 11, 2027 to January 11, 2028: 12 months and 1 day');
    expect(long!.path).toBe('cohorts[0].endDate');
  });

  it('counts from a month end and across a leap day', () => {
    expect(lengthFindings('2027-01-31', '2027-10-30')).toEqual([]);
    expect(lengthFindings('2027-01-31', '2027-10-29')).toHaveLength(1);
    expect(lengthFindings('2027-05-31', '2028-02-29')).toEqual([]); // 9 months, ending on a leap day
    expect(lengthFindings('2027-05-31', '2028-02-28')).toHaveLength(1);
    expect(lengthFindings('2028-02-29', '2029-02-28')).toEqual([]); // 12 months from a leap day
    expect(lengthFindings('2028-02-29', '2029-03-01')).toHaveLength(1);
  });

  it('applies the 2009 minimum the same way', () => {
    const legacy = (endDate: string) => withValues(example('legacy'), { cohorts: [{ id: 'P', startDate: '2023-01-09', endDate }] });
    expect(findingsFor(legacy('2024-01-08'), 'cfr-2009', 'cohort-dates')).toEqual([]);
    expect(findingsFor(legacy('2024-01-07'), 'cfr-2009', 'cohort-dates')).toHaveLength(1);
  });

  it('makes re-approval due on the anniversary and overdue from the day after', () => {
    const dfi = example('compliant'); // last approved June 10, 2024: due June 10, 2027
    const at = (asOf: string) => validateProgram(dfi, loadRuleset('nprm-2025'), { asOf });
    expect(at('2027-06-10').filter((f) => f.ruleId === 'reapproval-current')).toEqual([]);
    expect(at('2027-06-10').find((f) => f.ruleId === 'reapproval-due-soon')!.message).toContain('due today, June 10, 2027');
    const [overdue] = at('2027-06-11').filter((f) => f.ruleId === 'reapproval-current');
    expect(overdue!.message).toContain('re-approval was due June 10, 2027 (1 day before June 11, 2027)');
    expect(at('2027-06-11').filter((f) => f.ruleId === 'reapproval-due-soon')).toEqual([]);
  });

  it('lets a cohort begin on the day re-approval falls due, not the day after', () => {
    const starting = (startDate: string) => withValues(example('compliant'), { cohorts: [{ id: 'N', startDate, endDate: '2028-03-31' }] });
    expect(findingsFor(starting('2027-06-10'), 'nprm-2025', 'cohorts-within-approval')).toEqual([]);
    const [late] = findingsFor(starting('2027-06-11'), 'nprm-2025', 'cohorts-within-approval');
    expect(late!.message).toContain('cohort N starts June 11, 2027, after re-approval fell due on June 10, 2027');
  });
});

describe('the proposed text, as written', () => {
  it('makes a change without a recorded consultation with OPM an error, naming what is missing', () => {
    const change = withValues(example('compliant'), { 'approval.submissionType': 'change', 'approval.opmConsultation': { date: '2026-09-14' } });
    const found = findingsFor(change, 'nprm-2025', 'substantial-change-consult');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', citation: '5 CFR 412.301(c)', path: 'approval.opmConsultation.summary' });
    expect(found[0]!.message).toContain('must consult OPM before implementing');
  });

  it('caps a cohort at 12 months in the rule text and treats 15 as OPM\'s exception, cited as the preamble', () => {
    const ext = (maxMonths: number) => validateProgram(withValues(example('compliant'), { 'cohort.extension.maxMonths': maxMonths }), loadRuleset('nprm-2025'), { asOf: AS_OF });
    const sixteen = ext(16);
    expect(sixteen.find((f) => f.ruleId === 'cohort-extension-limit')).toMatchObject({ severity: 'error', citation: '5 CFR 412.302(c)' });
    const fifteen = ext(15);
    expect(fifteen.filter((f) => f.severity === 'error')).toEqual([]);
    const [warning] = fifteen.filter((f) => f.ruleId === 'cohort-extension');
    expect(warning).toMatchObject({ severity: 'warning', citation: 'Preamble to RIN 3206-AO89 on 5 CFR 412.302, not rule text' });
    expect(warning!.message).toContain('may only ask OPM');
  });

  it('says "at least one more" assessment, not a fixed number', () => {
    const [f] = findingsFor(withValues(example('compliant'), { 'assessments.inProgram.validated': false }), 'nprm-2025', 'in-program-assessment-validated');
    expect(f!.message).toContain('at least one more validated executive assessment during the cohort (2 or more in all)');
  });

  it('never presents a sescdp consistency check or a preamble statement as rule text', () => {
    for (const id of ['nprm-2025', 'cfr-2009']) {
      for (const rule of loadRuleset(id).rules) {
        if (rule.basis === 'tool') expect(rule.citation).toBe('sescdp consistency check');
        else if (rule.basis === 'preamble') expect(rule.citation).toMatch(/^Preamble .*, not rule text$/);
        else expect(rule.citation).toMatch(/^(5 CFR \d|OPM memorandum)/);
      }
    }
    const tools = loadRuleset('nprm-2025').rules.filter((r) => r.basis === 'tool').map((r) => r.id);
    expect(tools.sort()).toEqual(['email-format', 'phone-format', 'reapproval-due-soon', 'training-topic-hours-sum', 'training-topic-known', ...TYPING_RULES.map((c) => c.rule).filter((r) => r.startsWith('unique-'))].sort());
  });
});

describe('the 2009 rule set speaks only of the 2009 rule', () => {
  const rs = loadRuleset('cfr-2009');

  it('cites no paragraph the 2009 rule lacks and asks for nothing only the proposal asks for', () => {
    const text = JSON.stringify(rs.rules) + JSON.stringify(rs.parameters);
    expect(text).not.toMatch(/412\.303|412\.301\([cd]\)|412\.302\(b\)\(\d\)|412\.302\(c\)\(5\)/);
    const proposedOnly = ['policy-opm-template', 'policy-enterprise-wide', 'subcomponents-adhere', 'application-assessment-validated', 'in-program-assessment-validated', 'edp-opm-template', 'training-required-topics', 'assignment-continuous-days', 'assignment-accountable', 'assignment-full-time', 'coach-certified', 'coaching-hours', 'mentoring-hours', 'qrb-submission-days', 'removal-policy', 'cohort-max-months', 'evaluation-cohort', 'placement-tracked'];
    expect(rs.rules.map((r) => r.id).filter((id) => proposedOnly.includes(id))).toEqual([]);
    expect(Object.keys(rs.parameters)).not.toContain('cohortExtensionMaxMonths');
    expect(Object.keys(rs.parameters)).not.toContain('validatedAssessments');
  });

  it('asks for OPM to be consulted on a change, not for its approval', () => {
    const consult = rs.rules.find((r) => r.id === 'substantial-change-consult')!;
    expect(consult.requirement).toBe('OPM consulted before a substantial change is implemented');
    expect(consult.message).not.toMatch(/OPM approv|needs OPM|approval before/);
  });

  it('says how it reads the unclear 4 months of assignments', () => {
    expect(rs.parameters.assignmentMinTotalDays!.note).toMatch(/may be served in more than one assignment/);
    expect(rs.parameters.assignmentMinTotalMonths!.value).toBe(4);
  });

  it('passes the legacy example, which the proposed rule still fails', () => {
    const legacy = example('legacy');
    expect(validateProgram(legacy, rs, { asOf: AS_OF }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(validateProgram(legacy, loadRuleset('nprm-2025'), { asOf: AS_OF }).filter((f) => f.severity === 'error').length).toBeGreaterThan(20);
  });
});
