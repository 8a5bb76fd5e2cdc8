// Reading the number itself, starting at one token: digits with separators
// and scales ("1,200", "2.5 million", "3bn"), number words ("twenty-five",
// "a hundred and twenty", "half a million", "two dozen") and vague amounts
// ("dozens", "several hundred", "tens of thousands").
import {
  AMBIGUOUS_SCALE_ABBR,
  DOZEN,
  FRACTIONS,
  PLURAL_SCALES,
  SCALES,
  SCALE_ABBR,
  TENS,
  UNITS,
  VAGUE,
  matchForward,
} from './lexicon.js';
import { DETERMINERS, PRONOUNS, looksPlural } from './nouns.js';
import type { Token } from './tokens.js';

export interface NumberRead {
  /** Token index after the last token read. */
  end: number;
  value: number;
  max?: number;
  approximate: boolean;
  /** True for "dozens", "several hundred": bounds already say how vague it is. */
  vague: boolean;
  kind: 'digits' | 'words';
  /** Multiplier written after the mantissa (1 when none). */
  scale: number;
  /** Digits after the decimal point, for implied rounding. */
  decimals: number;
  /** Digits written with a thousands separator ("2,000" is never a year). */
  grouped: boolean;
  /** "dozens of", "hundreds of": the "of" is read, the counted noun follows. */
  partitive: boolean;
  /** Token index just after the written number, before any scale: where glued units sit. */
  bodyEnd: number;
}

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** mantissa × scale computed on integers so 1.1 million is exactly 1100000. */
function scaled(digits: string, scale: number): number {
  const dot = digits.indexOf('.');
  if (dot < 0 || scale === 1) return Number(digits) * scale;
  const decimals = digits.length - dot - 1;
  const int = Number(digits.slice(0, dot) + digits.slice(dot + 1));
  const p = 10 ** decimals;
  return scale % p === 0 ? int * (scale / p) : (int * scale) / p;
}

/** value × scale without binary drift (1.1 × 1e6 is 1100000, not 1100000.0000000002). */
export function times(value: number, scale: number): number {
  return Math.round(value * scale * 1e6) / 1e6;
}

/** A scale word or abbreviation at token j, given whether a currency precedes. */
function scaleAt(toks: readonly Token[], j: number, currency: boolean): number {
  if (j >= toks.length || toks[j].kind !== 'w') return 0;
  const w = toks[j].lower;
  const s = SCALES.get(w) ?? SCALE_ABBR.get(w);
  if (s !== undefined) return s;
  const amb = AMBIGUOUS_SCALE_ABBR.get(w);
  // "£10m", "10m people" are millions; "a 10m wall" is ten metres.
  if (amb !== undefined && !toks[j].space && (currency || (j + 1 < toks.length && looksPlural(toks[j + 1]))))
    return amb;
  return 0;
}

function readDigits(toks: readonly Token[], i: number, currency: boolean): NumberRead | undefined {
  const t = toks[i];
  const grouped = GROUPED.test(t.text);
  if (!grouped && !PLAIN.test(t.text)) return undefined; // "1.2.3", "3,5"
  const digits = grouped ? t.text.replace(/,/g, '') : t.text;
  // Leading zeros and long unseparated runs are codes and phone numbers.
  if (digits.length > 1 && digits[0] === '0' && digits[1] !== '.') return undefined;
  if (!grouped && digits.indexOf('.') < 0 && digits.length >= 7) return undefined;
  const dot = digits.indexOf('.');
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  let j = i + 1;
  const next = j < toks.length ? toks[j] : undefined;
  let scale = scaleAt(toks, j, currency);
  if (scale) j++;
  else if (next && next.kind === 'w' && !next.space && ORDINAL_SUFFIX.has(next.lower)) return undefined; // "5th"
  else if (next && next.kind === 'w' && !next.space && next.lower === 's') return undefined; // "1990s"
  scale ||= 1;
  return {
    end: j,
    bodyEnd: i + 1,
    value: scaled(digits, scale),
    approximate: false,
    vague: false,
    kind: 'digits',
    scale,
    decimals,
    grouped,
    partitive: false,
  };
}

/** "tens of thousands", "several hundred", "dozens of"; bounds from the lexicon, composed with a scale. */
function readVague(toks: readonly Token[], i: number): NumberRead | undefined {
  const hit = matchForward(VAGUE, toks, i);
  if (!hit) return undefined;
  const v = hit.value;
  let j = hit.end;
  let s = 0;
  const w = j < toks.length ? toks[j].lower : '';
  if (w === 'dozen') s = DOZEN;
  else if (SCALES.has(w)) s = SCALES.get(w) ?? 0;
  else if (v.needs_scale && PLURAL_SCALES.has(w)) s = PLURAL_SCALES.get(w) ?? 0; // "many thousands"
  else if (w === 'of' && j + 1 < toks.length && PLURAL_SCALES.has(toks[j + 1].lower)) {
    s = PLURAL_SCALES.get(toks[j + 1].lower) ?? 0;
    j++;
  }
  if (s) j++;
  if (v.needs_scale && !s) return undefined; // "many people", "tens"
  let partitive = false;
  // "dozens of (the) prisoners": read "of" and a determiner; "several of them" stops before "of".
  if (j < toks.length && toks[j].lower === 'of' && !PRONOUNS.has(toks[j + 1]?.lower ?? '')) {
    partitive = true;
    j++;
    if (j < toks.length && DETERMINERS.has(toks[j].lower)) j++;
  } else if (v.needs_of && !s) return undefined; // "a couple" (the pair), "a handful" alone
  const low = s ? v.low * s : v.low;
  const pow10 = s >= 100 && /^10+$/.test(String(s));
  const high = s ? v.high * s + (pow10 ? s - 1 : 0) : v.high;
  return {
    end: j,
    bodyEnd: j,
    value: low,
    max: high,
    approximate: true,
    vague: true,
    kind: 'words',
    scale: 1,
    decimals: 0,
    grouped: false,
    partitive,
  };
}

/** Cardinal words: "twenty-five", "a hundred and twenty", "two and a half million", "half a dozen". */
function readWords(toks: readonly Token[], i: number): NumberRead | undefined {
  let total = 0;
  let group = 0;
  let j = i;
  let any = false;
  let lastWasUnit = false;
  let scale = 1;
  let approximate = false;
  const n = toks.length;
  const word = (k: number) => (k < n && toks[k].kind === 'w' ? toks[k].lower : '');

  // "a hundred", "a dozen", "half a million"
  if (word(j) === 'a' || word(j) === 'an' || word(j) === 'half') {
    const half = word(j) === 'half';
    if (half && word(j + 1) !== 'a') return undefined;
    const k = half ? j + 2 : j + 1;
    const w = word(k);
    const s = w === 'dozen' ? DOZEN : w === 'hundred' ? 100 : SCALES.get(w);
    if (s === undefined) return undefined;
    if (w === 'dozen') approximate = true;
    group = half ? s / 2 : s;
    if (s > 100) {
      total = group;
      group = 0;
      scale = s;
    }
    j = k + 1;
    any = true;
  }
  for (; j < n; j++) {
    const w = word(j);
    const u = UNITS.get(w);
    const t = TENS.get(w);
    if (u !== undefined) {
      // "one two" and "twenty twelve" are not numbers
      if (lastWasUnit || group % 10 !== 0 || (group % 100 !== 0 && u >= 10)) break;
      group += u;
      lastWasUnit = true;
    } else if (t !== undefined) {
      if (group % 100 !== 0) break;
      group += t;
      lastWasUnit = false;
      // "twenty-five": glued hyphen then a unit word
      if (toks[j + 1]?.text === '-' && !toks[j + 1].space && UNITS.has(word(j + 2)) && !toks[j + 2].space) {
        group += UNITS.get(word(j + 2)) ?? 0;
        j += 2;
        lastWasUnit = true;
      }
    } else if (w === 'hundred' && any) {
      group = (group || 1) * 100;
      lastWasUnit = false;
    } else if (SCALES.has(w) && any) {
      const s = SCALES.get(w) ?? 1;
      total += (group || 1) * s;
      group = 0;
      scale = Math.max(scale === 1 ? 0 : scale, s);
      lastWasUnit = false;
    } else if (w === 'dozen' && any && group > 0) {
      group *= DOZEN;
      approximate = true;
    } else if (w === 'and' && any && word(j + 1) === 'a' && word(j + 2) === 'half') {
      group += 0.5;
      j += 2;
    } else if (w === 'and' && any && (UNITS.has(word(j + 1)) || TENS.has(word(j + 1))) && group >= 100) {
      continue; // "a hundred and twenty"
    } else break;
    any = true;
  }
  if (!any) return undefined;
  // "two-thirds", "one third of": fractions, not counts
  const after = toks[j]?.text === '-' && !toks[j].space ? word(j + 1) : word(j);
  if (FRACTIONS.has(after)) return undefined;
  const value = total + group;
  return {
    end: j,
    bodyEnd: j,
    value,
    approximate,
    vague: false,
    kind: 'words',
    scale,
    decimals: Number.isInteger(value / scale) ? 0 : 1,
    grouped: false,
    partitive: false,
  };
}

/** The number starting at token i, or undefined when none starts there. */
export function readNumber(toks: readonly Token[], i: number, currency: boolean): NumberRead | undefined {
  const t = toks[i];
  if (t.kind === 'n') return readDigits(toks, i, currency);
  if (t.kind !== 'w') return undefined;
  return readVague(toks, i) ?? readWords(toks, i);
}

/** Can a number start at this token? Cheap filter before `readNumber`. */
export function mayStartNumber(t: Token): boolean {
  if (t.kind === 'n') return true;
  if (t.kind !== 'w') return false;
  const w = t.lower;
  return UNITS.has(w) || TENS.has(w) || VAGUE.has(w) || w === 'a' || w === 'an' || w === 'half';
}
