// Calendar arithmetic on plain day numbers (days since 1970-01-01, proleptic
// Gregorian). No Date objects: these run for every relative expression and must
// not depend on the machine's time zone.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return toDays(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - toDays(y, m, 1);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(days: number): { year: number; week: number } {
  const thursday = days - weekday(days) + 4;
  const year = fromDays(thursday).y;
  const week = Math.floor((thursday - toDays(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = toDays(year, 1, 4);
  return jan4 - weekday(jan4) + 1 + (week - 1) * 7;
}

/** Shift a (year, month) pair by n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 };
}

/** Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm. */
export function easterDays(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDays(y, month, day);
}

/** The n-th (n = -1: last) given weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, n: number): number {
  if (n > 0) {
    const first = toDays(y, m, 1);
    return first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = toDays(y, m, daysInMonth(y, m));
  return last - ((weekday(last) - wd + 7) % 7);
}

/** Meteorological season of a month; a winter belongs to the year of its December. */
export function seasonOf(y: number, m: number): { y: number; s: Season } {
  if (m === 12) return { y, s: 'WI' };
  if (m <= 2) return { y: y - 1, s: 'WI' };
  if (m <= 5) return { y, s: 'SP' };
  if (m <= 8) return { y, s: 'SU' };
  return { y, s: 'FA' };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASON_ORDER: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];

/** First and last day (inclusive) of a season. */
export function seasonRange(y: number, s: Season): [number, number] {
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[s];
  const end = addMonths(y, startMonth, 3);
  return [toDays(y, startMonth, 1), toDays(end.y, end.m, 1) - 1];
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function pad4(n: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= 4 ? s : '0000'.slice(s.length) + s);
}

export function formatDay(days: number): string {
  const { y, m, d } = fromDays(days);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function formatWeek(days: number): string {
  const { year, week } = isoWeek(days);
  return `${pad4(year)}-W${pad2(week)}`;
}

/** Parse `YYYY-MM-DD` into a day number, or undefined. */
export function parseDay(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? toDays(y, mo, d) : undefined;
}
