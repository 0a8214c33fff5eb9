import {describe, expect, it} from 'vitest';
import {addDays, addMonths, formatDate, isIsoDate} from '@/lib/dates';

describe('dates', () => {
  it.each([
    ['2026-11-24', 1, '2026-12-24'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
  ])('%s + %i month = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('24/11/2026')).toBe(false);
  });

  it('formats in each locale', () => {
    expect(formatDate('2026-12-24', 'fr')).toBe('24 décembre 2026');
    expect(formatDate('2026-12-24', 'en')).toBe('December 24, 2026');
  });

  it('writes the first day of a month "1er" in French', () => {
    expect(formatDate('2026-11-01', 'fr')).toBe('1er novembre 2026');
    expect(formatDate('2026-11-11', 'fr')).toBe('11 novembre 2026');
    expect(formatDate('2026-11-01', 'en')).toBe('November 1, 2026');
  });
});
