// Quantities of one sentence: "two rounds of talks", "about 300 prisoners",
// "$3bn", "45 per cent", "between 20 and 30 people", "dozens of protesters".
//
// One tokenisation per sentence (after a cheap regex pre-check), then one
// left-to-right pass: at each token that can start a number we read, in
// order, a currency sign before it, the number and its scale, hedging words
// before and after, a range ("10 to 15", "10-15", "two or three"), and the
// unit or counted noun. Decisions worth knowing:
// - Years, dates ("May 5"), clock times and identifiers ("F-16", "Flight 93")
//   are skipped: the time extractor owns the first three.
// - Ordinals ("second round", "5th") are skipped: they give a position, not
//   an amount, and "first" is mostly idiom ("for the first time").
// - Fractions ("two-thirds of") are skipped; "half a million" is a number.
// - "one" counts only before a noun ("one soldier"), not as a pronoun.
// - "from 10 to 15" is a change, two quantities; "10 to 15" is a range.
// - Relative times ("two days ago", "the past 24 hours") are time expressions.
import type { Quantity, QuantityMod } from '../types.js';
import { isClock, isCode, isDate, isIdentifier, isListMarker, looksLikeYear, countedNext } from './quantities/guards.js';
import {
  MODIFIERS_AFTER,
  MODIFIERS_BEFORE,
  ONE_SKIP_AFTER,
  ONE_SKIP_BEFORE,
  RELATIVE_TIME_AFTER,
  RELATIVE_TIME_BEFORE,
  TIME_UNITS,
  VERBS,
  matchBackward,
  matchForward,
  mayHoldQuantity,
} from './quantities/lexicon.js';
import { mayStartNumber, readNumber, times, type NumberRead } from './quantities/numbers.js';
import { tokenize, type Token } from './quantities/tokens.js';
import { currencyBefore, isAge, readUnit, skipCurrency, type Currency, type UnitRead } from './quantities/units.js';

const RANGE_WORDS = new Set(['to', 'or', '-', '–', '—', 'and']);

interface Found {
  quantity?: Quantity;
  /** Token index the scan resumes at. */
  next: number;
}

/** Quantities of one sentence; spans are file offsets (offset = file offset of sentence[0]). */
export function extractQuantities(sentence: string, offset: number): Quantity[] {
  if (!mayHoldQuantity(sentence)) return [];
  const toks = tokenize(sentence);
  let sentenceStart = 0;
  while (sentenceStart < toks.length && toks[sentenceStart].kind === 'p') sentenceStart++;
  const out: Quantity[] = [];
  for (let i = 0; i < toks.length; ) {
    if (!mayStartNumber(toks[i])) {
      i++;
      continue;
    }
    const found = readQuantity(sentence, toks, i, sentenceStart);
    if (found.quantity) {
      found.quantity.start += offset;
      found.quantity.end += offset;
      out.push(found.quantity);
    }
    i = Math.max(i + 1, found.next);
  }
  return out;
}

/** A range continuing the number: "10 to 15", "10-15", "two or three", "between 20 and 30". */
function readRange(
  toks: readonly Token[],
  first: NumberRead,
  between: boolean,
  from: boolean,
  currency: boolean,
): { second: NumberRead; score: boolean } | undefined {
  const sep = toks[first.end];
  if (sep === undefined || !RANGE_WORDS.has(sep.lower)) return undefined;
  if (sep.lower === 'and' && !between) return undefined;
  if (sep.lower === 'to' && from) return undefined; // "rose from 10 to 15": a change
  const dash = sep.kind === 'p';
  if (dash && (first.kind !== 'digits' || toks[first.end + 1]?.space)) return undefined;
  const k = skipCurrency(toks, first.end + 1);
  if (k >= toks.length) return undefined;
  const second = readNumber(toks, k, currency);
  if (second === undefined || second.vague || second.kind !== first.kind) return undefined;
  const low = first.scale === 1 && second.scale > 1 ? first.value * second.scale : first.value;
  if (second.value > low) return { second, score: false };
  return dash && sep.lower === '-' ? { second, score: true } : undefined;
}

function modifierAfter(toks: readonly Token[], j: number): { mod: QuantityMod; end: number } | undefined {
  const t = toks[j];
  if (t === undefined) return undefined;
  if (t.text === '+' && !t.space) return { mod: 'more', end: j + 1 };
  if (t.lower === 'or') {
    const hit = matchForward(MODIFIERS_AFTER, toks, j);
    return hit ? { mod: hit.value, end: hit.end } : undefined;
  }
  // "300-odd", "300-plus"
  if (t.text === '-' && !t.space && toks[j + 1] && !toks[j + 1].space) {
    const hit = matchForward(MODIFIERS_AFTER, toks, j + 1);
    return hit ? { mod: hit.value, end: hit.end } : undefined;
  }
  return undefined;
}

/** "minus 20 degrees", "-20C" (a spaced hyphen glued to the digits). */
function minusBefore(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  if (p === undefined) return false;
  if (p.lower === 'minus') return true;
  return (p.text === '-' || p.text === '−') && p.space && !toks[i].space;
}

/** "two days ago", "the past 24 hours": a relative time, which the time extractor owns. */
function isRelativeTime(toks: readonly Token[], unit: string | undefined, beforeIndex: number, after: number) {
  if (unit === undefined || !TIME_UNITS.has(unit)) return false;
  const before = toks[beforeIndex];
  if (before !== undefined && RELATIVE_TIME_BEFORE.has(before.lower)) {
    // "would last three days", "to last two weeks": "last" is a verb there.
    const verb = toks[beforeIndex - 1];
    return !(verb && (VERBS.has(verb.lower) || verb.lower === 'to'));
  }
  // "for nine hours before the verdict" is a duration.
  if (before?.lower === 'for') return false;
  return matchForward(RELATIVE_TIME_AFTER, toks, after) !== undefined;
}

/**
 * Token index to resume at when the number at i is not an amount (a code,
 * list marker, clock time, date, year, identifier, or "one" as a pronoun).
 */
function rejectAt(
  sentence: string,
  toks: readonly Token[],
  i: number,
  read: NumberRead,
  sentenceStart: number,
  currency: boolean,
  hedged: boolean,
): number | undefined {
  const dashAfter = (k: number) => (toks[k]?.text === '-' || toks[k]?.text === '–' ? 2 : 0);
  if (read.kind === 'digits') {
    if (isCode(toks, i, read)) return read.bodyEnd + 1;
    if (isListMarker(toks, i, sentenceStart)) return i + 1;
    if (isClock(sentence, toks, read)) return read.end;
    if (isDate(toks, i, read.end)) return read.end + dashAfter(read.end);
    // "about 2000 people" is an amount; a bare "2000" is a year.
    if (looksLikeYear(toks[i], read) && !currency && !(hedged && countedNext(toks, read.end)))
      return read.end + dashAfter(read.end);
    if (!hedged && !currency && isIdentifier(toks, i, read, sentenceStart)) return read.end;
    return undefined;
  }
  if (read.value !== 1 || read.end !== i + 1 || read.vague) return undefined;
  // "one" is a count only before a noun: not "one of the", "no one", "one-off".
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (prev && ONE_SKIP_BEFORE.has(prev.lower)) return i + 1;
  if (next && next.kind === 'w' && !ONE_SKIP_AFTER.has(next.lower)) return undefined;
  const oneDay = next?.text === '-' && !next.space && TIME_UNITS.has(toks[i + 2]?.lower ?? ''); // "a one-day visit"
  return oneDay ? undefined : i + 1;
}

/** "from 10 to 15 per cent", "from $2 to $3 million": the first end takes the second's unit and scale. */
function fromEnd(
  toks: readonly Token[],
  end: number,
  read: NumberRead,
  currency: Currency | undefined,
): { unit?: UnitRead; scale: number } | undefined {
  const k = skipCurrency(toks, end + 1);
  const second = k < toks.length ? readNumber(toks, k, currency !== undefined) : undefined;
  if (!second || second.kind !== read.kind) return undefined;
  return { unit: readUnit(toks, second.end, 2, second.partitive, currency), scale: second.scale };
}

function readQuantity(sentence: string, toks: readonly Token[], i: number, sentenceStart: number): Found {
  const skip = (next: number): Found => ({ next });
  const currency = toks[i].kind === 'n' ? currencyBefore(toks, i) : undefined;
  const read = readNumber(toks, i, currency !== undefined);
  if (read === undefined) return skip(i + 1);
  const sign = read.kind === 'digits' && !currency ? minusBefore(toks, i) : false;
  const lead = currency ? currency.start : sign ? i - 1 : i; // first token of the amount proper
  const modBefore = matchBackward(MODIFIERS_BEFORE, toks, lead);
  const beforeIndex = (modBefore ? modBefore.start : lead) - 1;
  const before = toks[beforeIndex];

  const rejected = rejectAt(sentence, toks, i, read, sentenceStart, currency !== undefined, modBefore !== undefined);
  if (rejected !== undefined) return skip(rejected);

  let value = read.value;
  let max = read.max;
  let end = read.end;
  let { scale, decimals } = read;
  const range = readRange(toks, read, before?.lower === 'between', before?.lower === 'from', currency !== undefined);
  if (range?.score) return skip(range.second.end); // "won 3-1", "voted 52-48"
  if (range) {
    const { second } = range;
    if (read.scale === 1 && second.scale > 1) value = times(read.value, second.scale);
    max = second.max ?? second.value;
    end = second.end;
    scale = Math.max(scale, second.scale);
    decimals = Math.max(decimals, second.decimals);
    if (read.kind === 'digits' && isDate(toks, i, end)) return skip(end);
  }

  let mod: QuantityMod | undefined = modBefore?.value;
  let spanStart = modBefore ? modBefore.start : range && before?.lower === 'between' ? lead - 1 : lead;
  const after = modifierAfter(toks, end);
  if (after) {
    mod ??= after.mod;
    end = after.end;
  }

  const unit = readUnit(toks, end, range ? 2 : value, read.partitive, currency);
  if (unit.fraction) return skip(unit.end);
  let unitName = unit.unit;
  let measure = unit.measure;
  if ((unitName === undefined || scale === 1) && before?.lower === 'from' && toks[end]?.lower === 'to') {
    const other = fromEnd(toks, end, read, currency);
    if (other && unitName === undefined && other.unit) {
      unitName = other.unit.unit;
      measure = other.unit.measure;
    }
    if (other && scale === 1 && other.scale > 1) {
      value = times(value, other.scale);
      scale = other.scale;
    }
  }
  if (unitName === undefined && isAge(toks, lead, end, value)) unitName = 'year-old';
  const last = Math.max(end, unit.end);
  if (isRelativeTime(toks, unitName, beforeIndex, last)) return skip(last);
  // "over two days of talks": "over" means during, not more than.
  if (modBefore && unitName && TIME_UNITS.has(unitName) && (toks[modBefore.start].lower === 'over' || toks[modBefore.start].lower === 'under')) {
    mod = undefined;
    spanStart = lead;
  }

  if (sign && max === undefined) value = -value;
  const quantity: Quantity = {
    text: sentence.slice(toks[spanStart].start, toks[last - 1].end),
    start: toks[spanStart].start,
    end: toks[last - 1].end,
    value,
  };
  if (max !== undefined && max !== value) quantity.max = max;
  if (unitName !== undefined) quantity.unit = unitName;
  if (read.approximate || read.vague || mod !== undefined) quantity.approximate = true;
  if (mod !== undefined) quantity.mod = mod;
  if (!read.vague && (scale > 1 || measure)) quantity.precision = (0.5 * scale) / 10 ** decimals;
  return { quantity, next: last };
}
