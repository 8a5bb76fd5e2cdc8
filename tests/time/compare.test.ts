import { describe, expect, it } from 'vitest';
import { compareTimex } from '../../src/extract/time/compare.js';

describe('compareTimex', () => {
  it('equal: same value or same period written two ways', () => {
    expect(compareTimex('2021-10', '2021-10')).toBe('equal');
    expect(compareTimex('2021-11-07', '2021-11-07')).toBe('equal');
    expect(compareTimex('P1DE', 'P10Y')).toBe('equal');
    expect(compareTimex('P2W', 'P2W')).toBe('equal');
  });

  it('compatible: one period inside or overlapping the other', () => {
    expect(compareTimex('2021-10', '2021-10-15')).toBe('compatible');
    expect(compareTimex('2021', '2021-Q3')).toBe('compatible');
    expect(compareTimex('199X', '1995')).toBe('compatible');
    expect(compareTimex('2021-W43', '2021-10-28')).toBe('compatible');
    expect(compareTimex('2021-W39', '2021-10')).toBe('compatible'); // Sept 27 - Oct 3 overlaps October
    expect(compareTimex('2020-WI', '2021-01')).toBe('compatible');
    expect(compareTimex('2021-11-01TEV', '2021-11-01T19:30')).toBe('compatible');
    expect(compareTimex('19', '1918-11-11')).toBe('compatible');
    expect(compareTimex('P1M', 'P30D')).toBe('compatible');
  });

  it('compatible: reported clock times within half an hour, and a night running into the next small hours', () => {
    expect(compareTimex('2025-10-08T12:00', '2025-10-08T12:05')).toBe('compatible'); // "noon" / "12:05"
    expect(compareTimex('2025-10-08T15:20', '2025-10-08T15:00')).toBe('compatible');
    expect(compareTimex('2025-03-18TNI', '2025-03-19T02:30')).toBe('compatible');
    expect(compareTimex('2025-03-19T02:30', '2025-03-18TNI')).toBe('compatible');
    // Not the morning after, nor a clock time an hour and more away.
    expect(compareTimex('2025-03-18TNI', '2025-03-19T07:30')).toBe('different');
    expect(compareTimex('2025-10-08T12:00', '2025-10-08T13:10')).toBe('different');
    expect(compareTimex('2025-03-18', '2025-03-19T02:00')).toBe('different');
  });

  it('different: periods that cannot both be right', () => {
    expect(compareTimex('2007', '2008')).toBe('different');
    expect(compareTimex('2021-10', '2021-11-02')).toBe('different');
    expect(compareTimex('2021-11-01T09:00', '2021-11-01T15:00')).toBe('different');
    expect(compareTimex('2021-SU', '2021-12')).toBe('different');
    expect(compareTimex('P2W', 'P3W')).toBe('different');
    expect(compareTimex('P1Y', 'P18M')).toBe('different');
  });

  it('incomparable: durations vs dates, references, vague and unresolved values', () => {
    expect(compareTimex('P1M', '2021-10')).toBe('incomparable');
    expect(compareTimex('PRESENT_REF', '2021-10')).toBe('incomparable');
    expect(compareTimex('PAST_REF', 'PAST_REF')).toBe('incomparable');
    expect(compareTimex('XXXX-10', '2021-10')).toBe('incomparable');
    expect(compareTimex('XXXX-WXX-1', 'XXXX-WXX-1')).toBe('incomparable');
    expect(compareTimex('PXW', 'P2W')).toBe('incomparable');
  });
});
