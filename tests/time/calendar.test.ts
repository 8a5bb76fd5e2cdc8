import { describe, expect, it } from 'vitest';
import { easterDays, formatDay, fromDays, isoWeek, nthWeekday, seasonOf, toDays, weekday } from '../../src/extract/time/calendar.js';

describe('calendar arithmetic', () => {
  it('round-trips day numbers and knows weekdays', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2021, 11, 7], [1899, 12, 31], [2100, 3, 1]] as const) {
      expect(fromDays(toDays(y, m, d))).toEqual({ y, m, d });
    }
    expect(toDays(1970, 1, 1)).toBe(0);
    expect(weekday(toDays(2021, 11, 7))).toBe(7);
    expect(weekday(toDays(2024, 2, 29))).toBe(4);
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek(toDays(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(toDays(2018, 12, 31))).toEqual({ year: 2019, week: 1 });
    expect(isoWeek(toDays(2021, 11, 7))).toEqual({ year: 2021, week: 44 });
  });

  it('computes Easter and n-th weekdays', () => {
    expect(formatDay(easterDays(2019))).toBe('2019-04-21');
    expect(formatDay(easterDays(2024))).toBe('2024-03-31');
    expect(formatDay(easterDays(2025))).toBe('2025-04-20');
    expect(formatDay(nthWeekday(2023, 11, 4, 4))).toBe('2023-11-23'); // Thanksgiving
    expect(formatDay(nthWeekday(2024, 5, 1, -1))).toBe('2024-05-27'); // last Monday of May
  });

  it('labels a winter by the year of its December', () => {
    expect(seasonOf(2022, 1)).toEqual({ y: 2021, s: 'WI' });
    expect(seasonOf(2022, 12)).toEqual({ y: 2022, s: 'WI' });
    expect(seasonOf(2022, 9)).toEqual({ y: 2022, s: 'FA' });
  });
});
