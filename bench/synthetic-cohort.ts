// Synthetic cohorts of any size, built from the example agency's BHB-2027 cohort: a roster CSV with every documented
// column and a cohort file whose plans pass every check (the same courses, a 124-day assignment inside the cohort,
// mentor and coach hours, both assessments). For the benchmarks and the tests that need many participants.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROSTER_COLUMNS } from '../src/cohort/roster.js';
import { addDays } from '../src/model/dates.js';
import { packageRoot } from '../src/paths.js';

export const EXAMPLE_PROGRAM = join(packageRoot, 'examples', 'dfi', 'sescdp.yaml');

const FIRST = ['Ana', 'Bích', 'Carlos', 'Dagny', 'Émile', 'Fatima', 'Gráinne', 'Hiroshi', 'Ingrid', 'Jürgen', 'Kwame', 'Łucja', 'Mateo', 'Nguyễn', 'Oluwaseun', 'Priya', 'Quentin', 'Renée', 'Søren', 'Tomás', 'Uzma', 'Vũ', 'Wanjiru', 'Xóchitl', 'Yusuf'];
const LAST = ['Abernathy', 'Bălan', 'Castellanos', 'Dubois', 'Eriksson', 'Fofanah', 'García', 'Håkansson', 'Ibáñez', 'Jankowski', 'Kovač', 'Lindqvist', 'Müller', 'Nakamura', "O'Neill", 'Przybylski', 'Quiñones', 'Rossi', 'Šimić', 'Trần'];

/** Every participant's ECQ objectives and activities, so that the EDPs are complete (a final cohort refuses gaps). */
const ECQ_PLANS = `
x-ecq-plans: &ecq-plans
  - { ecq: rule-of-law, objectives: [Ground program decisions in statute and regulation.], activities: [Complete the constitutional governance seminar.] }
  - { ecq: driving-efficiency, objectives: [Remove a measurable source of delay in a core process.], activities: [Lead a process review during the assignment.] }
  - { ecq: merit-and-competence, objectives: [Run a merit-based selection from announcement to selection.], activities: [Serve on a merit promotion panel.] }
  - { ecq: leading-people, objectives: [Lead managers through a significant change.], activities: [Act as deputy to a senior executive for 30 days.] }
  - { ecq: achieving-results, objectives: [Deliver the assignment's commitments on time and within budget.], activities: [Report monthly results to the host executive.] }`;

const COURSES = `
x-core-training: &core-training
  - { course: Executive Strategy and Planning Seminar, provider: OPM Federal Executive Institute, topics: [strategic-planning], hours: 14, startDate: 2027-02-01, endDate: 2027-02-03 }
  - { course: Federal Financial Management for Executives, provider: Partnership for Public Service, topics: [financial-management], hours: 14, startDate: 2027-03-01, endDate: 2027-03-03 }
  - { course: Human Capital and Workforce Strategy, provider: OPM Federal Executive Institute, topics: [human-capital-management, human-resource-management], hours: 24, startDate: 2027-03-22, endDate: 2027-03-26 }
  - { course: Government Efficiency Lab, provider: Partnership for Public Service, topics: [government-efficiency], hours: 14, startDate: 2027-05-03, endDate: 2027-05-05 }
  - { course: Leading Managers and Supervisors, provider: OPM Federal Executive Institute, topics: [management-and-supervision], hours: 14, startDate: 2027-06-07, endDate: 2027-06-09 }
  - { course: Accountability for Results, provider: Partnership for Public Service, topics: [accountability], hours: 20, startDate: 2027-08-16, endDate: 2027-08-18 }
  - { course: Infrastructure Project Delivery and Risk, provider: DFI Leadership Institute, topics: [Infrastructure project delivery and risk], hours: 8, startDate: 2027-09-13, endDate: 2027-09-13 }
`;

/** The n-th participant's name: unique for the first 500, with the diacritics real rosters have. */
export function syntheticName(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const round = Math.floor(i / (FIRST.length * LAST.length));
  return round ? `${name} ${round + 1}` : name;
}

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export interface SyntheticCohort {
  cohortFile: string;
  rosterFile: string;
}

/** Writes cohort-N.yaml and roster-N.csv into `dir`, for the example program. */
export function writeSyntheticCohort(dir: string, participants: number): SyntheticCohort {
  const rosterFile = join(dir, `roster-${participants}.csv`);
  const cohortFile = join(dir, `cohort-${participants}.yaml`);
  const rows = [ROSTER_COLUMNS.map((c) => c.header).join(',')];
  const plans: string[] = [];
  for (let i = 0; i < participants; i++) {
    const name = syntheticName(i);
    const email = `participant${i + 1}@bhb.dfi.example.gov`;
    const values: Record<string, string> = {
      name,
      position_title: 'Supervisory Program Analyst',
      series: '0343',
      grade: i % 3 ? 'GS-15' : 'GS-14',
      organization: `BHB Office ${(i % 12) + 1}, Region ${(i % 5) + 1}`,
      supervisor: syntheticName(i + 7),
      email,
      mentor: `Mentor ${syntheticName(i + 3)}`,
      mentor_is_ses: 'yes',
      coach: `Coach ${(i % 9) + 1}`,
      coach_certification: 'ICF Professional Certified Coach (PCC)',
    };
    rows.push(ROSTER_COLUMNS.map((c) => csvField(values[c.key]!)).join(','));
    // Assignments start on one of 40 days between March 1 and April 9 and last 124 days, inside the cohort.
    const start = addDays('2027-03-01', i % 40);
    plans.push(
      [
        `  - name: ${JSON.stringify(name)}`,
        `    mentor: { title: Associate Administrator, hours: ${10 + (i % 3)} }`,
        `    coach: { hours: ${10 + (i % 2)} }`,
        '    supervisor: { title: "Director, BHB Office of Program Delivery" }',
        `    assessments: { application: { instrument: DFI executive assessment center, date: 2026-10-${String(12 + (i % 5)).padStart(2, '0')}, summary: Strong in results; least experience leading across organizational lines. }, inProgram: { instrument: Validated 360-degree assessment, date: 2027-05-${String(17 + (i % 4)).padStart(2, '0')} } }`,
        '    needs: Budget formulation at the bureau level, leading through other executives, and cross-agency coalition building.',
        '    ecqPlans: *ecq-plans',
        '    leadershipChallenges: Aging infrastructure with constrained budgets and a retiring technical workforce.',
        '    agencyFunctioning: Rotations through the Office of Finance and Budget and briefings to the ERB.',
        '    outsideInteraction: Interagency seminars with senior employees of at least five agencies.',
        '    governmentwideScope: An assignment at another agency and a multi-agency working group.',
        '    training: *core-training',
        `    assignments: [{ organization: "General Services Administration", position: Acting Deputy Director, startDate: ${start}, endDate: ${addDays(start, 123)}, fullTime: true, federal: true, responsibilities: [Direct a program office.], results: [Deliver the office's annual plan.] }]`,
        `    milestones: [{ date: 2027-03-12, description: ERB approves the EDP }]`,
      ].join('\n'),
    );
  }
  writeFileSync(rosterFile, `${rows.join('\n')}\n`);
  writeFileSync(
    cohortFile,
    [
      `id: BHB-SYN-${participants}`,
      'subcomponent: BHB',
      `program: ${JSON.stringify(EXAMPLE_PROGRAM)}`,
      `roster: roster-${participants}.csv`,
      'startDate: 2027-01-11',
      'endDate: 2027-10-29',
      'programManager: { name: Marisol Okafor, title: "SESCDP Coordinator, BHB Office of Human Capital" }',
      COURSES,
      ECQ_PLANS,
      'participants:',
      ...plans,
      '',
    ].join('\n'),
  );
  return { cohortFile, rosterFile };
}
