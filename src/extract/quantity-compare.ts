// Do two quantities (from claims already aligned as speaking of the same
// thing) agree? Each quantity becomes an interval of the values it allows;
// disjoint intervals disagree. The interval of a quantity:
//
//   exact "300"            [300, 300]
//   written rounding       "2.5 million" ± 50,000, "45%" ± 0.5, "$3bn" ± $0.5bn
//                          (`precision`: half a unit of the last written digit,
//                          for scaled numbers and measures; counts are exact);
//                          rounding bounds are open, so "$3bn" and "$4bn" differ
//   range "10 to 15"       [10, 15]; vague "dozens" [24, 99] (bounds from the lexicon)
//   "about 300"            [300 − t, 300 + t], t = max(tolerance × 300, 1 for whole numbers)
//   "a dozen" (approx.)    as "about"
//   "nearly 300"           [300 − t, 300]
//   "more than 200"        (200, ∞)      "at least 200"  [200, ∞)
//   "fewer than 10"        [0, 10)       "up to 300"     [0, 300]
//
// The default tolerance is 10 %: "about 300" allows 270..330, so "296" is
// compatible and "250" is not. Written precision widens every finite bound.
import type { Quantity } from '../types.js';
import { normalizeUnit } from './quantities/nouns.js';
import { UNIT_CONVERSIONS } from './quantities/lexicon.js';

export { normalizeUnit };

export type QuantityRelation = 'same' | 'compatible' | 'different' | 'incomparable';

export interface CompareOptions {
  /** Relative tolerance of "about", "nearly" and other approximate amounts (default 0.1). */
  tolerance?: number;
  /**
   * When exactly one side has a unit ("12 were killed" vs "15 people"):
   * `incomparable` (default) avoids comparing different things counted;
   * `compare` treats the missing unit as the same.
   */
  unitless?: 'incomparable' | 'compare';
}

export const DEFAULT_TOLERANCE = 0.1;

/** The set of values a quantity allows; open ends exclude the bound. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

function slack(v: number, tolerance: number): number {
  return Math.max(Math.abs(v) * tolerance, Number.isInteger(v) && Math.abs(v) >= 1 ? 1 : 0);
}

/** The interval of values a quantity allows (see the table above). */
export function quantityInterval(q: Quantity, tolerance = DEFAULT_TOLERANCE): Interval {
  const low = q.value;
  const high = q.max ?? q.value;
  const p = q.precision ?? 0;
  // Rounding bounds are open: "$3bn" (2.5..3.5) and "$4bn" (3.5..4.5) do not meet.
  const open = p > 0;
  const closed = (lo: number, hi: number): Interval => ({ low: lo, high: hi, lowOpen: open, highOpen: open });
  switch (q.mod) {
    case 'about':
      return closed(low - Math.max(slack(low, tolerance), p), high + Math.max(slack(high, tolerance), p));
    case 'nearly':
      return closed(low - Math.max(slack(low, tolerance), p), high + p);
    case 'more':
      return { low: low - p, high: Infinity, lowOpen: true, highOpen: true };
    case 'at-least':
      return { low: low - p, high: Infinity, lowOpen: open, highOpen: true };
    case 'less':
      return { low: high < 0 ? -Infinity : 0, high: high + p, lowOpen: false, highOpen: true };
    case 'at-most':
      return { low: high < 0 ? -Infinity : 0, high: high + p, lowOpen: false, highOpen: open };
    default:
      // A bare approximate amount ("a dozen") is read as "about"; vague
      // ranges ("dozens") already carry their own generous bounds.
      if (q.approximate && q.max === undefined)
        return closed(low - Math.max(slack(low, tolerance), p), high + Math.max(slack(high, tolerance), p));
      return closed(low - p, high + p);
  }
}

const EPSILON = 1e-9;

function below(value: number, open1: boolean, bound: number, open2: boolean): boolean {
  if (bound === Infinity || value === -Infinity) return true;
  const gap = bound - value;
  const eps = EPSILON * Math.max(1, Math.abs(value), Math.abs(bound));
  return gap > eps || (Math.abs(gap) <= eps && !open1 && !open2);
}

/** True when the two intervals share at least one value. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return below(a.low, a.lowOpen, b.high, b.highOpen) && below(b.low, b.lowOpen, a.high, a.highOpen);
}

/**
 * How two quantities relate:
 * - `incomparable`: they count different things (units differ after
 *   singularising and the synonym table, e.g. "rounds" vs "days", "%" vs "people");
 * - `same`: the same amount written the same or another way ("two" / "2", "1.2 million" / "1,200,000");
 * - `compatible`: both can be true (rounding, hedges, overlapping ranges:
 *   "about 300" / "296", "more than 200" / "250", "dozens" / "50");
 * - `different`: no value satisfies both ("two" / "three", "dozens" / "300").
 */
export function compareQuantities(a: Quantity, b: Quantity, options: CompareOptions = {}): QuantityRelation {
  const ua = normalizeUnit(a.unit);
  const ub = normalizeUnit(b.unit);
  // "48 hours" / "three days", "3.4 km" / "4,300 metres": compared in a base unit.
  const ca = ua === undefined ? undefined : UNIT_CONVERSIONS.get(ua);
  const cb = ub === undefined ? undefined : UNIT_CONVERSIONS.get(ub);
  if (ua !== ub && ca && cb && ca.base === cb.base) return compareQuantities(convert(a, ca.factor, ca.base), convert(b, cb.factor, cb.base), options);
  if (ua !== ub) {
    const oneMissing = ua === undefined || ub === undefined;
    if (!oneMissing || (options.unitless ?? 'incomparable') === 'incomparable') return 'incomparable';
  }
  if (a.value === b.value && (a.max ?? a.value) === (b.max ?? b.value) && a.mod === b.mod) return 'same';
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  return intervalsOverlap(quantityInterval(a, tolerance), quantityInterval(b, tolerance)) ? 'compatible' : 'different';
}

function convert(q: Quantity, factor: number, base: string): Quantity {
  const scaled: Quantity = { ...q, value: q.value * factor, unit: base };
  if (q.max !== undefined) scaled.max = q.max * factor;
  if (q.precision !== undefined) scaled.precision = q.precision * factor;
  return scaled;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const HEDGES: Record<string, string> = {
  about: 'about',
  nearly: 'nearly',
  more: 'more than',
  'at-least': 'at least',
  less: 'fewer than',
  'at-most': 'up to',
};

/**
 * A normalised form for messages and JSON detail ("more than 1,200 person",
 * "24–99 protester"). Prefer `q.text` when showing what the article wrote.
 */
export function describeQuantity(q: Quantity): string {
  const n = (v: number) => (Number.isInteger(v) && v >= 0 && v <= 10 ? WORDS[v] : v.toLocaleString('en-US'));
  const amount = q.max !== undefined ? `${n(q.value)}–${n(q.max)}` : n(q.value);
  const hedge = q.mod ? `${HEDGES[q.mod]} ` : '';
  return q.unit ? `${hedge}${amount} ${q.unit}` : `${hedge}${amount}`;
}
