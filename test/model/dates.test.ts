import { describe, expect, it } from 'vitest';
import { addMonths, addYears, inclusiveDays, isIsoDate, longDate } from '../../src/model/dates.js';

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
