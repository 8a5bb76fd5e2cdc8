// Compare two TIMEX3 values at their common granularity, for cross-source
// checks ("2021-10" in one article, "2021-10-15" in another is compatible;
// 2007 vs 2008 is not).
import { parseDateValue } from './values.js';

export type TimexComparison = 'equal' | 'compatible' | 'different' | 'incomparable';

const DURATION_RE = /^P(?:(\d+(?:\.\d+)?)(DE|CE|ML|Y|M|W|D)|T(\d+(?:\.\d+)?)(H|M|S))$/;
/** Length of a duration unit in days; calendar units are approximate (a month is 30.44 days). */
const UNIT_DAYS: Record<string, number> = {
  ML: 365250, CE: 36525, DE: 3652.5, Y: 365.25, M: 30.4375, W: 7, D: 1, H: 1 / 24, TM: 1 / 1440, S: 1 / 86400,
};
/** Units counted in months (years, decades...) compare exactly among themselves. */
const MONTHS_PER: Record<string, number> = { ML: 12000, CE: 1200, DE: 120, Y: 12, M: 1 };

function parseDuration(v: string): { days: number; months?: number } | null {
  const m = DURATION_RE.exec(v);
  if (!m) return null;
  if (m[1] !== undefined) {
    const n = Number(m[1]);
    const unit = m[2]!;
    return MONTHS_PER[unit] !== undefined ? { days: n * UNIT_DAYS[unit]!, months: n * MONTHS_PER[unit]! } : { days: n * UNIT_DAYS[unit]! };
  }
  const n = Number(m[3]);
  const unit = m[4] === 'M' ? 'TM' : m[4]!;
  return { days: n * UNIT_DAYS[unit]! };
}

const CLOCK_RE = /T(\d{2}):(\d{2})$/;
const PART_RE = /T(MO|AF|EV|NI)$/;
/** Rough hour ranges of the parts of a day, to see whether a clock time fits "Monday evening". */
const PART_HOURS: Record<string, [number, number]> = { MO: [0, 12], AF: [12, 18], EV: [17, 24], NI: [19, 30] };

/**
 * A clock time in a report is approximate: "noon" in one article and "12:05"
 * in another, or "about 3 p.m." and "3:20", are one moment told twice.
 */
const CLOCK_SLACK_HOURS = 0.5;
/** "Tuesday night" runs into the small hours of Wednesday. */
const NIGHT_ENDS_NEXT_DAY = 6;

/** Hour range [from, to) of the time part of a value, or undefined for a whole day. */
function hoursOf(v: string): [number, number] | undefined {
  const c = CLOCK_RE.exec(v);
  if (c) {
    const h = Number(c[1]) + Number(c[2]) / 60;
    return [h - CLOCK_SLACK_HOURS, h + CLOCK_SLACK_HOURS];
  }
  const p = PART_RE.exec(v);
  return p ? PART_HOURS[p[1]!] : undefined;
}

/**
 * Compare two TIMEX3 values at their common granularity.
 * - equal: the same period ("2021-10" and "2021-10"; "P1DE" and "P10Y")
 * - compatible: one contains or overlaps the other ("2021-10" and "2021-10-15"; "2021-W43" and "2021-10-28")
 * - different: they cannot both be true ("2007" and "2008"; "P2W" and "P3W")
 * - incomparable: a duration against a date, references (PRESENT_REF), vague or unresolved values (X)
 */
export function compareTimex(a: string, b: string): TimexComparison {
  if (a.includes('X') && !/^\d{3}X$/.test(a)) return 'incomparable';
  if (b.includes('X') && !/^\d{3}X$/.test(b)) return 'incomparable';
  const da = parseDuration(a);
  const db = parseDuration(b);
  if (da || db) {
    if (!da || !db) return 'incomparable';
    if (da.months !== undefined && db.months !== undefined) return da.months === db.months ? 'equal' : 'different';
    if (Math.abs(da.days - db.days) < 1e-9) return 'equal';
    // Across month/day units only a rough comparison is honest ("P1M" vs "P30D").
    return Math.abs(da.days - db.days) / Math.max(da.days, db.days) <= 0.1 ? 'compatible' : 'different';
  }
  const ia = parseDateValue(a);
  const ib = parseDateValue(b);
  if (!ia || !ib) return 'incomparable';
  if (ia.gran === 'day' && ib.gran === 'day' && (nightIntoNext(a, ia.end, b, ib.start) || nightIntoNext(b, ib.end, a, ia.start))) return 'compatible';
  if (ia.end <= ib.start || ib.end <= ia.start) return 'different';
  const sameRange = ia.start === ib.start && ia.end === ib.end;
  if (sameRange && ia.gran === 'day') {
    const ha = hoursOf(a);
    const hb = hoursOf(b);
    if (ha && hb) {
      if (a === b) return 'equal';
      return ha[0] < hb[1] && hb[0] < ha[1] ? 'compatible' : 'different';
    }
    return ha || hb ? 'compatible' : 'equal';
  }
  return sameRange && ia.gran === ib.gran ? 'equal' : 'compatible';
}

/** `night` is the night of a day whose end is the start of `morning`'s day, and `morning` is in its small hours. */
function nightIntoNext(night: string, nightDayEnd: number, morning: string, morningDayStart: number): boolean {
  if (!night.endsWith('TNI') || nightDayEnd !== morningDayStart) return false;
  const hours = hoursOf(morning);
  return hours !== undefined && hours[0] < NIGHT_ENDS_NEXT_DAY;
}
