// TIMEX3 date values as calendar intervals, and back: the one place that
// knows how 2021-W44, 2021-SU, 199X or 18 map to days.
import {
  addMonths, formatDay, formatMonth, formatWeek, fromDays, isoWeekStart, isValidDate, pad2, pad4, seasonOf,
  seasonRange, toDays, type Season,
} from './calendar.js';

export type Gran = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** How coarse a granularity is; shifting by a finer unit than the base makes no sense. */
export const GRAN_RANK: Record<Gran, number> = {
  day: 0, weekend: 1, week: 1, month: 2, quarter: 3, season: 3, half: 4, year: 5, decade: 6, century: 7,
};

/** Half-open range of days [start, end) a date value covers. */
export interface Interval {
  gran: Gran;
  start: number;
  end: number;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const WEEK_RE = /^(\d{4})-W(\d{2})(-WE)?$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const PART_RE = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/;
const YEAR_RE = /^(\d{4})$/;
const DECADE_RE = /^(\d{3})X$/;
const CENTURY_RE = /^(\d{2})$/;

/** Calendar interval of a resolved DATE/TIME value; null for references, durations, sets and X values. */
export function parseDateValue(v: string): Interval | null {
  let m = DAY_RE.exec(v);
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (!isValidDate(y, mo, d)) return null;
    const start = toDays(y, mo, d);
    return { gran: 'day', start, end: start + 1 };
  }
  if ((m = WEEK_RE.exec(v))) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    return m[3] ? { gran: 'weekend', start: monday + 5, end: monday + 7 } : { gran: 'week', start: monday, end: monday + 7 };
  }
  if ((m = MONTH_RE.exec(v))) {
    const y = Number(m[1]), mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    const next = addMonths(y, mo, 1);
    return { gran: 'month', start: toDays(y, mo, 1), end: toDays(next.y, next.m, 1) };
  }
  if ((m = PART_RE.exec(v))) {
    const y = Number(m[1]);
    const part = m[2]!;
    if (part[0] === 'Q' || part[0] === 'H') {
      const len = part[0] === 'Q' ? 3 : 6;
      const startMonth = (Number(part[1]) - 1) * len + 1;
      const next = addMonths(y, startMonth, len);
      return { gran: part[0] === 'Q' ? 'quarter' : 'half', start: toDays(y, startMonth, 1), end: toDays(next.y, next.m, 1) };
    }
    const [s, e] = seasonRange(y, part as Season);
    return { gran: 'season', start: s, end: e + 1 };
  }
  if ((m = YEAR_RE.exec(v))) {
    const y = Number(m[1]);
    return { gran: 'year', start: toDays(y, 1, 1), end: toDays(y + 1, 1, 1) };
  }
  if ((m = DECADE_RE.exec(v))) {
    const y = Number(m[1]) * 10;
    return { gran: 'decade', start: toDays(y, 1, 1), end: toDays(y + 10, 1, 1) };
  }
  if ((m = CENTURY_RE.exec(v))) {
    const y = Number(m[1]) * 100;
    return { gran: 'century', start: toDays(y, 1, 1), end: toDays(y + 100, 1, 1) };
  }
  return null;
}

/** The value of the period of granularity `gran` that contains day `days`. */
export function formatAt(gran: Gran, days: number): string {
  const { y, m } = fromDays(days);
  switch (gran) {
    case 'day': return formatDay(days);
    case 'week': return formatWeek(days);
    case 'weekend': return `${formatWeek(days)}-WE`;
    case 'month': return formatMonth(y, m);
    case 'quarter': return `${pad4(y)}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'half': return `${pad4(y)}-H${m <= 6 ? 1 : 2}`;
    case 'season': {
      const s = seasonOf(y, m);
      return `${pad4(s.y)}-${s.s}`;
    }
    case 'year': return pad4(y);
    case 'decade': return `${Math.floor(y / 10)}X`;
    case 'century': return pad2(Math.floor(y / 100));
  }
}

/** The placeholder of an unresolved value at a granularity (undated articles). */
export function unresolvedAt(gran: Gran): string {
  switch (gran) {
    case 'day': return 'XXXX-XX-XX';
    case 'week': return 'XXXX-WXX';
    case 'weekend': return 'XXXX-WXX-WE';
    case 'month': return 'XXXX-XX';
    case 'quarter': return 'XXXX-QX';
    case 'half': return 'XXXX-HX';
    case 'season': return 'XXXX-XX';
    default: return 'XXXX';
  }
}

/** True for values that name one day (resolved or not): clock times attach to them. */
export function isDayValue(v: string): boolean {
  return /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/.test(v) || /^XXXX-WXX-[1-7]$/.test(v);
}
