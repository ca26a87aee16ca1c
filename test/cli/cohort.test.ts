// `sescdp cohort` end to end, as a user runs it: the example cohort's documents opened and read, byte-identical
// reruns, workers and one thread alike, refusals that write nothing, and every bad roster of issue 6.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCohort } from '../../bench/synthetic-cohort.js';
import { ROSTER_COLUMNS } from '../../src/cohort/roster.js';
import { readFilledForm } from '../../src/documents/read-form.js';
import { docxBodyText, hasTool, pdfPageTexts } from '../support/clients.js';
import { repoRoot, runCli } from '../support/cli.js';
import { PtySession, ptyAvailable } from '../wizard/support/pty.js';

const AS_OF = ['--as-of', '2026-11-22'];
const EXAMPLE = join(repoRoot, 'examples', 'dfi', 'cohort-bhb-2027.yaml');
const PROGRAM = join(repoRoot, 'examples', 'dfi', 'sescdp.yaml');
const ROSTER = readFileSync(join(repoRoot, 'examples', 'dfi', 'roster-bhb-2027.csv'), 'utf8');
const FOLDER = 'DFI-cohort-bhb-2027-2026-11-22';
const HEADER = ROSTER_COLUMNS.map((c) => c.header).join(',');
const HAS_POPPLER = hasTool('pdftotext');

const fresh = () => mkdtempSync(join(tmpdir(), 'sescdp-cohort-cli-'));
const cohort = (args: string[]) => runCli(['cohort', ...args, ...AS_OF]);

/** Every file of a folder tree, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, readFileSync(join(at, entry.name)));
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return files;
}

function expectSameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
}

describe('the example cohort', () => {
  let out: string;
  let result: ReturnType<typeof runCli>;
  let folder: string;
  /** The PDF's words in reading order, one space between them (lines and pages wrap where the layout chose). */
  const pdf = (name: string) => pdfPageTexts(join(folder, name)).join('\n').replace(/\s+/g, ' ');

  beforeAll(() => {
    out = fresh();
    result = cohort([EXAMPLE, '--out', out]);
    folder = join(out, FOLDER);
  });

  it('writes the calendar, the cohort evaluation and each participant\'s EDP and evaluation, in both formats', () => {
    expect(result.stderr).toBe(''); // not a terminal: no progress bar, and the cohort has no findings
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual([FOLDER]);
    const people = ['nguyen-thi-anh', 'zoe-o-brien-lukasik', 'samuel-k-osei', 'daniela-m-rivera'];
    const bases = ['cohort-calendar', 'evaluation-cohort', ...people.flatMap((p) => [`edp-${p}`, `evaluation-participant-${p}`])];
    expect(readdirSync(folder).sort()).toEqual(bases.flatMap((b) => [`DFI-bhb-2027-${b}-2026-11-22.docx`, `DFI-bhb-2027-${b}-2026-11-22.pdf`]).sort());
    expect(result.stdout).toBe(
      [
        'Cohort BHB-2027: 4 participants, 20 files (nprm-2025, as of 2026-11-22)',
        `  ${folder}/`,
        '    DFI-bhb-2027-cohort-calendar-2026-11-22 (.docx, .pdf)',
        '    DFI-bhb-2027-evaluation-cohort-2026-11-22 (.docx, .pdf)',
        '    DFI-bhb-2027-edp-nguyen-thi-anh-2026-11-22 (.docx, .pdf)',
        '    DFI-bhb-2027-evaluation-participant-nguyen-thi-anh-2026-11-22 (.docx, .pdf)',
        '    ... and the same for the other 3 participants',
        '',
      ].join('\n'),
    );
  });

  it.skipIf(!HAS_POPPLER)('puts the participant, the roster\'s facts and the plan\'s totals in each EDP', () => {
    const edp = pdf('DFI-bhb-2027-edp-nguyen-thi-anh-2026-11-22.pdf');
    expect(edp).toContain('Nguyễn Thị Ánh, cohort BHB-2027 (Bureau of Highways and Bridges)');
    expect(edp).toContain('Supervisory Civil Engineer, 0810, GS-15'); // from the roster
    expect(edp).toContain('Carolyn Bright'); // the mentor, from the roster
    expect(edp).toMatch(/All formal training\s+108/); // 100 hours on the required topics + 8 on an agency topic
    expect(edp).toMatch(/Continuous days\s+124 days/);
    const rivera = pdf('DFI-bhb-2027-edp-daniela-m-rivera-2026-11-22.pdf');
    // A quoted roster field with a comma, written last name first, prints given name first.
    expect(rivera).toContain('Daniela M. Rivera');
    expect(rivera).not.toContain('Rivera, Daniela M.');
    expect(rivera).toContain('General Services Administration');
    const docx = docxBodyText(readFileSync(join(folder, 'DFI-bhb-2027-edp-zoe-o-brien-lukasik-2026-11-22.docx')));
    expect(docx).toContain("Zoë O'Brien-Łukasik");
    expect(docx).toContain('Port Authority of the Gulf Region (non-Federal)');
  });

  it.skipIf(!HAS_POPPLER)('puts the key dates, the cadence and the QRB deadline in the calendar', () => {
    const calendar = pdf('DFI-bhb-2027-cohort-calendar-2026-11-22.pdf');
    expect(calendar).toContain('Cohort BHB-2027, Bureau of Highways and Bridges');
    expect(calendar).toContain('within 80 calendar days of graduation (5 CFR 412.302(a)), that is by January 17, 2028');
    expect(calendar).toMatch(/January 17, 2028\s+Last day for the ERB to submit graduates to the QRB/);
    expect(calendar).toMatch(/October 14–15, 2026\s+Validated executive assessment at application/);
    expect(calendar).toContain("Assignments begin: Zoë O'Brien-Łukasik (March 1)");
    for (const name of ['Nguyễn Thị Ánh', "Zoë O'Brien-Łukasik", 'Samuel K. Osei', 'Daniela M. Rivera']) expect(calendar).toContain(name);
    const docx = docxBodyText(readFileSync(join(folder, 'DFI-bhb-2027-cohort-calendar-2026-11-22.docx')));
    expect(docx).toContain('January 17, 2028');
    expect(docx).toContain('1 h 15 min a month');
  });

  it('prefills the evaluation forms with the cohort and the participant', async () => {
    const cohortForm = await readFilledForm(readFileSync(join(folder, 'DFI-bhb-2027-evaluation-cohort-2026-11-22.pdf')));
    expect(cohortForm).toMatchObject({ cohort_id: 'BHB-2027', subcomponent: 'Bureau of Highways and Bridges', cohort_start: '01/11/2027', cohort_graduation: '10/29/2027', program_manager: 'Marisol Okafor', cohort_selected: '4', cohort_graduated: '' });
    const mine = await readFilledForm(readFileSync(join(folder, 'DFI-bhb-2027-evaluation-participant-samuel-k-osei-2026-11-22.pdf')));
    expect(mine).toMatchObject({ participant_name: 'Samuel K. Osei', cohort_id: 'BHB-2027', rating_mentoring: null });
  });

  it('gives byte-identical files when run again', () => {
    const again = fresh();
    expect(cohort([EXAMPLE, '--out', again]).code).toBe(0);
    expectSameFiles(snapshot(out), snapshot(again));
  });

  it('writes only the format asked for', () => {
    const only = fresh();
    expect(cohort([EXAMPLE, '--out', only, '--format', 'pdf']).code).toBe(0);
    const names = readdirSync(join(only, FOLDER));
    expect(names).toHaveLength(10);
    expect(names.every((n) => n.endsWith('.pdf'))).toBe(true);
    for (const n of names) expect(readFileSync(join(only, FOLDER, n)).equals(readFileSync(join(folder, n))), n).toBe(true);
  });
});

describe('worker threads', () => {
  it('give the same bytes as one thread: both formats split between threads', () => {
    const dir = fresh();
    const { cohortFile } = writeSyntheticCohort(dir, 45);
    const [one, two] = [join(dir, 'one'), join(dir, 'two')];
    expect(cohort([cohortFile, '--out', one, '--jobs', '1']).code).toBe(0);
    expect(cohort([cohortFile, '--out', two, '--jobs', '2']).code).toBe(0);
    const files = snapshot(one);
    expect(files.size).toBe(4 + 45 * 4);
    expectSameFiles(files, snapshot(two));
  }, 120_000);

  it('give the same bytes as one thread: one format shared between threads', () => {
    const dir = fresh();
    const { cohortFile } = writeSyntheticCohort(dir, 30);
    const [one, two] = [join(dir, 'one'), join(dir, 'two')];
    expect(cohort([cohortFile, '--out', one, '--jobs', '1', '--format', 'docx']).code).toBe(0);
    expect(cohort([cohortFile, '--out', two, '--jobs', '2', '--format', 'docx']).code).toBe(0);
    const files = snapshot(one);
    expect(files.size).toBe(2 + 30 * 2);
    expectSameFiles(files, snapshot(two));
  }, 120_000);
});

describe('a cohort with errors', () => {
  /** The example cohort with one participant's mentoring cut to 8 hours. */
  function withTooLittleMentoring(): string {
    const file = join(fresh(), 'cohort.yaml');
    writeFileSync(
      file,
      readFileSync(EXAMPLE, 'utf8')
        .replace('program: sescdp.yaml', `program: ${PROGRAM}`)
        .replace('roster: roster-bhb-2027.csv', `roster: ${join(repoRoot, 'examples', 'dfi', 'roster-bhb-2027.csv')}`)
        .replace('mentor: { hours: 12, title:', 'mentor: { hours: 8, title:'),
    );
    return file;
  }

  it('is refused with every finding located, and nothing is written', () => {
    const file = withTooLittleMentoring();
    const out = join(fresh(), 'out');
    const r = cohort([file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('mentor: { hours: 8,'));
    const at = `${line + 1}:${lines[line]!.indexOf('hours: 8') + 'hours: '.length + 1}`; // the hours value
    expect(r.stderr.split('\n')).toEqual([
      `${file}:${at}  error    Samuel K. Osei: mentoring is planned at 8 hours; at least 10 hours are required.  5 CFR 412.302(c)(4)  participant-mentor`,
      '✖ 1 error, 0 warnings, 0 notes (nprm-2025, as of 2026-11-22)',
      'No documents were written: fix the errors above, or add --draft to render drafts stamped "DRAFT — NOT FOR SUBMISSION".',
      '',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!HAS_POPPLER)('renders as a draft with --draft, stamped on every page', () => {
    const out = fresh();
    const r = cohort([withTooLittleMentoring(), '--out', out, '--draft', '--format', 'pdf']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('error    Samuel K. Osei: mentoring is planned at 8 hours');
    expect(readdirSync(out)).toEqual([`${FOLDER}-draft`]);
    for (const name of ['DFI-bhb-2027-cohort-calendar-2026-11-22-draft.pdf', 'DFI-bhb-2027-edp-samuel-k-osei-2026-11-22-draft.pdf']) {
      const pages = pdfPageTexts(join(out, `${FOLDER}-draft`, name));
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page, name).toContain('DRAFT — NOT FOR SUBMISSION');
    }
  });
});

describe('a cohort whose documents lack an answer', () => {
  it('writes nothing without --draft, listing the answer with its participant and path', () => {
    const file = join(fresh(), 'cohort.yaml');
    const text = readFileSync(EXAMPLE, 'utf8')
      .replace('program: sescdp.yaml', `program: ${PROGRAM}`)
      .replace('roster: roster-bhb-2027.csv', `roster: ${join(repoRoot, 'examples', 'dfi', 'roster-bhb-2027.csv')}`);
    // The first participant's leadership challenges, which the checks do not require but the EDP states.
    writeFileSync(file, text.replace(/^ {4}leadershipChallenges: .*\n/m, ''));
    const out = fresh();
    const r = cohort([file, '--out', out, '--format', 'docx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('participant (Nguyễn Thị Ánh): leadershipChallenges — leadership challenges (edp)');
    expect(r.stderr).toContain('No documents were written');
    expect(readdirSync(out)).toEqual([]);
    expect(cohort([file, '--out', out, '--format', 'docx', '--draft']).code).toBe(0);
    expect(readdirSync(out)).toEqual([`${FOLDER}-draft`]);
  });
});

describe('under the 2009 rule in force', () => {
  it('applies its numbers, and renders the documents as drafts when asked', () => {
    const refused = cohort([EXAMPLE, '--out', join(fresh(), 'out'), '--ruleset', 'cfr-2009']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('A program must last at least 12 months, counted on the calendar with both ends included; cohort BHB-2027 runs January 11, 2027 to October 29, 2027: 9 months and 19 days');
    const out = fresh();
    const drafted = cohort([EXAMPLE, '--out', out, '--ruleset', 'cfr-2009', '--draft', '--format', 'docx']);
    expect(drafted.code).toBe(0);
    expect(readdirSync(join(out, `${FOLDER}-draft`)).filter((f) => f.includes('-edp-'))).toHaveLength(4);
  });
});

describe('bad input, end to end: a clear error by row, and nothing partial written', () => {
  let dir: string;
  let out: string;
  let before: Map<string, Buffer>;

  beforeAll(() => {
    // A good run first: every refusal below must leave this folder exactly as it is, and add nothing beside it.
    dir = fresh();
    out = join(dir, 'out');
    expect(cohort([EXAMPLE, '--out', out, '--format', 'docx']).code).toBe(0);
    before = snapshot(out);
  });

  /** Runs the example cohort with this roster; returns the result after checking the output folder is untouched. */
  function withRoster(name: string, content: string | Buffer, extra: string[] = []) {
    const roster = join(dir, name);
    writeFileSync(roster, content);
    const r = cohort([EXAMPLE, '--roster', roster, '--out', out, '--format', 'docx', ...extra]);
    return { r, roster };
  }

  function refused(r: ReturnType<typeof runCli>, code = 2) {
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expectSameFiles(before, snapshot(out));
  }

  it('a missing column', () => {
    const { r, roster } = withRoster('missing-column.csv', ROSTER.replace(',coach certification', '').replace(/,ICF [^\n]*\)/g, ''));
    refused(r);
    expect(r.stderr.trim()).toBe(`${roster}:1:1  missing column "coach certification"`);
  });

  it('an empty row', () => {
    const lines = ROSTER.split('\n');
    const { r, roster } = withRoster('empty-row.csv', [...lines.slice(0, 3), ',,,,,,,,,,', ...lines.slice(3)].join('\n'));
    refused(r);
    expect(r.stderr.trim()).toBe(`${roster}:4:1  row 3 is empty; remove it`);
  });

  it('a duplicated participant', () => {
    const lines = ROSTER.trimEnd().split('\n');
    const { r, roster } = withRoster('duplicate.csv', `${[...lines, lines[2]!.replace('Zoë', 'ZOË')].join('\n')}\n`);
    refused(r);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${roster}:6:1  row 5 repeats the participant of row 2 (same name: zoë o'brien-łukasik)`,
      `${roster}:6:1  row 5 repeats the participant of row 2 (same email: zoe.obrien-lukasik@bhb.dfi.example.gov)`,
    ]);
  });

  it('a malformed date', () => {
    const file = join(dir, 'bad-date.yaml');
    writeFileSync(file, readFileSync(EXAMPLE, 'utf8').replace('startDate: 2027-01-11', 'startDate: 2027-02-30'));
    const r = cohort([file, '--program', PROGRAM, '--roster', join(repoRoot, 'examples', 'dfi', 'roster-bhb-2027.csv'), '--out', out, '--format', 'docx']);
    refused(r);
    expect(r.stderr.trim()).toBe(`${file}:10:12  startDate: "2027-02-30" is not a real calendar date`);
  });

  it('a byte order mark is fine', () => {
    const { r } = withRoster('bom.csv', `\uFEFF${ROSTER}`, ['--out', join(dir, 'bom-out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('bytes that are not UTF-8', () => {
    // A roster saved as Latin-1 by a spreadsheet: "Zoë" on line 3 has the single byte 0xEB for ë.
    const utf8 = Buffer.from(ROSTER, 'utf8');
    const at = utf8.indexOf(Buffer.from('Zoë'));
    const latin1 = Buffer.concat([utf8.subarray(0, at), Buffer.from([0x5a, 0x6f, 0xeb]), utf8.subarray(at + Buffer.from('Zoë').length)]);
    const { r, roster } = withRoster('latin1.csv', latin1);
    refused(r);
    expect(r.stderr.trim()).toBe(`${roster}:3:3  is not UTF-8 text (byte 0xeb at offset ${at + 2}); save it as UTF-8`);
  });

  it.skipIf(!HAS_POPPLER)('quoted fields with commas, quotes and line breaks come through whole', () => {
    const tricky = ROSTER.replace('BHB Western Field Office', '"BHB Western Field Office, ""Annex B""\nSuite 400"');
    const bom = join(dir, 'quoted-out');
    const { r } = withRoster('quoted.csv', tricky, ['--out', bom, '--format', 'pdf']);
    expect(r.code).toBe(0);
    const text = pdfPageTexts(join(bom, FOLDER, 'DFI-bhb-2027-edp-samuel-k-osei-2026-11-22.pdf')).join('\n');
    expect(text).toContain('BHB Western Field Office, "Annex B"\nSuite 400');
  });

  it('10,000 rows with one bad row at the end: the row is named', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `Participant ${i + 1},Analyst,0343,GS-15,Office,Sup,p${i + 1}@agency.example.gov,Mentor,yes,Coach,ICF PCC`);
    rows[9_999] = 'Participant 10000,Analyst';
    const { r, roster } = withRoster('ten-thousand-bad.csv', `${HEADER}\n${rows.join('\n')}\n`);
    refused(r);
    expect(r.stderr.trim()).toBe(`${roster}:10001:1  row 10000 has 2 fields; the header has 11`);
  });

  it('10,000 rows without plans: refused by the checks, with the first findings listed and all counted', () => {
    // A cohort file with no plans of its own: every participant comes from the roster.
    const file = join(dir, 'roster-only.yaml');
    writeFileSync(file, `id: BHB-2027\nsubcomponent: BHB\nprogram: ${PROGRAM}\nstartDate: 2027-01-11\nendDate: 2027-10-29\n`);
    const rows = Array.from({ length: 10_000 }, (_, i) => `Participant ${i + 1},Analyst,0343,GS-15,Office,Sup,p${i + 1}@agency.example.gov,Mentor,yes,Coach,ICF PCC`);
    const roster = join(dir, 'ten-thousand.csv');
    writeFileSync(roster, `${HEADER}\n${rows.join('\n')}\n`);
    const r = cohort([file, '--roster', roster, '--out', out, '--format', 'docx']);
    refused(r, 1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${roster}:2:1  error    Participant 1: formal training totals 0 hours; at least 100 hours are required.  5 CFR 412.302(c)(2)  participant-training-hours`);
    expect(lines).toHaveLength(100 + 3);
    expect(lines[100]).toBe('... and 79900 more findings'); // 8 per participant: training hours, topics and the agency topic, assignment, mentor, coach, two assessments
    expect(lines[101]).toBe('✖ 70000 errors, 10000 warnings, 0 notes (nprm-2025, as of 2026-11-22)');
  });
});

describe('usage', () => {
  it('needs a cohort file', () => {
    const r = runCli(['cohort']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sescdp cohort: name the cohort file');
  });

  it('refuses a --jobs that is not a whole number of threads', () => {
    const r = cohort([EXAMPLE, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs needs a whole number of threads, 1 or more (got "0")');
  });

  it('reports a missing cohort file as bad input', () => {
    const r = cohort([join(fresh(), 'nope.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml {2}cannot read the cohort file: no such file/);
  });
});

describe.skipIf(!ptyAvailable())('the progress bar', () => {
  it('shows on a terminal while the documents render', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'out'));
    const run = new PtySession(['cohort', EXAMPLE, '--out', join(dir, 'out'), '--format', 'pdf', ...AS_OF], repoRoot);
    await run.waitFor('Rendering cohort BHB-2027  [', 30_000);
    await run.waitFor('/10 files', 30_000);
    await run.waitFor('Cohort BHB-2027: 4 participants, 10 files', 30_000);
    expect(await run.exited).toBe(0);
  });
});
