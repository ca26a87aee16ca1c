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
  { rule: 'policy-enterprise-wide', severity: 'error', citation: '5 CFR 412.301(b), (d)', fail: { 'scope.enterpriseWide': false } },
  {
    rule: 'subcomponents-adhere',
    severity: 'error',
    citation: '5 CFR 412.301(d)',
    fail: { 'scope.subcomponentsAdhere': false },
    pass: [{}, { 'scope.subcomponents': [], 'scope.subcomponentsAdhere': false }],
  },
  { rule: 'reapproval-current', severity: 'error', citation: '5 CFR 412.301(c)', fail: { 'approval.lastApprovalDate': '2023-01-10' } },
  { rule: 'reapproval-due-soon', severity: 'warning', citation: '5 CFR 412.301(c)', fail: { 'approval.lastApprovalDate': '2024-01-15' } },
  { rule: 'substantial-change-consult', severity: 'info', citation: '5 CFR 412.301(c)', fail: { 'approval.submissionType': 'change' } },
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
    rule: 'cohort-extension',
    severity: 'warning',
    citation: 'RIN 3206-AO89 preamble on 5 CFR 412.302(c)',
    fail: { 'cohort.extension.maxMonths': 18 },
    pass: [{}, { 'cohort.extension.allowed': false, 'cohort.extension.maxMonths': 18 }],
  },
  {
    rule: 'cohort-dates',
    severity: 'error',
    citation: '5 CFR 412.302(c)',
    fail: { cohorts: [{ id: 'SHORT', startDate: '2025-01-06', endDate: '2025-10-03' }] },
    pass: [{}, { cohorts: [{ id: 'NINE', startDate: '2025-01-06', endDate: '2025-10-06' }] }],
  },
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
    citation: '5 CFR 412.302(c)(2)',
    fail: { 'training.requiredTopics': [...compliantTopics.slice(0, 6), { topic: 'acountability', hours: 12 }] },
  },
  { rule: 'training-topic-hours-sum', severity: 'warning', citation: '5 CFR 412.302(c)(2)', fail: { 'training.agencyTopics': [{ name: 'Extra', hours: 20 }] } },
  { rule: 'training-format', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.format': 'agency-only' } },
  { rule: 'training-senior-interaction', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.seniorInteraction': false } },
  { rule: 'assignment-continuous-days', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.minContinuousDays': 119 } },
  { rule: 'assignment-full-time', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.fullTime': false } },
  { rule: 'assignment-substantially-different', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.substantiallyDifferent': false } },
  { rule: 'assignment-executive-level', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.executiveLevel': false } },
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
  { rule: 'reapproval-due-soon', severity: 'warning', citation: '5 CFR 412.301(b)', fail: {}, pass: [{ 'approval.lastApprovalDate': '2023-01-01' }] },
  { rule: 'substantial-change-consult', severity: 'info', citation: '5 CFR 412.301(b)', fail: { 'approval.submissionType': 'change' } },
  { rule: 'erb-named', severity: 'error', citation: '5 CFR 412.302(a)', fail: { 'erb.name': undefined } },
  { rule: 'recruitment-pool', severity: 'error', citation: '5 CFR 412.302(b)', fail: { 'recruitment.pool': undefined } },
  { rule: 'cohort-min-months', severity: 'error', citation: '5 CFR 412.302(c)', fail: { 'cohort.minMonths': 9 } },
  {
    rule: 'cohorts-within-approval',
    severity: 'error',
    citation: '5 CFR 412.301(b)',
    fail: { cohorts: [{ id: 'EARLY', startDate: '2011-09-01', endDate: '2012-09-30' }] },
    pass: [{}, { cohorts: [{ id: 'OK', startDate: '2023-09-01', endDate: '2024-12-31' }] }],
  },
  {
    rule: 'cohort-dates',
    severity: 'error',
    citation: '5 CFR 412.302(c)',
    fail: { cohorts: [{ id: 'SHORT', startDate: '2023-09-01', endDate: '2024-06-28' }] },
    pass: [{}, { cohorts: [{ id: 'LONG', startDate: '2023-09-01', endDate: '2025-02-28' }] }],
  },
  { rule: 'edp-needs-determination', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.needsDetermination': ' ' } },
  { rule: 'edp-erb-approval', severity: 'error', citation: '5 CFR 412.302(c)(1)', fail: { 'edp.erbApproval': false } },
  { rule: 'edp-ecq-set', severity: 'warning', citation: 'OPM memorandum of May 29, 2025', fail: {}, pass: [{ 'edp.ecqSet': 'ecq-2025' }] },
  { rule: 'training-hours', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.totalHours': 79 }, pass: [{}, { 'training.totalHours': 100 }] },
  { rule: 'training-format', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.format': 'multi-sector' } },
  { rule: 'training-addresses-ecqs', severity: 'error', citation: '5 CFR 412.302(c)(2)', fail: { 'training.addressesEcqs': false } },
  {
    rule: 'assignment-total-days',
    severity: 'error',
    citation: '5 CFR 412.302(c)(3)',
    fail: { 'assignment.minContinuousDays': 50 },
    pass: [{}, { 'assignment.totalDays': 130, 'assignment.minContinuousDays': 30 }],
  },
  { rule: 'assignment-substantially-different', severity: 'error', citation: '5 CFR 412.302(c)(3)', fail: { 'assignment.substantiallyDifferent': false } },
  { rule: 'mentor-qualification', severity: 'error', citation: '5 CFR 412.302(c)(4)', fail: { 'mentoring.qualification': 'erb-determined' } },
  { rule: 'evaluation-annual', severity: 'error', citation: '5 CFR 410.202', fail: { 'evaluation.annualEvaluation': false } },
];

function findingsFor(program: Program, rulesetId: string, ruleId: string) {
  return validateProgram(program, loadRuleset(rulesetId), { asOf: AS_OF }).filter((f) => f.ruleId === ruleId);
}

describe.each([
  { rulesetId: 'nprm-2025', cases: NPRM, base: example('compliant') },
  { rulesetId: 'cfr-2009', cases: CFR_2009, base: example('legacy') },
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
    expect(f!.message).toContain('not recorded');
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
    expect(validateProgram(legacy, loadRuleset('cfr-2009'), { asOf: '2027-03-15' }).some((x) => x.ruleId === 'reapproval-current')).toBe(true);
  });
});
