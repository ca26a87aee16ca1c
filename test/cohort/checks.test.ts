// Cohort checks: the cohort against the umbrella policy, each participant's plan against the rule set.
// Each finding must name the participant and point at the YAML path or the roster row.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCohort } from '../../src/cohort/checks.js';
import { loadCohort } from '../../src/cohort/load.js';
import { ROSTER_COLUMNS } from '../../src/cohort/roster.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { EXAMPLES } from '../support/programs.js';

const AS_OF = '2026-11-22';
const dir = mkdtempSync(join(tmpdir(), 'sescdp-cohort-'));
let n = 0;

interface Plan {
  start?: string;
  end?: string;
  subcomponent?: string;
  hours?: number[];
  topics?: string[][];
  assignment?: [string, string];
  mentorHours?: number;
  coach?: string;
  coachHours?: number;
  application?: string;
  inProgram?: string;
}

const ALL_TOPICS = [
  ['strategic-planning', 'financial-management'],
  ['human-capital-management', 'human-resource-management'],
  ['government-efficiency', 'management-and-supervision', 'accountability', 'Infrastructure project delivery and risk'],
];

/** A cohort file with one participant planned in YAML; line numbers are fixed by this layout. */
function cohortFile(plan: Plan = {}, roster?: string): string {
  const hours = plan.hours ?? [40, 30, 30];
  const topics = plan.topics ?? ALL_TOPICS;
  const [aStart, aEnd] = plan.assignment ?? ['2027-03-01', '2027-06-28'];
  const yaml = [
    'id: TEST-1', //                                                     line 1
    `subcomponent: ${plan.subcomponent ?? 'BWS'}`, //                    2
    `program: ${EXAMPLES.compliant}`, //                                 3
    `startDate: ${plan.start ?? '2027-01-04'}`, //                       4
    `endDate: ${plan.end ?? '2027-10-29'}`, //                           5
    ...(roster ? [`roster: ${roster}`] : ['roster: null'].filter(() => false)),
    'participants:', //                                                  6 (7 with a roster)
    '  - name: Jordan Example', //                                       7
    '    mentor:', //                                                    8
    `      name: Mentor One`, //                                         9
    `      hours: ${plan.mentorHours ?? 10}`, //                         10
    '    coach:', //                                                     11
    `      name: Coach One`, //                                          12
    `      certification: ${plan.coach ?? 'ICF PCC'}`, //                13
    `      hours: ${plan.coachHours ?? 10}`, //                          14
    '    assessments:', //                                               15
    `      application: { date: ${plan.application ?? '2026-11-01'} }`, // 16
    `      inProgram: { date: ${plan.inProgram ?? '2027-05-01'} }`, //   17
    '    training:', //                                                  18
    ...hours.map((h, i) => `      - { course: Course ${i + 1}, hours: ${h}, topics: [${(topics[i] ?? []).join(', ')}] }`),
    '    assignments:',
    `      - { organization: Host Agency, startDate: ${aStart}, endDate: ${aEnd} }`,
  ].join('\n');
  const file = join(dir, `cohort-${++n}.yaml`);
  writeFileSync(file, `${yaml}\n`);
  return file;
}

function check(file: string, ruleset = 'nprm-2025') {
  return checkCohort(loadCohort(file), loadRuleset(ruleset), AS_OF);
}

describe('a cohort that meets every requirement', () => {
  it('has no findings', () => {
    expect(check(cohortFile())).toEqual([]);
  });

  it('the shipped example cohort has none either', () => {
    expect(check(join(EXAMPLES.compliant, '..', 'cohort-bhb-2027.yaml'))).toEqual([]);
  });

  it('a plan with no course on the policy\'s agency topic', () => {
    const findings = check(cohortFile({ topics: [ALL_TOPICS[0]!, ALL_TOPICS[1]!, ['government-efficiency', 'management-and-supervision', 'accountability']] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'participant-agency-topics', severity: 'warning', path: 'participants[0].training' });
    expect(findings[0]!.message).toContain('no planned course lists the policy\'s agency topic "Infrastructure project delivery and risk"');
  });
});

describe('the cohort against the umbrella policy', () => {
  it('refuses a subcomponent the policy does not authorize', () => {
    const [f] = check(cohortFile({ subcomponent: 'BXX' }));
    expect(f).toMatchObject({ ruleId: 'cohort-subcomponent', citation: '5 CFR 412.301(d)', participant: null, path: 'subcomponent', line: 2 });
    expect(f!.message).toContain('"BXX" is not one of the subcomponents the policy authorizes (BHB, BWS)');
  });

  it('refuses a cohort shorter than 9 months', () => {
    const [f] = check(cohortFile({ end: '2027-09-30' }));
    expect(f).toMatchObject({ ruleId: 'cohort-dates', citation: '5 CFR 412.302(c)', path: 'endDate', line: 5 });
  });

  it('refuses a cohort longer than 12 months', () => {
    const [f] = check(cohortFile({ end: '2028-01-05' }));
    expect(f).toMatchObject({ ruleId: 'cohort-dates', path: 'endDate', line: 5 });
  });

  it('refuses a cohort that starts after re-approval is due', () => {
    // The example's last approval was June 10, 2024: re-approval is due June 10, 2027.
    const findings = check(cohortFile({ start: '2027-06-14', end: '2028-03-31', application: '2027-05-01', inProgram: '2027-09-01', assignment: ['2027-07-01', '2027-11-30'] }));
    expect(findings.map((f) => f.ruleId)).toEqual(['cohorts-within-approval']);
    expect(findings[0]).toMatchObject({ citation: '5 CFR 412.301(c)', path: 'startDate', line: 4 });
  });
});

describe("each participant's plan", () => {
  const one = (plan: Plan) => {
    const findings = check(cohortFile(plan));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.participant).toBe('Jordan Example');
    expect(findings[0]!.message.startsWith('Jordan Example: ')).toBe(true);
    return findings[0]!;
  };

  it('training under 100 hours', () => {
    expect(one({ hours: [40, 30, 29] })).toMatchObject({ ruleId: 'participant-training-hours', citation: '5 CFR 412.302(c)(2)', path: 'participants[0].training', line: 19 }); // the list starts on the line after `training:`
  });

  it('a required topic no course covers', () => {
    const f = one({ topics: [ALL_TOPICS[0]!, ALL_TOPICS[1]!, ['government-efficiency', 'management-and-supervision', 'Infrastructure project delivery and risk']] });
    expect(f).toMatchObject({ ruleId: 'participant-training-topics', path: 'participants[0].training' });
    expect(f.message).toContain('no planned course covers accountability');
  });

  it('an assignment shorter than 120 continuous days', () => {
    const f = one({ assignment: ['2027-03-01', '2027-06-27'] }); // 119 days, start and end counted
    expect(f).toMatchObject({ ruleId: 'participant-assignment', citation: '5 CFR 412.302(c)(3)', path: 'participants[0].assignments' });
    expect(f.message).toContain('lasts 119 continuous days; at least 120 continuous days are required');
  });

  it('an assignment outside the cohort window', () => {
    const f = one({ assignment: ['2026-12-01', '2027-04-30'] });
    expect(f.message).toContain('does not fall inside the cohort');
  });

  it('mentoring under 10 hours', () => {
    expect(one({ mentorHours: 8 })).toMatchObject({ ruleId: 'participant-mentor', citation: '5 CFR 412.302(c)(4)', path: 'participants[0].mentor.hours', line: 10 });
  });

  it('coaching under 10 hours', () => {
    expect(one({ coachHours: 9 })).toMatchObject({ ruleId: 'participant-coach', citation: '5 CFR 412.302(c)(5)', path: 'participants[0].coach.hours', line: 14 });
  });

  it('a coach with no certification', () => {
    expect(one({ coach: '""' })).toMatchObject({ ruleId: 'participant-coach', path: 'participants[0].coach.certification', line: 13 });
  });

  it('an application assessment on or after the start', () => {
    const f = one({ application: '2027-01-04' });
    expect(f).toMatchObject({ ruleId: 'participant-assessments', citation: '5 CFR 412.302(b)(3)', path: 'participants[0].assessments.application', line: 16 });
  });

  it('an in-program assessment outside the cohort', () => {
    expect(one({ inProgram: '2027-11-01' })).toMatchObject({ ruleId: 'participant-assessments', path: 'participants[0].assessments.inProgram', line: 17 });
  });
});

describe('participants from a roster', () => {
  it('points at the roster row when the plan is not in the cohort file', () => {
    const roster = join(dir, 'roster.csv');
    const header = ROSTER_COLUMNS.map((c) => c.header).join(',');
    writeFileSync(roster, `${header}\nJordan Example,Analyst,0343,GS-15,Office,Sup,j@x.gov,Mentor One,yes,Coach One,ICF PCC\nCasey Rostered,Analyst,0343,GS-15,Office,Sup,c@x.gov,M,yes,C,ICF\n`);
    const findings = check(cohortFile({}, roster)).filter((f) => f.participant === 'Casey Rostered');
    expect(findings.map((f) => f.ruleId)).toEqual(['participant-training-hours', 'participant-training-topics', 'participant-agency-topics', 'participant-assignment', 'participant-mentor', 'participant-coach', 'participant-assessments', 'participant-assessments']);
    for (const f of findings) expect(f).toMatchObject({ file: roster, path: 'row 2', line: 3 });
  });
});

describe('under the 2009 rule', () => {
  it('applies its own numbers: 12 months, 80 hours, 4 months of assignments, an SES mentor', () => {
    const findings = check(cohortFile(), 'cfr-2009');
    // 10 months is too short under the 2009 rule, and its mentor must be an SES member; coaching is not required.
    expect(findings.map((f) => f.ruleId)).toEqual(['cohort-dates', 'participant-mentor']);
    expect(findings[1]!.message).toBe('Jordan Example: the mentor, Mentor One, must be a member of the SES.');
  });
});
