// The tense around a time expression, from the nearest verb cue. It decides
// whether "on Monday" / "in March" is the past or the coming one, and lets
// the date-inconsistency rule see "next week" in a past-tense clause.
// Deliberately shallow: a window of words, cue lexicons, and a few rules for
// passives ("will be lifted"), perfects and infinitives.
import { MONTHS, TENSE } from './lexicon.js';
import { isCapitalised, tokenize, type Token } from './tokens.js';

export type Tense = 'past' | 'present' | 'future';

export interface TenseCue {
  tense: Tense;
  /** Token index of the cue. */
  at: number;
  /** Distance in tokens from the expression. */
  distance: number;
  /** The cue word, lower case ("said", "will"). */
  word: string;
  /** Character range of the cue in the text the tokens came from. */
  start: number;
  end: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'my', 'your']);
const MODALS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', "didn't", 'not', "won't", "wouldn't"]);
const PRONOUNS = new Set(['they', 'we', 'you', 'i']);
const NOT_PLURAL = new Set(['this', 'thus', 'does', 'news', 'always', 'perhaps', 'whereas', 'unless', 'across', 'plus', 'was', 'has', 'is', 'its', 'his']);
/** Words that open another clause: the right-hand scan stops there. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'but', 'because', 'although', 'though', 'if', 'and', 'as', 'after', 'before', 'since', 'until']);
const LEFT_WINDOW = 15;
const RIGHT_WINDOW = 10;
/** Cues after the expression count a little less than cues before it ("said on Monday"). */
const RIGHT_PENALTY = 2;

function lowerWord(toks: Token[], k: number): string {
  const t = toks[k];
  return t && t.kind === 'word' ? t.lower : '';
}

/** The previous word, skipping adverbs and commas ("is now expected", "suspect, arrested"). */
function previousWord(toks: Token[], k: number): string {
  for (let p = k - 1; p >= 0 && p >= k - 4; p--) {
    const t = toks[p]!;
    if (t.kind === 'punct') {
      if (t.text === ',') continue;
      return '';
    }
    if (t.kind !== 'word') return '';
    if (!TENSE.adverbs.has(t.lower)) return t.lower;
  }
  return '';
}

function isRegularPast(w: string): boolean {
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !TENSE.edExceptions.has(w);
}

/** The tense a single word signals, or null. */
export function cueAt(toks: Token[], k: number): Tense | null {
  const w = lowerWord(toks, k);
  if (!w) return null;
  // A month name is not a modal ("in May").
  if (isCapitalised(toks[k]) && MONTHS.has(w)) return null;
  if (TENSE.future.has(w) || w.endsWith("'ll")) return 'future';
  if (TENSE.futureAfterBe.has(w)) {
    return TENSE.bePresent.has(previousWord(toks, k)) ? 'future' : null;
  }
  if (TENSE.futureWeak.has(w)) {
    const prev = previousWord(toks, k);
    return DETERMINERS.has(prev) ? null : 'future';
  }
  if (TENSE.bePast.has(w)) return 'past';
  if (TENSE.past.has(w) || isRegularPast(w)) {
    if (TENSE.ambiguousPast.has(w)) return null;
    const prev = previousWord(toks, k);
    // Passive ("will be lifted", "was held"), linking ("remain banned") or adjectival
    // ("the flooded areas"): the auxiliary or another verb decides.
    if (TENSE.participleHelpers.has(prev) || prev === 'to' || DETERMINERS.has(prev)) return null;
    return 'past';
  }
  if (TENSE.present.has(w)) {
    const prev = previousWord(toks, k);
    if (DETERMINERS.has(prev) || MODALS.has(prev)) return null;
    return 'present';
  }
  if (TENSE.presentBase.has(w)) {
    const prev = previousWord(toks, k);
    return PRONOUNS.has(prev) || (prev.length > 3 && prev.endsWith('s') && !prev.endsWith('ss') && !NOT_PLURAL.has(prev)) ? 'present' : null;
  }
  return null;
}

/** Nearest tense cue around tokens [i, j): before it within 15 words, after it within 10 (same clause). */
export function tenseCue(toks: Token[], i: number, j: number): TenseCue | undefined {
  let left: TenseCue | undefined;
  for (let k = i - 1; k >= 0 && k >= i - LEFT_WINDOW; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && t.text === ';') break;
    const c = cueAt(toks, k);
    if (c) {
      left = { tense: c, at: k, distance: i - k, word: t.lower, start: t.start, end: t.end };
      break;
    }
  }
  let right: TenseCue | undefined;
  for (let k = j; k < toks.length && k < j + RIGHT_WINDOW; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' && t.text === ';') break;
    if (t.kind === 'word' && CLAUSE_OPENERS.has(t.lower)) break;
    const c = cueAt(toks, k);
    if (c) {
      right = { tense: c, at: k, distance: k - j + 1 + RIGHT_PENALTY, word: t.lower, start: t.start, end: t.end };
      break;
    }
  }
  if (left && right) return right.distance < left.distance ? right : left;
  return left ?? right;
}

/** Tense around tokens [i, j), or undefined when no cue is near. */
export function tenseAround(toks: Token[], i: number, j: number): Tense | undefined {
  return tenseCue(toks, i, j)?.tense;
}

/**
 * Tense around a character range of a text (e.g. a time expression inside a
 * claim's text). For rules: tokenizes the text on each call.
 */
export function tenseOfRange(text: string, start: number, end: number): TenseCue | undefined {
  const toks = tokenize(text);
  let i = toks.findIndex((t) => t.end > start);
  if (i < 0) i = toks.length;
  let j = i;
  while (j < toks.length && toks[j]!.start < end) j++;
  return tenseCue(toks, i, j);
}
