import { describe, expect, it } from 'vitest';
import { addMonths, addYears, calendarLength, inclusiveDays, isIsoDate, lengthText, longDate, monthsEnd } from '../../src/model/dates.js';

describe('calendar arithmetic', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('counts assignment days start and end inclusive', () => {
    expect(inclusiveDays('2026-01-01', '2026-04-30')).toBe(120);
  });

  it('knows real dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });

  it('writes dates as federal correspondence does', () => {
    expect(longDate('2026-03-03')).toBe('March 3, 2026');
  });
});

describe('months counted on the calendar, both ends included', () => {
  it('ends a span the day before the same date months later', () => {
    expect(monthsEnd('2027-01-11', 9)).toBe('2027-10-10');
    expect(monthsEnd('2027-01-11', 12)).toBe('2028-01-10');
    expect(monthsEnd('2027-01-01', 12)).toBe('2027-12-31');
    expect(monthsEnd('2027-12-15', 1)).toBe('2028-01-14');
  });

  it('ends on the last day of a month that has no such date (month ends)', () => {
    expect(monthsEnd('2027-01-31', 9)).toBe('2027-10-30'); // October 31 exists: the day before it
    expect(monthsEnd('2027-01-31', 1)).toBe('2027-02-28');
    expect(monthsEnd('2027-01-30', 1)).toBe('2027-02-28');
    expect(monthsEnd('2027-01-28', 1)).toBe('2027-02-27');
    expect(monthsEnd('2027-03-31', 6)).toBe('2027-09-30');
  });

  it('handles leap days at both ends', () => {
    expect(monthsEnd('2027-05-31', 9)).toBe('2028-02-29');
    expect(monthsEnd('2028-01-30', 1)).toBe('2028-02-29');
    expect(monthsEnd('2028-02-29', 12)).toBe('2029-02-28');
    expect(monthsEnd('2028-02-29', 1)).toBe('2028-03-28');
  });

  it('reads a span as whole months and the days left over', () => {
    expect(calendarLength('2027-01-11', '2027-10-10')).toEqual({ months: 9, days: 0 });
    expect(calendarLength('2027-01-11', '2027-10-09')).toEqual({ months: 8, days: 29 });
    expect(calendarLength('2027-01-11', '2028-01-10')).toEqual({ months: 12, days: 0 });
    expect(calendarLength('2027-01-11', '2028-01-11')).toEqual({ months: 12, days: 1 });
    expect(lengthText('2027-01-11', '2028-01-11')).toBe('12 months and 1 day');
    expect(lengthText('2027-01-31', '2027-10-30')).toBe('9 months');
    expect(lengthText('2027-01-11', '2027-01-11')).toBe('1 day');
  });
});

describe('dates outside 1900–2199 (issue 11, item 8)', () => {
  it('are findings located in the file, not a crash or a 1900s date', async () => {
    const { parseProgram } = await import('../../src/model/load.js');
    const { InputError } = await import('../../src/model/input-error.js');
    const { readFileSync } = await import('node:fs');
    const { EXAMPLES } = await import('../support/programs.js');
    const text = readFileSync(EXAMPLES.compliant, 'utf8');
    for (const bad of ['9999-12-31', '0099-01-01', '1899-12-31', '2200-01-01']) {
      const changed = text.replace(/^(\s*lastApprovalDate:\s*).*$/m, `$1${bad}`);
      expect(changed).not.toBe(text);
      let error: unknown;
      try {
        parseProgram('p.yaml', changed);
      } catch (err) {
        error = err;
      }
      expect(error, bad).toBeInstanceOf(InputError);
      expect((error as InstanceType<typeof InputError>).format()).toMatch(/^p\.yaml:\d+:\d+ {2}approval\.lastApprovalDate: the year must be from 1900 to 2199/);
    }
    for (const good of ['1900-01-01', '2199-12-31']) expect(() => parseProgram('p.yaml', text.replace(/^(\s*lastApprovalDate:\s*).*$/m, `$1${good}`))).not.toThrow();
  });

  it('--as-of takes the same range', () => {
    expect(isIsoDate('2199-12-31')).toBe(true);
    expect(isIsoDate('2200-01-01')).toBe(false);
    expect(isIsoDate('0099-01-01')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
  });
});
