// How news copy writes numbers: words for small counts (wire style), digits
// with thousands separators, "1.2 million", money and percentages, and hedged
// approximations ("more than 1,000") that are compatible with the exact value.
import type { Random } from './prng.js';

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export type NumberKind = 'count' | 'big' | 'money' | 'percent' | 'years';

export interface NumberSpec {
  kind: NumberKind;
  min: number;
  max: number;
}

export function withCommas(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A value for a spec: big numbers are rounded the way officials round them. */
export function drawValue(spec: NumberSpec, rng: Random): number {
  if (spec.kind === 'percent') return Math.round((spec.min + rng.next() * (spec.max - spec.min)) * 10) / 10;
  if (spec.kind === 'money') {
    // money in millions, one decimal below 10
    const v = spec.min + rng.next() * (spec.max - spec.min);
    return v < 10 ? Math.round(v * 10) / 10 : Math.round(v);
  }
  const v = rng.int(spec.min, spec.max);
  if (spec.kind === 'big' && v >= 1000 && rng.chance(0.6)) return Math.round(v / 100) * 100;
  return v;
}

/** A clearly different value, for a planted number conflict. */
export function conflictingValue(spec: NumberSpec, value: number, rng: Random): number {
  if (spec.kind === 'count' || spec.kind === 'years') {
    const step = value <= 3 ? 1 : rng.int(1, Math.max(2, Math.round(value * 0.3)));
    return value - step >= Math.max(1, spec.min) && rng.chance(0.5) ? value - step : value + step;
  }
  const factor = rng.chance(0.5) ? 1 + rng.int(25, 60) / 100 : 1 - rng.int(20, 40) / 100;
  if (spec.kind === 'percent') return Math.round(value * factor * 10) / 10;
  if (spec.kind === 'money') return value * factor < 10 ? Math.round(value * factor * 10) / 10 : Math.round(value * factor);
  return Math.max(spec.min, Math.round((value * factor) / 10) * 10);
}

function money(millions: number, currency: string, rng: Random): string {
  const [amount, scale] = millions >= 1000 ? [millions / 1000, 'billion'] : [millions, 'million'];
  const text = String(Math.round(amount * 10) / 10);
  if (currency === '$' || rng.chance(0.4)) return `$${text} ${scale}`;
  return `${text} ${scale} ${currency}`;
}

/**
 * Render a value. `exact` forbids approximations (used where the value is the
 * point of the sentence); otherwise a compatible hedge may be used.
 */
export function renderNumber(spec: NumberSpec, value: number, rng: Random, opts: { digitsStyle: boolean; currency: string; exact?: boolean }): string {
  switch (spec.kind) {
    case 'count':
      if (value <= 9 && !opts.digitsStyle) return SMALL[value]!;
      if (value <= 12 && !opts.digitsStyle && rng.chance(0.5)) return SMALL[value]!;
      return !opts.exact && value > 12 && rng.chance(0.25) ? `at least ${value}` : String(value);
    case 'years':
      return value <= 9 && !opts.digitsStyle ? SMALL[value]! : String(value);
    case 'percent': {
      const sign = rng.weighted([[' percent', 5], ['%', 3], [' per cent', 2]] as const);
      return `${value}${sign}`;
    }
    case 'money':
      return (!opts.exact && rng.chance(0.15) ? 'about ' : '') + money(value, opts.currency, rng);
    case 'big': {
      if (!opts.exact && value >= 1000) {
        const u = rng.next();
        if (u < 0.15) return `more than ${withCommas(Math.floor(value / 1000) * 1000)}`;
        if (u < 0.25) {
          const unit = value < 10_000 ? 100 : 1000;
          return `about ${withCommas(Math.round(value / unit) * unit)}`;
        }
        if (u < 0.3 && value >= 1_000_000) return `${(value / 1e6).toFixed(1)} million`;
      }
      return withCommas(value);
    }
  }
}
