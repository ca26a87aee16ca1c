// A roster CSV exported from an HR system seeds a cohort's participants. Its columns are
// documented in the README; headers match case- and punctuation-insensitively.
import { InputError, type InputProblem } from '../model/input-error.js';
import type { Participant } from '../model/participant.js';
import { didYouMean } from '../model/did-you-mean.js';
import { readTextFile } from '../model/text-file.js';
import { parseCsv } from './csv.js';

export const ROSTER_COLUMNS = [
  { key: 'name', header: 'name', meaning: "participant's full name (required, unique)" },
  { key: 'position_title', header: 'position title', meaning: 'title of the position of record' },
  { key: 'series', header: 'series', meaning: 'occupational series, e.g. 0343' },
  { key: 'grade', header: 'grade', meaning: 'pay plan and grade, e.g. GS-15' },
  { key: 'organization', header: 'organization', meaning: 'office of the position of record' },
  { key: 'supervisor', header: 'supervisor', meaning: "supervisor's name" },
  { key: 'email', header: 'email', meaning: 'work email (unique)' },
  { key: 'mentor', header: 'mentor', meaning: "mentor's name" },
  { key: 'mentor_is_ses', header: 'mentor is SES', meaning: 'yes or no' },
  { key: 'coach', header: 'coach', meaning: "coach's name" },
  { key: 'coach_certification', header: 'coach certification', meaning: 'credential and accrediting organization, e.g. ICF PCC' },
] as const;

export interface RosterEntry {
  participant: Participant;
  /** 1-based data row (the header is row 0) and the file line it starts on. */
  row: number;
  line: number;
}

const normalise = (h: string) => h.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export function readRoster(file: string): RosterEntry[] {
  return parseRoster(file, readTextFile(file, 'roster'));
}

export function parseRoster(file: string, text: string): RosterEntry[] {
  const [header, ...records] = parseCsv(file, text);
  if (!header) throw new InputError(file, [{ line: 1, column: 1, message: 'the roster has no header row' }]);
  // Spreadsheets in many locales save "CSV" with semicolons: one header field holding the columns and semicolons.
  if (header.fields.length === 1 && header.fields[0]!.split(';').length >= 3) {
    throw new InputError(file, [{ line: header.line, column: 1, message: 'the roster\'s columns are separated by semicolons; save it as CSV with commas (in Excel: "CSV UTF-8 (Comma delimited)")' }]);
  }
  const keys = header.fields.map(normalise);
  const index = new Map(keys.map((k, i) => [k, i]));
  const missing = ROSTER_COLUMNS.filter((c) => !index.has(c.key));
  if (missing.length) {
    const unknown = keys.filter((k) => !ROSTER_COLUMNS.some((c) => c.key === k));
    throw new InputError(
      file,
      missing.map((c) => {
        const hint = didYouMean(c.key, unknown);
        return { line: header.line, column: 1, message: `missing column "${c.header}"${hint ? ` — is "${header.fields[keys.indexOf(hint)]}" meant to be it?` : ''}` };
      }),
    );
  }

  const problems: InputProblem[] = [];
  const entries: RosterEntry[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const row = i + 1;
    const at = { line: record.line, column: 1 };
    if (record.fields.every((f) => f.trim() === '')) {
      problems.push({ ...at, message: `row ${row} is empty; remove it` });
      return;
    }
    if (record.fields.length !== header.fields.length) {
      problems.push({ ...at, message: `row ${row} has ${record.fields.length} fields; the header has ${header.fields.length}` });
      return;
    }
    const get = (key: string) => record.fields[index.get(key)!]!.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
    const name = get('name');
    if (!name) {
      problems.push({ ...at, message: `row ${row} has no name` });
      return;
    }
    for (const id of [`name:${name.toLowerCase().replace(/\s+/g, ' ')}`, ...(get('email') ? [`email:${get('email').toLowerCase()}`] : [])]) {
      const first = seen.get(id);
      if (first !== undefined) problems.push({ ...at, message: `row ${row} repeats the participant of row ${first} (same ${id.split(':')[0]}: ${id.slice(id.indexOf(':') + 1)})` });
      else seen.set(id, row);
    }
    const ses = get('mentor_is_ses').toLowerCase();
    const isSes = ['yes', 'y', 'true'].includes(ses) ? true : ['no', 'n', 'false'].includes(ses) ? false : undefined;
    if (ses && isSes === undefined) problems.push({ ...at, message: `row ${row}: "mentor is SES" must be yes or no (got "${get('mentor_is_ses')}")` });
    const optional = (v: string) => (v === '' ? undefined : v);
    entries.push({
      row,
      line: record.line,
      participant: {
        name,
        positionTitle: optional(get('position_title')),
        series: optional(get('series')),
        grade: optional(get('grade')),
        organization: optional(get('organization')),
        email: optional(get('email')),
        supervisor: get('supervisor') ? { name: get('supervisor') } : undefined,
        mentor: get('mentor') ? { name: get('mentor'), isSes } : undefined,
        coach: get('coach') ? { name: get('coach'), certification: optional(get('coach_certification')) } : undefined,
      },
    });
  });
  if (problems.length) throw new InputError(file, problems);
  if (entries.length === 0) throw new InputError(file, [{ line: header.line, column: 1, message: 'the roster has a header but no participants' }]);
  return entries;
}
