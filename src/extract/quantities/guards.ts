// Numbers that are not amounts: years, dates and clock times (the time
// extractor owns those), identifiers ("F-16", "A320", "Resolution 2231",
// "Flight 93"), ordinals ("5th"), list markers ("1."), scores ("3-1").
import {
  CLOCK_AFTER,
  GLUED_UNITS,
  IDENTIFIER_NOUNS,
  IRREGULAR_PLURALS,
  MEASURE_UNITS,
  MONTHS,
  NON_HEADS,
  STOP_WORDS,
  UNIT_SYNONYMS,
  VERBS,
  WEEKDAYS,
  matchForward,
} from './lexicon.js';
import { looksPlural } from './nouns.js';
import type { NumberRead } from './numbers.js';
import { isCapitalised, type Token } from './tokens.js';

const GLUED_BEFORE_IS_CODE = new Set(['#', '/', ':', '№', '@', '\\', '_']);
// Joiners that make a code only between two glued pieces: "F-16", "P5+1", "No.5".
const GLUED_JOINERS = new Set(['-', '–', '+', '.', '×']);
const GLUED_AFTER_IS_CODE = new Set(['/', ':', '@', '\\', '_']);

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t) && MONTHS.has(t.lower);
}

/** Digits glued to letters or code punctuation: "A320", "F-16", "COVID-19", "#3", "9/11", "10:30", "5G". */
export function isCode(toks: readonly Token[], i: number, read: NumberRead): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  if (prev && !t.space) {
    if (prev.kind === 'w') return true;
    if (GLUED_BEFORE_IS_CODE.has(prev.text)) return true;
    // "F-16", "COVID-19", "P5+1", "No.5", and the tail of a year span "2014-15"
    if (GLUED_JOINERS.has(prev.text) && !prev.space && i >= 2 && toks[i - 2].kind !== 'p') return true;
  }
  const next = toks[read.bodyEnd];
  // Digit groups in a row are a phone number or a code: "0800 123 456".
  if (prev?.kind === 'n' || (next?.kind === 'n' && read.end === read.bodyEnd)) return true;
  if (next && !next.space) {
    if (GLUED_AFTER_IS_CODE.has(next.text) && toks[read.bodyEnd + 1]?.kind === 'n') return true;
    // Letters glued after the digits that are neither a scale nor a unit: "5G", "3D", "4x4".
    if (next.kind === 'w' && read.end === read.bodyEnd && !GLUED_UNITS.has(next.lower) && next.text !== 'C') return true;
  }
  return false;
}

/** "May 5", "5 May", "Sept. 12", "5-7 May": a day of a month. */
export function isDate(toks: readonly Token[], start: number, end: number): boolean {
  const prev = toks[start - 1];
  if (isMonth(prev)) return true;
  if (prev?.text === '.' && !prev.space && isMonth(toks[start - 2])) return true;
  return isMonth(toks[end]) || (toks[end]?.lower === 'of' && isMonth(toks[end + 1]));
}

/** "10.30 a.m.", "0600 GMT", "3 o'clock". */
export function isClock(sentence: string, toks: readonly Token[], read: NumberRead): boolean {
  CLOCK_AFTER.lastIndex = toks[read.bodyEnd - 1].end;
  return CLOCK_AFTER.test(sentence);
}

/** A plain four-digit number between 1800 and 2100 ("in 2019", "the 2020 election"). */
export function looksLikeYear(t: Token, read: NumberRead): boolean {
  if (read.kind !== 'digits' || read.grouped || read.scale !== 1 || read.decimals !== 0) return false;
  return t.text.length === 4 && read.value >= 1800 && read.value <= 2100;
}

/** The token after the number says an amount follows ("300 troops", "5 km", "12%", "three-day"). */
export function countedNext(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t === undefined) return false;
  if (t.text === '%' || (t.text === '-' && !t.space)) return true;
  return looksPlural(t) || matchForward(MEASURE_UNITS, toks, j) !== undefined;
}

/**
 * "Resolution 2231", "Flight 93", "No. 10", "Boeing 737 crashed": a plain
 * integer after an identifier noun or a capitalised name, not followed by
 * something counted ("gave Kyiv 31 tanks" stays an amount).
 */
export function isIdentifier(toks: readonly Token[], start: number, read: NumberRead, sentenceStart: number): boolean {
  if (read.kind !== 'digits' || read.grouped || read.scale !== 1) return false;
  let prev = toks[start - 1];
  if (prev === undefined) return false;
  if (prev.text === '.' && !prev.space && toks[start - 2]) prev = toks[start - 2];
  if (prev.kind !== 'w') return false;
  // "Flight 93 passengers", "Version 2.0": a capitalised identifier noun always names.
  if (IDENTIFIER_NOUNS.has(prev.lower) && (isCapitalised(prev) || !countedNext(toks, read.end))) return true;
  if (read.decimals !== 0 || countedNext(toks, read.end)) return false;
  if (MODEL_DETERMINERS.has(prev.lower) && read.value > 1 && namesSomething(toks[read.end]) && !countedNext(toks, read.end + 1))
    return true; // but "the 27 member states" counts states
  // A name right before the number ("Boeing 737 crashed", "iPhone 15"), unless it opens the sentence.
  const named = prev.text !== prev.lower;
  return named && start - 1 > sentenceStart && !MONTHS.has(prev.lower) && !WEEKDAYS.has(prev.lower);
}

// "its 737 fleet", "the 911 call": a determiner, a number and a singular noun.
const MODEL_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'a', 'an', 'this', 'that']);

/** A lowercase singular noun-like word that a count above one cannot govern. */
function namesSomething(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'w') return false;
  if (isCapitalised(t)) return !looksPlural(t); // "the 737 Max
  const w = t.lower;
  return !(STOP_WORDS.has(w) || IRREGULAR_PLURALS.has(w) || UNIT_SYNONYMS.has(w) || NON_HEADS.has(w) || VERBS.has(w) || w.endsWith('ed'));
}

/** "1." or "2)" opening a sentence: a list marker. */
export function isListMarker(toks: readonly Token[], i: number, sentenceStart: number): boolean {
  const next = toks[i + 1];
  return i === sentenceStart && next !== undefined && !next.space && (next.text === '.' || next.text === ')');
}
