// What a number measures or counts: a currency before it ("$", "US$",
// "Rs."), a measure after it ("%", "per cent", "km", "tonnes"), a currency
// word ("million dollars"), a hyphenated adjective ("three-day", "25-year-old")
// or the counted noun ("300 Afghan prisoners" → prisoner).
import {
  CURRENCY_PREFIX,
  CURRENCY_WORDS,
  FRACTIONS,
  MEASURE_UNITS,
  TIME_UNITS,
  matchForward,
} from './lexicon.js';
import { findHead, singularise } from './nouns.js';
import { isCapitalised, type Token } from './tokens.js';

export interface Currency {
  code: string;
  /** Token index where the currency sign starts. */
  start: number;
}

const US_STYLE_PREFIX = /^[a-z]{1,2}$/; // "US$", "A$", "HK$"

/** A currency written just before the number at token i ("$3bn", "US$ 5", "Rs. 500", "USD 12"). */
export function currencyBefore(toks: readonly Token[], i: number): Currency | undefined {
  const t = toks[i - 1];
  if (t === undefined) return undefined;
  if (t.kind === 'p') {
    if (t.text === '.' && !t.space && toks[i - 2]?.lower === 'rs') {
      const code = CURRENCY_PREFIX.get('rs.');
      return code ? { code, start: i - 2 } : undefined;
    }
    const code = CURRENCY_PREFIX.get(t.lower);
    if (code === undefined) return undefined;
    const w = toks[i - 2];
    if (w && w.kind === 'w' && !t.space && US_STYLE_PREFIX.test(w.lower)) {
      const wide = CURRENCY_PREFIX.get(`${w.lower}${t.lower}`);
      if (wide) return { code: wide, start: i - 2 };
    }
    return { code, start: i - 1 };
  }
  if (t.kind !== 'w' || !isCapitalised(t)) return undefined;
  const code = CURRENCY_PREFIX.get(t.lower);
  // A one-letter sign ("R500") must be glued to the digits.
  if (code === undefined || (t.text.length === 1 && toks[i].space)) return undefined;
  return { code, start: i - 1 };
}

/** Token index of the number after an optional currency sign at k (for "$3bn to $4bn"). */
export function skipCurrency(toks: readonly Token[], k: number): number {
  const t = toks[k];
  if (t === undefined) return k;
  if (t.kind === 'p' && CURRENCY_PREFIX.has(t.lower)) return k + 1;
  if (t.kind === 'w' && toks[k + 1]?.text === '$' && CURRENCY_PREFIX.has(`${t.lower}$`)) return k + 2;
  return k;
}

export interface UnitRead {
  unit?: string;
  /** Token index after the last token of the unit (== start when none). */
  end: number;
  /** A measure (%, km, currency): written values carry rounding precision. */
  measure: boolean;
  /** "three-day", "25-year-old": the number is part of an adjective. */
  compound: boolean;
  /** "two-thirds": a fraction, not an amount at all. */
  fraction?: boolean;
}

/** A currency word after the number: "dollars", "US dollars", "pounds sterling". */
function currencyWordAt(toks: readonly Token[], j: number): UnitRead | undefined {
  const a = toks[j];
  if (a === undefined || a.kind !== 'w') return undefined;
  const b = toks[j + 1];
  if (b && b.kind === 'w') {
    const two = CURRENCY_WORDS.get(`${a.lower} ${singularise(b.text)}`) ?? CURRENCY_WORDS.get(`${singularise(a.text)} ${b.lower}`);
    if (two) return { unit: two, end: j + 2, measure: true, compound: false };
  }
  const one = CURRENCY_WORDS.get(singularise(a.text));
  return one ? { unit: one, end: j + 1, measure: true, compound: false } : undefined;
}

function measureAt(toks: readonly Token[], j: number): UnitRead | undefined {
  const t = toks[j];
  if (t === undefined) return undefined;
  // "1.5C" (Celsius) is glued and uppercase; a spaced "C" is a letter.
  if (t.text === 'C' && !t.space) return { unit: '°C', end: j + 1, measure: true, compound: false };
  const hit = matchForward(MEASURE_UNITS, toks, j);
  return hit ? { unit: hit.value, end: hit.end, measure: true, compound: false } : undefined;
}

/** "three-day", "10-year-old", "12-member", "5-km": a glued hyphen and a word. */
function compoundAt(toks: readonly Token[], j: number): UnitRead | undefined {
  const h = toks[j];
  const w = toks[j + 1];
  if (!h || !w || h.text !== '-' || h.space || w.space || w.kind !== 'w') return undefined;
  if (FRACTIONS.has(w.lower)) return { end: j + 2, measure: false, compound: true, fraction: true };
  const single = singularise(w.text);
  if (TIME_UNITS.has(single) && toks[j + 2]?.text === '-' && toks[j + 3]?.lower === 'old' && !toks[j + 3].space)
    return { unit: `${single}-old`, end: j + 4, measure: false, compound: true };
  const m = measureAt(toks, j + 1);
  if (m) return { ...m, compound: true };
  return { unit: single, end: j + 2, measure: false, compound: true };
}

/**
 * The unit after a number whose tokens end before j.
 * @param value     the number, to know whether the counted noun should be plural
 * @param partitive "dozens of": the "of" is already read
 * @param currency  a currency sign before the number: it is the unit
 */
export function readUnit(
  toks: readonly Token[],
  j: number,
  value: number,
  partitive: boolean,
  currency: Currency | undefined,
): UnitRead {
  const measure = measureAt(toks, j);
  if (measure) return measure;
  const cw = currencyWordAt(toks, j);
  if (cw) return cw;
  if (currency) return { unit: currency.code, end: j, measure: true, compound: false };
  const compound = compoundAt(toks, j);
  if (compound) return compound;
  const head = findHead(toks, j, value, !partitive);
  if (head) return { unit: head.unit, end: head.index + 1, measure: false, compound: false };
  return { end: j, measure: false, compound: false };
}

/** "John Smith, 45," or "aged 45": a bare number that is somebody's age. */
export function isAge(toks: readonly Token[], start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 120) return false;
  const prev = toks[start - 1];
  if (prev?.lower === 'aged') return true;
  // "John Smith, 45," / "the suspect, 27,": a number set off by commas after a noun.
  if (prev?.text !== ',' || toks[start - 2]?.kind !== 'w') return false;
  const next = toks[end];
  return next === undefined || next.text === ',' || next.text === '.' || next.text === ')';
}
