// Word-level verb knowledge for the tense reader (tense.ts): which words are
// past forms, participles, base forms and auxiliaries, where an auxiliary
// chain ("will be", "has been", "was due to") starts, and when a word that
// looks like a verb is a noun or an adjective ("by 221 votes", "the flooded
// areas", "a spending plan"). The word lists are data (lexicons/time-tense.yaml).
import { TENSE } from './lexicon.js';
import type { Token } from './tokens.js';

/** Lower-case word at k, or '' when k is not a word token. */
export function wordAt(toks: Token[], k: number): string {
  const t = toks[k];
  return t && t.kind === 'word' ? t.lower : '';
}

/** Index of the previous word, skipping adverbs and commas (at most four tokens), or -1. */
export function prevWordIndex(toks: Token[], k: number): number {
  for (let p = k - 1; p >= 0 && p >= k - 5; p--) {
    const t = toks[p]!;
    if (t.kind === 'punct') {
      if (t.text === ',') continue;
      return -1;
    }
    if (t.kind !== 'word') return -1;
    if (!TENSE.adverbs.has(t.lower)) return p;
  }
  return -1;
}

/** Index of the next word, skipping adverbs (at most four tokens), or -1. */
export function nextWordIndex(toks: Token[], k: number): number {
  for (let n = k + 1; n < toks.length && n <= k + 5; n++) {
    const t = toks[n]!;
    if (t.kind !== 'word') return -1;
    if (!TENSE.adverbs.has(t.lower)) return n;
  }
  return -1;
}

function isRegularPast(w: string): boolean {
  return w.length > 3 && w.endsWith('ed') && !TENSE.edExceptions.has(w);
}

/** A simple-past form: "broke", "approved". */
export function isPastForm(w: string): boolean {
  return TENSE.irregularPast.has(w) || isRegularPast(w);
}

/** A past participle: "broken", "approved". */
export function isParticiple(w: string): boolean {
  return TENSE.irregularParticiple.has(w) || isRegularPast(w);
}

export function isWillModal(w: string): boolean {
  return TENSE.future.has(w) || w.endsWith("'ll");
}

export function isModal(w: string): boolean {
  return isWillModal(w) || TENSE.modals.has(w);
}

/** Words an auxiliary chain is made of: modals, be/have/do forms, linking verbs, infinitive "to". */
function isChainWord(w: string): boolean {
  return isModal(w) || TENSE.bePresent.has(w) || TENSE.bePast.has(w) || TENSE.beOther.has(w) ||
    TENSE.havePresent.has(w) || TENSE.havePast.has(w) || TENSE.doPast.has(w) || TENSE.doPresent.has(w) ||
    TENSE.linking.has(w) || w === 'to';
}

/**
 * The leftmost word of the auxiliary chain in front of token k ("will" in "will
 * be lifted", "has" in "has been postponed"), or -1 when k has no auxiliary.
 */
export function chainStart(toks: Token[], k: number): number {
  let start = -1;
  for (let p = prevWordIndex(toks, k); p >= 0; p = prevWordIndex(toks, p)) {
    const w = wordAt(toks, p);
    if (!isChainWord(w)) break;
    start = p;
    if (w === 'to' || isModal(w)) break;
  }
  return start;
}

/**
 * A verb-looking word used as a noun or an adjective: right after a
 * determiner, a number, a possessive or a preposition ("the flooded areas",
 * "by 221 votes", "the city's plans", "in flooded areas").
 */
export function isNominal(toks: Token[], k: number): boolean {
  const p = toks[k - 1];
  if (!p) return false;
  if (p.kind === 'num' || p.kind === 'ord') return true;
  if (p.kind !== 'word') return false;
  if (p.possessive) return true;
  return TENSE.determiners.has(p.lower) || TENSE.prepositions.has(p.lower);
}

const NOT_PLURAL = new Set(['this', 'thus', 'does', 'news', 'always', 'perhaps', 'whereas', 'unless', 'across', 'plus', 'was', 'has', 'is', 'its', 'his']);

/** Looks like a plural noun or a pronoun subject ("polls close", "they return"). */
export function isPluralSubject(w: string): boolean {
  return TENSE.pronouns.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !NOT_PLURAL.has(w));
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);

/** An intention verb used as a verb: an infinitive, a clause or an object follows ("plans to", "expects a"). */
export function intentFollows(toks: Token[], k: number): boolean {
  const n = wordAt(toks, k + 1);
  return n === 'to' || n === 'that' || n === 'for' || TENSE.determiners.has(n) || OBJECT_PRONOUNS.has(n);
}

/**
 * "to" as the infinitive marker ("agreed to meet"), not the preposition ("returned
 * to work", "to the", "to Paris", "to reporters").
 */
export function isInfinitiveTo(toks: Token[], k: number): boolean {
  const t = toks[k + 1];
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return false;
  const w = t.lower;
  if (t.possessive || TENSE.determiners.has(w) || TENSE.pronouns.has(w) || OBJECT_PRONOUNS.has(w) || TENSE.toNouns.has(w)) return false;
  if (w === 'be' || TENSE.irregularBase.has(w)) return true;
  if (w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss'))) return false;
  return !isRegularPast(w);
}

/** A finite verb at k ("is", "began", "will", "opens"): what a sentence subject is followed by. */
export function isFiniteVerb(toks: Token[], k: number): boolean {
  const w = wordAt(toks, k);
  if (!w) return false;
  return isModal(w) || TENSE.bePresent.has(w) || TENSE.bePast.has(w) || TENSE.havePresent.has(w) ||
    TENSE.havePast.has(w) || TENSE.present.has(w) || TENSE.irregularPast.has(w) ||
    (isRegularPast(w) && !TENSE.irregularBase.has(w));
}
