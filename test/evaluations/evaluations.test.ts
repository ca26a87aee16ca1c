// `sescdp evaluations` end to end: the example cohort's forms written by `sescdp cohort`, filled by other tools
// (pdf-lib, an incremental update, pypdf, an edited DOCX), renamed, then read back; every number in the JSON and
// the CSV checked against values computed here from the answers the test gave.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../support/cli.js';
import { fillDocx, fillIncrementally, fillWithPdfLib, fillWithPypdf, pypdfPython, withIdentity, type Answers } from './support/fill.js';

const PROGRAM = join(repoRoot, 'examples', 'dfi', 'sescdp.yaml');
const COHORT = join(repoRoot, 'examples', 'dfi', 'cohort-bhb-2027.yaml');
const FORMS = 'DFI-cohort-bhb-2027-2026-11-22';
const PYTHON = pypdfPython();
if (!PYTHON && process.env.CI) throw new Error('python3-pypdf is needed to fill forms as another tool would (apt-get install python3-pypdf)');

const ELEMENTS = ['formal_training', 'developmental_assignment', 'mentoring', 'coaching', 'assessments', 'edp_process', 'erb_support'];
const ECQS = ['rule_of_law', 'driving_efficiency', 'merit_and_competence', 'leading_people', 'achieving_results'];

/** A full set of answers: element ratings and ECQ growth from the given lists, in field order. */
function answers(elements: string[], growth: string[], extra: Answers = {}): Answers {
  const a: Answers = {};
  ELEMENTS.forEach((e, i) => (a[`rating_${e}`] = elements[i]!));
  ECQS.forEach((e, i) => (a[`growth_${e}`] = growth[i]!));
  return { ...a, ...extra };
}

const ANH = answers(['5', '4', '5', '3', 'NA', '4', '5'], ['4', '4', '3', '5', '5'], { comments_most_valuable: 'The assignment\nand my mentor', would_recommend: true, date_completed: '10/30/2027' });
const SAMUEL = answers(['4', '3', '4', '4', '2', '3', '4'], ['3', '5', '4', '4', '3'], { comments_improvements: '=HYPERLINK("http://x") more coaching', would_recommend: false, date_completed: '11/02/2027' });
const SAMUEL_EARLIER = answers(['1', '1', '1', '1', '1', '1', '1'], ['1', '1', '1', '1', '1'], { date_completed: '10/15/2027' });
const ZOE = answers(['3', '5', '2', '5', '4', '4', '3'], ['5', '3', '5', '4', '4'], { comments_most_valuable: 'Coaching', would_recommend: true, date_completed: '10/29/2027' });

describe('sescdp evaluations', () => {
  let dir: string;
  let json: Record<string, any>;
  let csv: string;
  let stderr: string;
  let code: number | null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sescdp-evaluations-'));
    const made = runCli(['cohort', COHORT, '--as-of', '2026-11-22', '--out', join(dir, 'issued')]);
    expect(made.code, made.stderr).toBe(0);
    const issued = (name: string) => readFileSync(join(dir, 'issued', FORMS, `DFI-bhb-2027-${name}-2026-11-22.${name.startsWith('evaluation-cohort') ? 'docx' : 'pdf'}`));
    const back = join(dir, 'returned');
    mkdirSync(join(back, 'inbox'), { recursive: true });
    // Anh fills hers in a viewer that saves incrementally, and renames it.
    writeFileSync(join(back, 'form from Anh.pdf'), await fillIncrementally(issued('evaluation-participant-nguyen-thi-anh'), ANH));
    // Samuel sends two: an early one (pdf-lib) and the later one (pypdf, or pdf-lib where pypdf is missing).
    writeFileSync(join(back, 'inbox', 'samuel-first.pdf'), await fillWithPdfLib(issued('evaluation-participant-samuel-k-osei'), SAMUEL_EARLIER));
    const samuelBlank = join(dir, 'samuel-blank.pdf');
    writeFileSync(samuelBlank, issued('evaluation-participant-samuel-k-osei'));
    if (PYTHON) fillWithPypdf(PYTHON, samuelBlank, join(back, 'inbox', 'osei.pdf'), SAMUEL);
    else writeFileSync(join(back, 'inbox', 'osei.pdf'), await fillWithPdfLib(issued('evaluation-participant-samuel-k-osei'), SAMUEL));
    // Zoë's form with pdf-lib; Daniela returns nothing.
    writeFileSync(join(back, 'zoe.pdf'), await fillWithPdfLib(issued('evaluation-participant-zoe-o-brien-lukasik'), ZOE));
    // The program manager fills the Word form.
    writeFileSync(join(back, 'pm.docx'), fillDocx(issued('evaluation-cohort'), { cohort_graduated: '4', lessons_learned: 'Start coaching earlier.', delivered_training: true, delivered_mentoring: false, delivered_mentoring_notes: 'One mentor left in June.' }));
    // Forms that must not count: another agency's, an older version, a file that is not a form.
    writeFileSync(join(back, 'other-agency.pdf'), await withIdentity(await fillWithPdfLib(issued('evaluation-participant-daniela-m-rivera'), ZOE), (id) => (id.agency = 'XYZ')));
    writeFileSync(join(back, 'old-version.pdf'), await withIdentity(await fillWithPdfLib(issued('evaluation-participant-daniela-m-rivera'), ZOE), (id) => (id.version = 1)));
    writeFileSync(join(back, 'notes.pdf'), 'not a pdf at all');
    writeFileSync(join(back, 'readme.txt'), 'ignored: not .pdf or .docx');

    const r = runCli(['evaluations', back, '--program', PROGRAM, '--cohort', COHORT, '--year', 'FY2028', '--as-of', '2027-11-30', '--out', join(dir, 'out'), '--format', 'json']);
    code = r.code;
    stderr = r.stderr;
    json = JSON.parse(r.stdout);
    const folder = join(dir, 'out', 'DFI-evaluations-fy2028-2027-11-30');
    csv = readFileSync(join(folder, 'evaluation-answers.csv'), 'utf8');
    expect(JSON.parse(readFileSync(join(folder, 'evaluation-results.json'), 'utf8'))).toEqual(json);
  }, 240_000);

  it('reads every file, counts the good ones and says why each other one is set aside', () => {
    expect(stderr).toBe('');
    expect(code).toBe(1); // a file that is not a form is an error finding
    expect(json.forms.read).toBe(8);
    expect(json.forms.counted).toBe(4); // Anh, Samuel's later form, Zoë, the program manager
    const reasons = Object.fromEntries(json.forms.rejected.map((r: any) => [r.file.split('/').pop(), r.ruleId]));
    expect(reasons).toEqual({ 'samuel-first.pdf': 'form-duplicate', 'other-agency.pdf': 'form-other-agency', 'old-version.pdf': 'form-version', 'notes.pdf': 'form-unknown-file' });
  });

  it('keeps the later of two forms from one participant and reports both', () => {
    const dup = json.findings.filter((f: any) => f.ruleId === 'form-duplicate');
    expect(dup.map((f: any) => f.file.split('/').pop()).sort()).toEqual(['osei.pdf', 'samuel-first.pdf']);
  });

  it('computes each rating distribution and mean from the answers given', () => {
    const given = [ANH, SAMUEL, ZOE];
    for (const field of [...ELEMENTS.map((e) => `rating_${e}`), ...ECQS.map((e) => `growth_${e}`)]) {
      const values = given.map((a) => a[field] as string);
      const scale = values.filter((v) => v !== 'NA').map(Number);
      const rating = json.ratings.find((r: any) => r.field === field);
      for (const v of ['1', '2', '3', '4', '5', 'NA']) expect(rating.counts[v], `${field} ${v}`).toBe(values.filter((x) => x === v).length);
      expect(rating.answered).toBe(scale.length);
      expect(rating.mean).toBeCloseTo(scale.reduce((s, n) => s + n, 0) / scale.length, 2);
    }
    expect(json.choices.find((c: any) => c.field === 'would_recommend')).toMatchObject({ yes: 2, no: 1, unanswered: 0 });
  });

  it('lists who has not returned a form (the chase list) and the response rate', () => {
    const cohort = json.cohorts.find((c: any) => c.id === 'BHB-2027');
    expect(cohort).toMatchObject({ expected: 4, expectedFrom: 'roster', returned: 3, responseRate: 75, notReturned: ['Daniela M. Rivera'], programManagerForm: true });
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'form-not-returned', message: expect.stringContaining('Daniela M. Rivera') }));
  });

  it('groups narrative answers by question and attributes them to the cohort, never to a person', () => {
    const most = json.narratives.find((n: any) => n.field === 'comments_most_valuable');
    expect(most.answers).toEqual(expect.arrayContaining([{ cohort: 'BHB-2027', text: 'The assignment\nand my mentor' }, { cohort: 'BHB-2027', text: 'Coaching' }]));
    expect(JSON.stringify(json.narratives)).not.toMatch(/Osei|Nguy|Zo/);
  });

  it("summarises the program manager's form, read from the edited Word file", () => {
    expect(json.programManagers).toHaveLength(1);
    const pm = json.programManagers[0];
    expect(pm.facts).toContainEqual({ field: 'cohort_graduated', label: 'Participants graduated', value: '4' });
    expect(pm.delivery).toContainEqual({ field: 'delivered_training', label: 'Formal training hours and required topics', met: true, notes: '' });
    expect(pm.delivery).toContainEqual({ field: 'delivered_mentoring', label: 'Mentoring hours', met: false, notes: 'One mentor left in June.' });
    expect(pm.narratives).toContainEqual({ field: 'lessons_learned', label: 'Lessons learned', text: 'Start coaching earlier.' });
  });

  it('computes the placement rate per cohort and by year from the program records', () => {
    // examples/dfi/sescdp.yaml: BHB-2024 certified 10, placed 7 (FY2025); BWS-2025 certified 6, placed 2 (FY2026).
    expect(json.placement.overall).toEqual({ certified: 16, placed: 9, rate: 56.3 });
    expect(json.placement.trend).toEqual([
      { year: 'FY2025', certified: 10, placed: 7, rate: 70 },
      { year: 'FY2026', certified: 6, placed: 2, rate: 33.3 },
    ]);
  });

  it('writes a CSV of every answer with no names and formulas neutralised', () => {
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('response,form,cohort,field,question,answer');
    expect(csv).toContain(`,comments_improvements,What should the program change?,"'=HYPERLINK(""http://x"") more coaching"`);
    expect(csv).not.toMatch(/Osei|Nguy|Zoë/);
    expect(lines.filter((l) => l.includes(',rating_formal_training,')).map((l) => l.split(',').pop()).sort()).toEqual(['3', '4', '5']);
  });

  it('the filled annual evaluation carries the numbers', () => {
    const folder = join(dir, 'out', 'DFI-evaluations-fy2028-2027-11-30');
    expect(readdirSync(folder).sort()).toEqual(['DFI-evaluation-annual-fy2028-2027-11-30.docx', 'DFI-evaluation-annual-fy2028-2027-11-30.pdf', 'evaluation-answers.csv', 'evaluation-results.json']);
  });

  it('recognises a renamed form by what it carries, and reports a folder of nothing', () => {
    const solo = join(dir, 'solo');
    mkdirSync(solo);
    copyFileSync(join(dir, 'returned', 'zoe.pdf'), join(solo, 'scan 0001.pdf'));
    const r = runCli(['evaluations', solo, '--program', PROGRAM, '--year', 'FY2028', '--as-of', '2027-11-30', '--out', join(dir, 'out2'), '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.forms.counted).toBe(1);
    expect(out.cohorts[0]).toMatchObject({ id: 'BHB-2027', returned: 1, expectedFrom: 'unknown' });
  });
});
