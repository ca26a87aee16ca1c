// Roster CSV: the documented columns, RFC 4180 quoting, and every bad input reported by row.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/input-error.js';
import { parseRoster, ROSTER_COLUMNS } from '../../src/cohort/roster.js';
import { parseCsv } from '../../src/cohort/csv.js';

const HEADER = ROSTER_COLUMNS.map((c) => c.header).join(',');
const row = (name: string, email = `${name.toLowerCase().replace(/\W+/g, '.')}@agency.example.gov`) =>
  `${name},Supervisory Analyst,0343,GS-15,Office of Budget,Pat Supervisor,${email},Mentor Name,yes,Coach Name,ICF PCC`;

function problems(text: string): string[] {
  try {
    parseRoster('roster.csv', text);
  } catch (err) {
    if (err instanceof InputError) return err.format().split('\n');
    throw err;
  }
  throw new Error('expected the roster to be refused');
}

describe('reading a roster', () => {
  it('maps each documented column onto the participant', () => {
    const [entry] = parseRoster('roster.csv', `${HEADER}\n${row('Ada Lovelace')}\n`);
    expect(entry).toMatchObject({
      row: 1,
      line: 2,
      participant: {
        name: 'Ada Lovelace',
        positionTitle: 'Supervisory Analyst',
        series: '0343',
        grade: 'GS-15',
        organization: 'Office of Budget',
        supervisor: { name: 'Pat Supervisor' },
        email: 'ada.lovelace@agency.example.gov',
        mentor: { name: 'Mentor Name', isSes: true },
        coach: { name: 'Coach Name', certification: 'ICF PCC' },
      },
    });
  });

  it('accepts headers in any case and with underscores, and strips a byte order mark', () => {
    const header = ROSTER_COLUMNS.map((c) => c.key.toUpperCase()).join(',');
    const entries = parseRoster('roster.csv', `\uFEFF${header}\r\n${row('Ada Lovelace')}\r\n`);
    expect(entries[0]!.participant.name).toBe('Ada Lovelace');
  });

  it('keeps quoted fields with commas, quotes and line breaks intact, and counts lines correctly', () => {
    const text = `${HEADER}\n"Rivera, Daniela M.",Analyst,0343,GS-14,"Office of ""Special"" Projects\nAnnex B",Sup,d@x.gov,M,no,C,ICF\n${row('Ada Lovelace')}\n`;
    const [first, second] = parseRoster('roster.csv', text);
    expect(first!.participant.name).toBe('Rivera, Daniela M.');
    expect(first!.participant.organization).toBe('Office of "Special" Projects\nAnnex B');
    expect(first!.participant.mentor).toEqual({ name: 'M', isSes: false });
    expect(second).toMatchObject({ row: 2, line: 4 });
  });

  it('reads 10,000 rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(`Participant ${i}`));
    const entries = parseRoster('roster.csv', `${HEADER}\n${rows.join('\n')}\n`);
    expect(entries).toHaveLength(10_000);
    expect(entries[9_999]).toMatchObject({ row: 10_000, line: 10_001, participant: { name: 'Participant 9999' } });
  });
});

describe('refusing a bad roster, by row', () => {
  it('a missing column, with a hint when a header is misspelled', () => {
    const header = HEADER.replace('coach certification', 'coach certfication');
    expect(problems(`${header}\n${row('Ada')}\n`)).toEqual(['roster.csv:1:1  missing column "coach certification" — is "coach certfication" meant to be it?']);
  });

  it('an empty row', () => {
    expect(problems(`${HEADER}\n${row('Ada')}\n,,,,,,,,,,\n${row('Bob')}\n`)).toEqual(['roster.csv:3:1  row 2 is empty; remove it']);
  });

  it('a blank line in the middle', () => {
    expect(problems(`${HEADER}\n${row('Ada')}\n\n${row('Bob')}\n`)).toEqual(['roster.csv:3:1  row 2 is empty; remove it']);
  });

  it('a duplicated participant (same name, or same email)', () => {
    expect(problems(`${HEADER}\n${row('Ada')}\n${row('Bob')}\n${row('ada')}\n`)).toEqual([
      'roster.csv:4:1  row 3 repeats the participant of row 1 (same name: ada)',
      'roster.csv:4:1  row 3 repeats the participant of row 1 (same email: ada@agency.example.gov)',
    ]);
    expect(problems(`${HEADER}\n${row('Ada', 'x@a.gov')}\n${row('Bob', 'X@A.gov')}\n`)).toEqual(['roster.csv:3:1  row 2 repeats the participant of row 1 (same email: x@a.gov)']);
  });

  it('a row with the wrong number of fields', () => {
    expect(problems(`${HEADER}\nAda,Analyst\n`)).toEqual(['roster.csv:2:1  row 1 has 2 fields; the header has 11']);
  });

  it('a yes/no column with another value', () => {
    expect(problems(`${HEADER}\n${row('Ada').replace(',yes,', ',maybe,')}\n`)).toEqual(['roster.csv:2:1  row 1: "mentor is SES" must be yes or no (got "maybe")']);
  });

  it('an unclosed quote', () => {
    expect(problems(`${HEADER}\n"Ada,Analyst\n`)).toEqual(['roster.csv:2:1  a quoted field is never closed']);
  });

  it('a header with no rows', () => {
    expect(problems(`${HEADER}\n`)).toEqual(['roster.csv:1:1  the roster has a header but no participants']);
  });

  it('at most 20 problems, then a count', () => {
    const rows = Array.from({ length: 30 }, () => 'x,y').join('\n');
    const lines = problems(`${HEADER}\n${rows}\n`);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('roster.csv  ... and 10 more problems');
  });
});

describe('CSV records', () => {
  it('remembers the line each record starts on', () => {
    expect(parseCsv('f.csv', 'a,b\n"x\ny",z\nc,d').map((r) => r.line)).toEqual([1, 2, 4]);
  });
});

describe('a semicolon-separated roster (issue 11, item 12)', () => {
  it('is recognised, and the message says to use commas', () => {
    const header = ROSTER_COLUMNS.map((c) => c.header).join(';');
    const row = 'Ana Ruiz;Analyst;0343;GS-15;Office;Sup;ana@agency.example.gov;Mentor;yes;Coach;ICF PCC';
    expect(() => parseRoster('r.csv', `${header}\n${row}\n`)).toThrow(/separated by semicolons; save it as CSV with commas/);
  });
});
