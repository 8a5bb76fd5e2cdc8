// Small sub-parsers shared by the recognisers: a count ("two and a half",
// "a couple of"), a unit, a month, a weekday, a year, a day of the month, and
// the modifiers in front of a time ("early", "mid-", "the end of").
import type { Mod } from './descriptors.js';
import {
  MONTHS, MONTH_ABBR, NUMBER_WORDS, UNITS, UNIT_FILLERS, UNIT_PLURALS, VAGUE_COUNTS, WEEKDAYS, type UnitInfo,
} from './lexicon.js';
import { isCapitalised, touches, type Token } from './tokens.js';

/** Lower-case word at k, or '' when k is not a word token. */
export function word(toks: Token[], k: number): string {
  const t = toks[k];
  return t && t.kind === 'word' ? t.lower : '';
}

export function isPunct(toks: Token[], k: number, chars: string): boolean {
  const t = toks[k];
  return !!t && t.kind === 'punct' && chars.includes(t.text);
}

/**
 * Matches a fixed phrase (lower-case words as phraseWords gives them, possessives
 * written "year's") at k; returns the index after it or -1. The last word may
 * carry a possessive the phrase does not ("Tonight's").
 */
export function phraseAt(toks: Token[], k: number, words: readonly string[]): number {
  for (let n = 0; n < words.length; n++) {
    const t = toks[k + n];
    if (!t || (t.kind !== 'word' && t.kind !== 'punct')) return -1;
    const w = t.possessive ? `${t.lower}'s` : t.lower;
    // The last word may carry a possessive the phrase does not ("Tonight's"), not the other way round.
    if (w !== words[n] && !(n === words.length - 1 && t.lower === words[n])) return -1;
  }
  return k + words.length;
}

export interface Count {
  /** null = vague ("several", "a few"). */
  n: number | null;
  j: number;
  /** Written with the article "a"/"an" (so "a second" is not a count of seconds). */
  article: boolean;
}

/** A count in front of a unit: 3, 4.5, two, twenty-five, a, a couple of, a dozen, half a, two and a half. */
export function parseCount(toks: Token[], k: number): Count | null {
  const t = toks[k];
  if (!t) return null;
  let n: number | null;
  let j = k + 1;
  let article = false;
  if (t.kind === 'num') {
    if (!(t.value >= 0 && t.value <= 100000)) return null;
    n = t.value;
  } else if (t.kind === 'word') {
    const w = t.lower;
    if (VAGUE_COUNTS.has(w)) return { n: null, j, article: false };
    if ((w === 'a' || w === 'an') && word(toks, k + 1) === 'few') return { n: null, j: k + 2, article: false };
    if (w === 'a' && word(toks, k + 1) === 'number' && word(toks, k + 2) === 'of') return { n: null, j: k + 3, article: false };
    if (w === 'a' && word(toks, k + 1) === 'couple' && word(toks, k + 2) === 'of') return { n: 2, j: k + 3, article: false };
    if (w === 'half' && (word(toks, k + 1) === 'a' || word(toks, k + 1) === 'an')) return { n: 0.5, j: k + 2, article: false };
    const v = NUMBER_WORDS.get(w);
    if (v === undefined || w === 'half') return null;
    n = v;
    article = w === 'a' || w === 'an';
    // twenty-five
    if (v >= 20 && v < 100 && v % 10 === 0 && isPunct(toks, k + 1, '-') && touches(toks, k + 1) && touches(toks, k + 2)) {
      const u = NUMBER_WORDS.get(word(toks, k + 2));
      if (u !== undefined && u >= 1 && u <= 9) {
        n = v + u;
        j = k + 3;
      }
    }
  } else return null;
  // "two hundred", "a dozen", "two dozen"
  const mult = word(toks, j);
  if (mult === 'hundred' || mult === 'dozen') {
    n = n * (mult === 'hundred' ? 100 : 12);
    j++;
    article = false;
  } else if (article && (mult === 'hundred' || mult === 'thousand')) return null;
  // "two and a half"
  if (word(toks, j) === 'and' && word(toks, j + 1) === 'a' && word(toks, j + 2) === 'half' && unitAt(toks, j + 3)) {
    n += 0.5;
    j += 3;
    article = false;
  }
  return { n, j, article };
}

export interface UnitHit {
  unit: UnitInfo;
  plural: boolean;
  j: number;
}

/** A time unit word at k (after optional fillers such as "consecutive", "full"). */
export function unitAt(toks: Token[], k: number, allowFillers = false): UnitHit | null {
  let p = k;
  if (allowFillers) while (UNIT_FILLERS.has(word(toks, p)) && p < k + 2) p++;
  const w = word(toks, p);
  if (!w) return null;
  const single = UNITS.get(w);
  if (single) return { unit: single, plural: false, j: p + 1 };
  const name = UNIT_PLURALS.get(w);
  if (name) return { unit: UNITS.get(name)!, plural: true, j: p + 1 };
  return null;
}

export interface MonthHit {
  month: number;
  j: number;
  /** An abbreviation written without its dot ("Nov 7"): needs a day after it. */
  bareAbbr: boolean;
}

/** A capitalised month name or abbreviation at k ("Nov." takes its dot). */
export function monthAt(toks: Token[], k: number): MonthHit | null {
  const t = toks[k];
  if (!isCapitalised(t)) return null;
  const full = MONTHS.get(t!.lower);
  if (full !== undefined) return { month: full, j: k + 1, bareAbbr: false };
  const abbr = MONTH_ABBR.get(t!.lower);
  if (abbr === undefined) return null;
  if (isPunct(toks, k + 1, '.') && touches(toks, k + 1)) return { month: abbr, j: k + 2, bareAbbr: false };
  return { month: abbr, j: k + 1, bareAbbr: true };
}

/** A capitalised weekday name at k; plural "Fridays" marks a recurring day. */
export function weekdayAt(toks: Token[], k: number): { wd: number; plural: boolean; j: number } | null {
  const t = toks[k];
  if (!isCapitalised(t)) return null;
  const wd = WEEKDAYS.get(t!.lower);
  if (wd !== undefined) return { wd, plural: false, j: k + 1 };
  if (t!.lower.endsWith('s') && !t!.possessive) {
    const p = WEEKDAYS.get(t!.lower.slice(0, -1));
    if (p !== undefined) return { wd: p, plural: true, j: k + 1 };
  }
  return null;
}

/** A four-digit year 1000-2099 at k. */
export function yearAt(toks: Token[], k: number): number | null {
  const t = toks[k];
  if (!t || t.kind !== 'num' || t.text.length !== 4 || !/^\d{4}$/.test(t.text)) return null;
  return t.value >= 1000 && t.value <= 2099 ? t.value : null;
}

/** A day of the month at k: 7, 07, 7th. */
export function dayNumAt(toks: Token[], k: number): number | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === 'ord' || (t.kind === 'num' && /^\d{1,2}$/.test(t.text))) {
    return t.value >= 1 && t.value <= 31 ? t.value : null;
  }
  return null;
}

const PREFIX_WORD: Record<string, Mod> = { early: 'start', late: 'end', mid: 'mid' };
const OF_WORD: Record<string, Mod> = { end: 'end', beginning: 'start', start: 'start', middle: 'mid', close: 'end', turn: 'start' };

/** "early", "late", "mid-", "the end of", "the beginning of"... in front of a time. */
export function prefixModAt(toks: Token[], k: number): { mod: Mod; j: number } | null {
  const w = word(toks, k);
  const simple = PREFIX_WORD[w];
  if (simple) {
    if (w === 'mid' && isPunct(toks, k + 1, '-') && touches(toks, k + 1)) return { mod: 'mid', j: k + 2 };
    return { mod: simple, j: k + 1 };
  }
  const p = w === 'the' ? k + 1 : k;
  const of = OF_WORD[word(toks, p)];
  if (of && word(toks, p + 1) === 'of' && (p > k || w === 'end')) return { mod: of, j: p + 2 };
  return null;
}
