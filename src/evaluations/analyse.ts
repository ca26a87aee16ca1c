// Filled forms → one results model: which forms count, what they say in sum, who has not answered, and every
// finding along the way. Pure: the forms are already read; nothing here touches a file.
import { RATING_CHOICES, type FieldInfo } from '../document/index.js';
import type { EvaluationFormId } from '../documents/evaluation-fields.js';
import type { IsoDate } from '../model/dates.js';
import type { CohortRecord, Program } from '../model/program.js';
import type { EvaluationFinding, RejectedForm } from './findings.js';
import type { FilledForm, FormValue } from './filled-form.js';
import { controlTitle } from '../document/fields.js';
import { IDENTIFYING_FIELDS, isRequired, type FormDefinitions } from './form-definitions.js';
import { displayName, nameKey } from './names.js';
import { fiscalYear, fiscalYearOf, inYear, type ProgramYear } from './program-year.js';

/** A cohort's list of participants, from its cohort file (and roster): who should return a form. */
export interface CohortRoster {
  id: string;
  subcomponent?: string;
  endDate?: IsoDate;
  participants: string[];
}

export interface EvaluationInputs {
  program: Program;
  year: ProgramYear;
  definitions: FormDefinitions;
  forms: FilledForm[];
  /** Files that could not be read as forms at all. */
  unreadable: RejectedForm[];
  rosters: CohortRoster[];
}

export type RatingValue = '1' | '2' | '3' | '4' | '5' | 'NA';
const RATING_VALUES = RATING_CHOICES.map((c) => c.value) as RatingValue[];

export interface CohortResponse {
  id: string;
  subcomponent?: string;
  endDate?: IsoDate;
  /** Who should have answered: the roster's size, else the cohort's recorded graduates. */
  expected?: number;
  expectedFrom: 'roster' | 'graduates' | 'unknown';
  returned: number;
  /** Percent, one decimal; absent when the expected number is unknown or zero. */
  responseRate?: number;
  /** The chase list: participants on the roster with no form back (empty without a roster). */
  notReturned: string[];
  programManagerForm: boolean;
}

export interface RatingSummary {
  field: string;
  label: string;
  section: string;
  counts: Record<RatingValue, number>;
  /** Answers on the 1–5 scale (N/A and blanks excluded). */
  answered: number;
  mean?: number;
}

export interface NarrativeSummary {
  field: string;
  question: string;
  answers: { cohort: string; text: string }[];
}

export interface ChoiceSummary {
  field: string;
  label: string;
  yes: number;
  no: number;
  unanswered: number;
}

export interface ProgramManagerSummary {
  cohort: string;
  file: string;
  facts: { field: string; label: string; value: string }[];
  delivery: { field: string; label: string; met: boolean | null; notes: string }[];
  narratives: { field: string; label: string; text: string }[];
}

export interface PlacementFigures {
  certified: number;
  placed: number;
  rate?: number;
}

export interface Placement {
  cohorts: (PlacementFigures & { id: string; graduationDate?: IsoDate; year?: string })[];
  overall: PlacementFigures;
  /** By the fiscal year cohorts graduated in, oldest first. */
  trend: (PlacementFigures & { year: string })[];
}

/** One answer of one counted form: a row of the CSV. Forms are numbered, never named. */
export interface AnswerRow {
  response: string;
  form: EvaluationFormId;
  cohort: string;
  field: string;
  question: string;
  answer: string;
}

export interface EvaluationResults {
  year: ProgramYear;
  forms: { read: number; counted: number; rejected: RejectedForm[] };
  cohorts: CohortResponse[];
  ratings: RatingSummary[];
  choices: ChoiceSummary[];
  narratives: NarrativeSummary[];
  programManagers: ProgramManagerSummary[];
  placement: Placement;
  answers: AnswerRow[];
  findings: EvaluationFinding[];
}

export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined;
}

function graduation(c: { graduationDate?: IsoDate; endDate?: IsoDate }): IsoDate | undefined {
  return c.graduationDate ?? c.endDate;
}

/** MM/DD/YYYY (as the forms ask) or YYYY-MM-DD → a sortable ISO date. */
function completedOn(value: FormValue | undefined): string {
  if (typeof value !== 'string') return '';
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : '';
}

function text(value: FormValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function sectionOf(field: FieldInfo): string {
  return field.name.startsWith('growth_') ? 'Growth in the Executive Core Qualifications' : 'Program elements';
}

interface Counted {
  form: FilledForm;
  id: EvaluationFormId;
  cohort: string;
  participant?: string;
}

export function analyseEvaluations(inputs: EvaluationInputs): EvaluationResults {
  const { program, year, definitions } = inputs;
  const findings: EvaluationFinding[] = [];
  const rejected: RejectedForm[] = [...inputs.unreadable];
  for (const r of inputs.unreadable) findings.push({ file: r.file, severity: 'error', ruleId: r.ruleId, message: `not read: ${r.reason}` });
  const reject = (file: string, ruleId: string, reason: string, severity: EvaluationFinding['severity'] = 'error') => {
    rejected.push({ file, ruleId, reason });
    findings.push({ file, severity, ruleId, message: `not counted: ${reason}` });
  };

  const records = new Map<string, CohortRecord>((program.cohorts ?? []).filter((c) => c.id).map((c) => [c.id!, c]));
  const rosters = new Map(inputs.rosters.map((r) => [r.id, r]));
  const knownCohort = (id: string) => records.has(id) || rosters.has(id);
  const cohortEnd = (id: string) => graduation(records.get(id) ?? {}) ?? rosters.get(id)?.endDate;
  const agency = program.agency?.acronym ?? program.agency?.name;
  const ourAgencies = new Set([program.agency?.acronym, program.agency?.name].filter(Boolean).map((a) => a!.toLowerCase()));

  // 1. Which forms are ours, current, of this agency, of a cohort of this program, of this year.
  const candidates: Counted[] = [];
  for (const form of inputs.forms) {
    const identity = form.identity;
    if (!identity) {
      reject(form.file, 'form-unknown', 'the file carries no sescdp form identity (not a form sescdp wrote, or one written before forms carried it)');
      continue;
    }
    if (!(identity.form in definitions)) {
      reject(form.file, 'form-not-evaluation', `it is a sescdp "${identity.form}" document, not a participant or program-manager evaluation`);
      continue;
    }
    const id = identity.form as EvaluationFormId;
    const definition = definitions[id];
    resolveUntagged(form, definition.fields);
    if (identity.version !== definition.version) {
      reject(form.file, 'form-version', `it is version ${identity.version} of the ${id} form; this sescdp reads version ${definition.version}: send the current form (sescdp cohort or render ${id})`);
      continue;
    }
    if (identity.agency && ourAgencies.size && !ourAgencies.has(identity.agency.toLowerCase())) {
      reject(form.file, 'form-other-agency', `it was issued by ${identity.agency}, not ${agency}`);
      continue;
    }
    if (!Object.keys(form.values).some((name) => definition.fields.some((f) => f.name === name))) {
      reject(form.file, 'form-flattened', 'it has none of the form\'s fields (flattened or printed to PDF): ask for the filled form itself');
      continue;
    }
    const cohort = identity.cohort ?? text(form.values.cohort_id);
    if (!cohort) {
      reject(form.file, 'form-no-cohort', 'it names no cohort: fill in "Cohort" or send the form from the cohort folder');
      continue;
    }
    if (!knownCohort(cohort)) {
      reject(form.file, 'form-unknown-cohort', `cohort "${cohort}" is not among the program's cohorts`);
      continue;
    }
    const end = cohortEnd(cohort);
    if (!inYear(end, year)) {
      reject(form.file, 'form-other-year', `cohort ${cohort} ${end ? `ended on ${end}` : 'has no end date'}, outside ${year.label} (${year.start} to ${year.end})`, 'info');
      continue;
    }
    if (id === 'evaluation-participant' && isBlank(form, definition.fields)) {
      reject(form.file, 'form-blank', 'no question on it is answered (a blank form sent back)', 'warning');
      continue;
    }
    const counted: Counted = { form, id, cohort };
    if (id === 'evaluation-participant') {
      const who = identity.participant ?? text(form.values.participant_name);
      if (who) counted.participant = who;
    }
    candidates.push(counted);
  }

  // 2. One form per participant (and per cohort for the program manager's): the later one counts.
  const byKey = new Map<string, Counted[]>();
  for (const c of candidates) {
    const key = c.id === 'evaluation-cohort' ? `pm|${c.cohort}` : c.participant ? `p|${c.cohort}|${nameKey(c.participant)}` : `anon|${c.form.file}`;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const counted: Counted[] = [];
  for (const group of byKey.values()) {
    const sorted = [...group].sort((a, b) => later(a.form, b.form));
    const kept = sorted[sorted.length - 1]!;
    counted.push(kept);
    if (group.length > 1) {
      const who = kept.id === 'evaluation-cohort' ? `the program-manager evaluation of cohort ${kept.cohort}` : `${displayName(kept.participant!)} (cohort ${kept.cohort})`;
      for (const dropped of sorted.slice(0, -1)) {
        reject(dropped.form.file, 'form-duplicate', `a later form for ${who} was returned: ${kept.form.file} is counted instead`, 'warning');
      }
      findings.push({ file: kept.form.file, severity: 'info', ruleId: 'form-duplicate', message: `counted: the latest of ${group.length} forms for ${who}` });
    }
  }
  counted.sort((a, b) => (a.form.file < b.form.file ? -1 : a.form.file > b.form.file ? 1 : 0));

  // 3. Each counted form's answers: required items answered, ratings on the scale, roster membership.
  for (const c of counted) {
    for (const field of definitions[c.id].fields) {
      const value = c.form.values[field.name];
      if (field.type === 'yesno' && typeof value === 'string' && value !== 'Yes' && value !== 'No') {
        findings.push({ file: c.form.file, field: field.name, severity: 'error', ruleId: 'answer-out-of-range', message: `"${field.label}" is answered "${value}", not Yes or No: not counted` });
      } else if (field.type === 'rating' && typeof value === 'string' && !RATING_VALUES.includes(value as RatingValue)) {
        findings.push({ file: c.form.file, field: field.name, severity: 'error', ruleId: 'rating-out-of-scale', message: `"${field.label}" is rated "${value}", outside the scale 1–5 or N/A: not counted` });
      } else if (isRequired(field) && (value === null || value === undefined || value === '')) {
        findings.push({ file: c.form.file, field: field.name, severity: 'warning', ruleId: 'answer-missing', message: `"${field.label}" is not answered` });
      }
    }
    const roster = rosters.get(c.cohort);
    if (c.id === 'evaluation-participant' && roster) {
      if (!c.participant) findings.push({ file: c.form.file, field: 'participant_name', severity: 'warning', ruleId: 'participant-unnamed', message: `the form names no participant, so it cannot be matched to cohort ${c.cohort}'s roster` });
      else if (!roster.participants.some((p) => nameKey(p) === nameKey(c.participant!))) {
        findings.push({ file: c.form.file, field: 'participant_name', severity: 'warning', ruleId: 'participant-not-on-roster', message: `${displayName(c.participant)} is not on cohort ${c.cohort}'s roster` });
      }
    }
  }

  const participantForms = counted.filter((c) => c.id === 'evaluation-participant');
  const cohortForms = counted.filter((c) => c.id === 'evaluation-cohort');
  const pDef = definitions['evaluation-participant'].fields.filter((f) => !IDENTIFYING_FIELDS.has(f.name));

  const results: EvaluationResults = {
    year,
    forms: { read: inputs.forms.length + inputs.unreadable.length, counted: counted.length, rejected },
    cohorts: cohortResponses(program, inputs.rosters, year, participantForms, cohortForms),
    ratings: pDef.filter((f) => f.type === 'rating').map((f) => ratingSummary(f, participantForms)),
    choices: pDef.filter((f) => f.type === 'checkbox' || f.type === 'yesno').map((f) => choiceSummary(f, participantForms)),
    narratives: pDef.filter((f) => f.type === 'multiline').map((f) => ({
      field: f.name,
      question: f.label,
      answers: participantForms.map((c) => ({ cohort: c.cohort, text: text(c.form.values[f.name]) })).filter((a) => a.text),
    })),
    programManagers: cohortForms.map((c) => programManagerSummary(c, definitions['evaluation-cohort'].fields)),
    placement: placement(program),
    answers: answerRows(counted, definitions),
    findings,
  };
  for (const cohort of results.cohorts) {
    for (const name of cohort.notReturned) findings.push({ file: `cohort ${cohort.id}`, severity: 'warning', ruleId: 'form-not-returned', message: `${name} has not returned a participant evaluation` });
    if (!cohort.programManagerForm) findings.push({ file: `cohort ${cohort.id}`, severity: 'warning', ruleId: 'form-not-returned', message: 'the program-manager cohort evaluation has not been returned' });
  }
  return results;
}

/**
 * Controls that lost their tag are matched to fields by their unique title, and when some have no title either
 * (LibreOffice 7 drops both on a drop-down list), by position, provided the form has exactly the definition's controls.
 */
function resolveUntagged(form: FilledForm, fields: FieldInfo[]): void {
  const controls = form.controls;
  if (!controls) return;
  const byPosition = controls.length === fields.length;
  fields.forEach((field, i) => {
    if (form.values[field.name] !== undefined) return;
    const titled = controls.find((c) => c.tag === undefined && c.title === controlTitle(field.tooltip));
    const placed = byPosition && controls[i]!.tag === undefined && controls[i]!.title === undefined ? controls[i] : undefined;
    const control = titled ?? placed;
    if (control) form.values[field.name] = control.value;
  });
}

/** No answer at all beyond who and when: a form returned unfilled is not a response. */
function isBlank(form: FilledForm, fields: FieldInfo[]): boolean {
  return fields.every((f) => {
    if (IDENTIFYING_FIELDS.has(f.name)) return true;
    const v = form.values[f.name];
    return v === undefined || v === null || v === false || (typeof v === 'string' && v.trim() === '');
  });
}

/** Orders two forms of the same person: by the date completed on the form, then the file's time, then its name. */
function later(a: FilledForm, b: FilledForm): number {
  const da = completedOn(a.values.date_completed ?? a.values.program_manager_date);
  const db = completedOn(b.values.date_completed ?? b.values.program_manager_date);
  if (da !== db) return da < db ? -1 : 1;
  if ((a.modified ?? 0) !== (b.modified ?? 0)) return (a.modified ?? 0) - (b.modified ?? 0);
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function cohortResponses(program: Program, rosters: CohortRoster[], year: ProgramYear, participantForms: Counted[], cohortForms: Counted[]): CohortResponse[] {
  const ids: { id: string; subcomponent?: string; endDate?: IsoDate; graduates?: number }[] = [];
  for (const c of program.cohorts ?? []) {
    if (c.id && inYear(graduation(c), year)) ids.push({ id: c.id, subcomponent: c.subcomponent, endDate: graduation(c), graduates: c.outcomes?.graduated });
  }
  for (const r of rosters) if (!ids.some((c) => c.id === r.id) && inYear(r.endDate, year)) ids.push({ id: r.id, subcomponent: r.subcomponent, endDate: r.endDate });
  return ids.map((c) => {
    const roster = rosters.find((r) => r.id === c.id);
    const forms = participantForms.filter((f) => f.cohort === c.id);
    const returned = new Set(forms.map((f) => (f.participant ? nameKey(f.participant) : '')));
    const expected = roster ? roster.participants.length : c.graduates;
    const response: CohortResponse = {
      id: c.id,
      expectedFrom: roster ? 'roster' : c.graduates !== undefined ? 'graduates' : 'unknown',
      returned: forms.length,
      notReturned: roster ? roster.participants.filter((p) => !returned.has(nameKey(p))).map(displayName) : [],
      programManagerForm: cohortForms.some((f) => f.cohort === c.id),
    };
    if (c.subcomponent) response.subcomponent = c.subcomponent;
    if (c.endDate) response.endDate = c.endDate;
    if (expected !== undefined) response.expected = expected;
    const rate = expected !== undefined ? percent(Math.min(forms.length, expected), expected) : undefined;
    if (rate !== undefined) response.responseRate = rate;
    return response;
  });
}

function ratingSummary(field: FieldInfo, forms: Counted[]): RatingSummary {
  const counts = Object.fromEntries(RATING_VALUES.map((v) => [v, 0])) as Record<RatingValue, number>;
  for (const f of forms) {
    const v = f.form.values[field.name];
    if (typeof v === 'string' && RATING_VALUES.includes(v as RatingValue)) counts[v as RatingValue]++;
  }
  const scale = RATING_VALUES.filter((v) => v !== 'NA');
  const answered = scale.reduce((n, v) => n + counts[v], 0);
  const total = scale.reduce((n, v) => n + Number(v) * counts[v], 0);
  const summary: RatingSummary = { field: field.name, label: field.label, section: sectionOf(field), counts, answered };
  if (answered) summary.mean = Math.round((total / answered) * 100) / 100;
  return summary;
}

function choiceSummary(field: FieldInfo, forms: Counted[]): ChoiceSummary {
  let yes = 0;
  let no = 0;
  for (const f of forms) {
    const v = f.form.values[field.name];
    if (v === true || v === 'Yes') yes++;
    else if (v === false || v === 'No') no++;
  }
  return { field: field.name, label: field.label, yes, no, unanswered: forms.length - yes - no };
}

/** Program-manager form fields that say which cohort, not how it went. */
const PM_IDENTIFYING = new Set(['cohort_id', 'cohort_start', 'cohort_graduation']);

function programManagerSummary(c: Counted, fields: FieldInfo[]): ProgramManagerSummary {
  const v = c.form.values;
  const label = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const delivery = fields.filter((f) => /^delivered_[a-z_]+$/.test(f.name) && !f.name.endsWith('_notes'));
  return {
    cohort: c.cohort,
    file: c.form.file,
    facts: fields.filter((f) => f.name.startsWith('cohort_') && !PM_IDENTIFYING.has(f.name)).map((f) => ({ field: f.name, label: f.label, value: text(v[f.name]) })),
    delivery: delivery.map((f) => {
      const raw = v[f.name];
      return { field: f.name, label: f.label.replace(/: met for every participant\??$/, ''), met: raw === true || raw === 'Yes' ? true : raw === false || raw === 'No' ? false : null, notes: text(v[`${f.name}_notes`]) };
    }),
    narratives: ['cost_items', 'lessons_learned', 'changes_made'].filter((n) => fields.some((f) => f.name === n)).map((n) => ({ field: n, label: label(n), text: text(v[n]) })),
  };
}

function placement(program: Program): Placement {
  const cohorts = (program.cohorts ?? [])
    .filter((c) => c.id && c.outcomes?.certified !== undefined)
    .map((c) => {
      const certified = c.outcomes!.certified ?? 0;
      const placed = c.outcomes!.placed ?? 0;
      const end = graduation(c);
      const row: Placement['cohorts'][number] = { id: c.id!, certified, placed };
      if (end) {
        row.graduationDate = end;
        row.year = fiscalYear(fiscalYearOf(end)).label;
      }
      const rate = percent(placed, certified);
      if (rate !== undefined) row.rate = rate;
      return row;
    });
  const sum = (rows: PlacementFigures[]): PlacementFigures => {
    const certified = rows.reduce((n, r) => n + r.certified, 0);
    const placed = rows.reduce((n, r) => n + r.placed, 0);
    const rate = percent(placed, certified);
    return rate === undefined ? { certified, placed } : { certified, placed, rate };
  };
  const years = [...new Set(cohorts.map((c) => c.year).filter((y): y is string => !!y))].sort();
  return { cohorts, overall: sum(cohorts), trend: years.map((year) => ({ year, ...sum(cohorts.filter((c) => c.year === year)) })) };
}

function answerRows(counted: Counted[], definitions: FormDefinitions): AnswerRow[] {
  const rows: AnswerRow[] = [];
  counted.forEach((c, i) => {
    const response = `R${String(i + 1).padStart(4, '0')}`;
    for (const field of definitions[c.id].fields) {
      if (field.name === 'participant_name' || field.type === 'signature') continue; // answers are never tied to a name
      const v = c.form.values[field.name];
      const answer = v === true ? 'Yes' : v === false ? 'No' : v === null || v === undefined ? '' : v === 'NA' && field.type === 'rating' ? 'N/A' : v;
      rows.push({ response, form: c.id, cohort: c.cohort, field: field.name, question: field.label, answer });
    }
  });
  return rows;
}
