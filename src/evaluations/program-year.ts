// The program year an annual evaluation covers: by default the Federal fiscal year (October 1 to September 30),
// named for the calendar year it ends in (FY2027 = 2026-10-01 to 2027-09-30).
import type { IsoDate } from '../model/dates.js';

export interface ProgramYear {
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export function fiscalYear(year: number): ProgramYear {
  return { label: `FY${year}`, start: `${year - 1}-10-01`, end: `${year}-09-30` };
}

/** The fiscal year a date falls in. */
export function fiscalYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '10-01' ? year + 1 : year;
}

/** The latest fiscal year that has ended on or before `asOf`: the year an evaluation written then looks back on. */
export function lastEndedFiscalYear(asOf: IsoDate): ProgramYear {
  const current = fiscalYearOf(asOf);
  const year = fiscalYear(current);
  return asOf >= year.end ? year : fiscalYear(current - 1);
}

/** "FY2027" or "2027" → the fiscal year; undefined for anything else. */
export function parseFiscalYear(text: string): ProgramYear | undefined {
  const m = /^(?:FY)?(\d{4})$/i.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  return year >= 1990 && year <= 2200 ? fiscalYear(year) : undefined;
}

export function inYear(date: IsoDate | undefined, year: ProgramYear): boolean {
  return date !== undefined && date >= year.start && date <= year.end;
}
