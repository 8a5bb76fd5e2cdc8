// Turns what a recogniser found (a descriptor) into a TIMEX3 value, using the
// article date (anchor), the tense around the expression, and the last date
// named earlier in the same sentence. Undated articles keep X placeholders.
import {
  addMonths, daysInMonth, easterDays, formatDay, formatMonth, fromDays, isValidDate, nthWeekday, pad2, pad4, seasonOf,
  SEASON_ORDER, toDays, weekday, type Season,
} from './calendar.js';
import type { Desc, Rel, ShiftUnit } from './descriptors.js';
import type { HolidayRule } from './lexicon.js';
import { formatAt, GRAN_RANK, unresolvedAt, type Gran } from './values.js';

/**
 * How to pick among candidate dates when the year (or week) is not written.
 * The lean modes take the nearest candidate but favour one side: lean-past
 * takes the future candidate only when it is less than half as far as the past
 * one (and lean-future the other way round).
 */
export type Mode = 'past' | 'future' | 'nearest' | 'lean-past' | 'lean-future';

/** How much nearer the other side must be before a lean mode gives it up. */
const LEAN = 2;

export interface Resolved {
  value: string;
  relative: boolean;
}

/** A date named earlier in the sentence, for "a year earlier" / "the following day". */
export interface LocalAnchor {
  gran: Gran;
  start: number;
  relative: boolean;
}

export interface ResolveContext {
  /** Article date as a day number; undefined for undated articles. */
  anchor: number | undefined;
  /** Tense-derived choice, computed only when a resolution needs it. */
  mode(): Mode;
  local(): LocalAnchor | undefined;
}

const rel = (value: string): Resolved => ({ value, relative: true });

/** Pick among candidate numbers (days or period indexes) relative to `a`. */
function pick(cands: number[], a: number, how: Mode | Rel, prefer?: number): number {
  let best: number | undefined;
  if (how === 'lean-past' || how === 'lean-future') {
    const past = pick(cands, a, 'past');
    const future = pick(cands, a, 'future');
    if (past > a) return future; // no candidate on the past side
    if (future < a) return past;
    const dp = a - past, df = future - a;
    return how === 'lean-past' ? (df * LEAN < dp ? future : past) : (dp * LEAN < df ? past : future);
  }
  for (const c of cands) {
    switch (how) {
      case 'past': if (c <= a && (best === undefined || c > best)) best = c; break;
      case 'future': if (c >= a && (best === undefined || c < best)) best = c; break;
      case 'last': if (c < a && (best === undefined || c > best)) best = c; break;
      case 'next': if (c > a && (best === undefined || c < best)) best = c; break;
      default: {
        // nearest / this: smallest distance; ties go to `prefer`, else to the later one.
        if (best === undefined) { best = c; break; }
        const dc = Math.abs(c - a), db = Math.abs(best - a);
        if (dc < db || (dc === db && (c === prefer || (best !== prefer && c > best)))) best = c;
      }
    }
  }
  return best ?? cands[Math.floor(cands.length / 2)]!;
}

function holidayDay(rule: HolidayRule, y: number): number | undefined {
  switch (rule.kind) {
    case 'fixed': return isValidDate(y, rule.month, rule.day) ? toDays(y, rule.month, rule.day) : undefined;
    case 'easter': return easterDays(y) + rule.offset;
    case 'nth': return nthWeekday(y, rule.month, rule.weekday, rule.n) + rule.offset;
  }
}

/** Move from day `from` by n units, at the unit's granularity. */
export function shiftValue(from: number, unit: ShiftUnit, n: number): string {
  const { y, m } = fromDays(from);
  switch (unit) {
    case 'day': return formatDay(from + n);
    case 'week': return formatAt('week', from + 7 * n);
    case 'weekend': return formatAt('weekend', from + 7 * n);
    case 'month': { const t = addMonths(y, m, n); return formatMonth(t.y, t.m); }
    case 'quarter': { const t = addMonths(y, Math.floor((m - 1) / 3) * 3 + 1, 3 * n); return formatAt('quarter', toDays(t.y, t.m, 1)); }
    case 'half': { const t = addMonths(y, m <= 6 ? 1 : 7, 6 * n); return formatAt('half', toDays(t.y, t.m, 1)); }
    case 'season': {
      const s = seasonOf(y, m);
      const idx = s.y * 4 + SEASON_ORDER.indexOf(s.s) + n;
      return `${pad4(Math.floor(idx / 4))}-${SEASON_ORDER[((idx % 4) + 4) % 4]}`;
    }
    case 'year': return pad4(y + n);
    case 'decade': return `${Math.floor(y / 10) + n}X`;
    case 'century': return pad2(Math.floor(y / 100) + n);
  }
}

/** The same calendar day n units away ("Fifty years ago today"), clamped to the month's end. */
function sameDayShift(from: number, unit: ShiftUnit, n: number): number {
  const { y, m, d } = fromDays(from);
  if (unit === 'day') return from + n;
  if (unit === 'week') return from + 7 * n;
  const t = addMonths(y, m, unit === 'year' ? 12 * n : unit === 'quarter' ? 3 * n : n);
  return toDays(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)));
}

const UNIT_GRAN: Record<ShiftUnit, Gran> = {
  day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', half: 'half', season: 'season',
  year: 'year', decade: 'decade', century: 'century',
};

function seasonIndex(y: number, s: Season): number {
  return y * 4 + SEASON_ORDER.indexOf(s);
}

export function resolve(desc: Desc, ctx: ResolveContext): Resolved {
  const A = ctx.anchor;
  const ay = A === undefined ? 0 : fromDays(A).y;
  const am = A === undefined ? 0 : fromDays(A).m;
  switch (desc.k) {
    case 'value': return { value: desc.value, relative: false };
    case 'day': return { value: formatDay(desc.days), relative: false };
    case 'md': {
      if (A === undefined) return rel(`XXXX-${pad2(desc.month)}-${pad2(desc.day)}`);
      const years = desc.yearShift !== undefined ? [ay + desc.yearShift] : [ay - 1, ay, ay + 1];
      const cands = years.filter((y) => isValidDate(y, desc.month, desc.day)).map((y) => toDays(y, desc.month, desc.day));
      if (!cands.length) return rel(`XXXX-${pad2(desc.month)}-${pad2(desc.day)}`);
      // A written weekday picks the year it falls on ("Sunday, Sept. 25"), within half a year of the
      // article; further away the weekday is more likely a slip, which date-inconsistency reports.
      const matching = desc.weekday ? cands.filter((c) => weekday(c) === desc.weekday && Math.abs(c - A) <= 183) : [];
      return rel(formatDay(matching.length ? pick(matching, A, 'nearest') : pick(cands, A, ctx.mode())));
    }
    case 'month': {
      if (desc.year !== undefined) return { value: formatMonth(desc.year, desc.month), relative: false };
      if (A === undefined) return rel(`XXXX-${pad2(desc.month)}`);
      if (desc.yearShift !== undefined) return rel(formatMonth(ay + desc.yearShift, desc.month));
      const a = ay * 12 + am - 1;
      const cands = [ay - 1, ay, ay + 1].map((y) => y * 12 + desc.month - 1);
      const idx = pick(cands, a, desc.rel === 'this' ? 'nearest' : desc.rel ?? ctx.mode(), ay * 12 + desc.month - 1);
      return rel(formatMonth(Math.floor(idx / 12), (idx % 12) + 1));
    }
    case 'weekday': {
      if (A === undefined) return rel(`XXXX-WXX-${desc.wd}`);
      const a = weekday(A);
      if (desc.rel === 'this') return rel(formatDay(A - a + desc.wd));
      const back = (a - desc.wd + 7) % 7;
      const fwd = (desc.wd - a + 7) % 7;
      const cands = [A - back - 7, A - back, A + fwd, A + fwd + 7];
      return rel(formatDay(pick(cands, A, desc.rel ?? ctx.mode())));
    }
    case 'season': {
      if (desc.year !== undefined) return { value: `${pad4(desc.year)}-${desc.s}`, relative: false };
      if (A === undefined) return rel(`XXXX-${desc.s}`);
      const cur = seasonOf(ay, am);
      const a = seasonIndex(cur.y, cur.s);
      const cands = [ay - 1, ay, ay + 1].map((y) => seasonIndex(y, desc.s));
      const idx = pick(cands, a, desc.rel === 'this' ? 'nearest' : desc.rel ?? ctx.mode());
      return rel(`${pad4(Math.floor(idx / 4))}-${desc.s}`);
    }
    case 'holiday': {
      if (desc.year !== undefined) {
        const d = holidayDay(desc.rule, desc.year);
        return d === undefined ? rel('XXXX-XX-XX') : { value: formatDay(d), relative: false };
      }
      if (A === undefined) return rel(desc.rule.kind === 'fixed' ? `XXXX-${pad2(desc.rule.month)}-${pad2(desc.rule.day)}` : 'XXXX-XX-XX');
      if (desc.rel === 'this') return rel(formatDay(holidayDay(desc.rule, ay)!));
      const cands = [ay - 1, ay, ay + 1].map((y) => holidayDay(desc.rule, y)).filter((d): d is number => d !== undefined);
      return rel(formatDay(pick(cands, A, desc.rel ?? ctx.mode())));
    }
    case 'quarter': {
      const code = desc.half ? 'H' : 'Q';
      if (desc.year !== undefined) return { value: `${pad4(desc.year)}-${code}${desc.q}`, relative: false };
      if (A === undefined) return rel(`XXXX-${code}${desc.q}`);
      if (desc.yearShift !== undefined) return rel(`${pad4(ay + desc.yearShift)}-${code}${desc.q}`);
      const len = desc.half ? 6 : 3;
      const startOf = (y: number) => toDays(y, (desc.q - 1) * len + 1, 1);
      const mode = ctx.mode();
      let y = ay;
      if (mode === 'past' && startOf(ay) > A) y = ay - 1;
      else if (mode === 'future') {
        const end = addMonths(ay, (desc.q - 1) * len + 1, len);
        if (toDays(end.y, end.m, 1) <= A) y = ay + 1;
      }
      return rel(`${pad4(y)}-${code}${desc.q}`);
    }
    case 'shift':
      return A === undefined ? rel(unresolvedAt(UNIT_GRAN[desc.unit])) : rel(shiftValue(A, desc.unit, desc.n));
    case 'ago':
      if (A === undefined) return rel(unresolvedAt(desc.today ? 'day' : UNIT_GRAN[desc.unit]));
      return rel(desc.today ? formatDay(sameDayShift(A, desc.unit, desc.n)) : shiftValue(A, desc.unit, desc.n));
    case 'anaph': {
      const local = ctx.local();
      const gran = UNIT_GRAN[desc.unit];
      if (local) {
        // "In 2015 ... two days later": a finer step than the date named stays at that date.
        if (GRAN_RANK[gran] < GRAN_RANK[local.gran]) return { value: formatAt(local.gran, local.start), relative: local.relative };
        return { value: shiftValue(local.start, desc.unit, desc.n), relative: local.relative };
      }
      return A === undefined ? rel(unresolvedAt(gran)) : rel(shiftValue(A, desc.unit, desc.n));
    }
    case 'weekend': {
      if (A === undefined) return rel('XXXX-WXX-WE');
      // Saturdays of the weekends around the anchor; a weekend counts as past once it has begun
      // and as coming until it has ended.
      const saturday = A - weekday(A) + 6;
      const mode = ctx.mode();
      let sat: number;
      if (mode === 'past') sat = saturday <= A ? saturday : saturday - 7;
      else if (mode === 'future') sat = saturday;
      else sat = A - (saturday - 6) < saturday - A ? saturday - 7 : saturday;
      return rel(formatAt('weekend', sat));
    }
    case 'newyear':
      return A === undefined ? rel('XXXX') : rel(pad4(am >= 7 ? ay + 1 : ay));
    case 'part': {
      const inner = resolve(desc.date, ctx);
      return { value: `${inner.value}T${desc.part}`, relative: inner.relative };
    }
    case 'clock': {
      const inner = desc.date ? resolve(desc.date, ctx) : A === undefined ? rel('XXXX-XX-XX') : rel(formatDay(A));
      return { value: `${inner.value}T${pad2(desc.hh)}:${pad2(desc.mm)}`, relative: inner.relative };
    }
  }
}
