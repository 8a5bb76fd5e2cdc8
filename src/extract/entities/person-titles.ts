// Titles standing outside a name's run of capitals: lowercase before it
// ("acting interior minister X"), in apposition after it ("X, the deputy
// spokesman of Y,") or before a comma ("The Kenyan Ambassador to Uganda, X,").
import { LEX, TITLE_HEAD_WORDS, TITLE_WORDS } from './lexicon.js';
import { isDigit } from './runs.js';
import { titleStart } from './titles.js';
import type { Tok } from './tokens.js';

export interface TitleSpan {
  start: number;
  end: number;
}

const CLAUSE_WORDS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'said', 'says', 'told', 'tells', 'will', 'would', 'did', 'does', 'who', 'which', 'that', 'added', 'warned', 'confirmed', 'denied', 'can', 'could', 'should', 'may', 'might', 'must', 'and', 'but']);
const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const APPOSITION_STOP = /[,;:()\[\]—–"“”]/u;

/** Lowercase title right before the name: "acting interior minister X", "the group's deputy leader X". */
export function titleBefore(toks: Tok[], a: number): TitleSpan | undefined {
  let s = a;
  while (s > 0 && !toks[s]!.breakBefore && (!toks[s - 1]!.cap || (toks[s - 1]!.initial && TITLE_WORDS.has(toks[s - 1]!.low)))) s--;
  if (s >= a) return undefined;
  const lows = toks.slice(s, a).map((t) => t.low);
  const st = titleStart(lows, lows.length);
  return st < lows.length ? { start: toks[s + st]!.start, end: toks[a - 1]!.end } : undefined;
}

/** Title after the name: ", the deputy spokesman of the ministry,". */
export function appositionTitle(sentence: string, toks: Tok[], last: number): TitleSpan | undefined {
  let k = last + 1;
  const first = toks[k];
  if (!first || !/^\s*,\s*$/u.test(sentence.slice(toks[last]!.end + (toks[last]!.possessive ? 2 : 0), first.start))) return undefined;
  if (toks[last]!.possessive) return undefined;
  if (APPOSITION_DETERMINERS.has(first.low) && !first.cap) k++;
  const begin = toks[k];
  if (!begin) return undefined;
  let head = -1;
  let end = -1;
  for (let q = k; q < toks.length && q - k < 16; q++) {
    const t = toks[q]!;
    if (q > k && APPOSITION_STOP.test(sentence.slice(toks[q - 1]!.end, t.start))) break;
    if (CLAUSE_WORDS.has(t.low) && !t.cap) break;
    if (isDigit(t.low)) break;
    if (head < 0 && q - k < 4 && TITLE_HEAD_WORDS.has(t.low)) head = q;
    if (head < 0 && q - k >= 4) break;
    end = q;
  }
  if (head < 0 || end < k) return undefined;
  return { start: toks[afterQualifiers(toks, k, head)]!.start, end: toks[end]!.end };
}

/**
 * Where the title proper starts: after the last capitalised word before its
 * head that is not itself a title word ("a former Kenyan foreign minister" →
 * "foreign minister"), as a title inside a run of capitals is split from
 * the place before it ("Kenyan Foreign Minister X" → "Foreign Minister").
 */
function afterQualifiers(toks: Tok[], start: number, head: number): number {
  let s = start;
  for (let q = start; q < head; q++) if (toks[q]!.cap && !TITLE_WORDS.has(toks[q]!.low)) s = q + 1;
  return s;
}

const TITLE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose']);

/**
 * "The group's leader, Ahmed Nazari, said", "The Kenyan Ambassador to
 * Uganda, Ruth Wambui, said": a title phrase closed by the comma before the
 * name, from after its determiner; it must hold a title head word.
 */
export function titleBeforeComma(sentence: string, toks: Tok[], a: number, b: number): TitleSpan | undefined {
  if (a === 0 || !/^\s*,\s*$/u.test(sentence.slice(toks[a - 1]!.end, toks[a]!.start)) || !/^\s*,/u.test(sentence.slice(toks[b]!.end))) return undefined;
  let s = a - 1;
  while (s > 0 && a - s < 10 && !toks[s]!.breakBefore && !TITLE_OPENERS.has(toks[s - 1]!.low)) s--;
  if (toks[s]!.initial && LEX.commonWords.has(toks[s]!.low) && !TITLE_WORDS.has(toks[s]!.low)) s++;
  if (s >= a || TITLE_OPENERS.has(toks[s]!.low)) return undefined;
  // "the Office of the President, X": the phrase is the object of a name, not X's title.
  if (s >= 2 && TITLE_OPENERS.has(toks[s - 1]!.low) && LEX.connectors.has(toks[s - 2]!.low)) return undefined;
  let head = -1;
  for (let q = s; q < a; q++) {
    if (CLAUSE_WORDS.has(toks[q]!.low)) return undefined;
    if (head < 0 && TITLE_HEAD_WORDS.has(toks[q]!.low)) head = q;
  }
  return head >= 0 ? { start: toks[afterQualifiers(toks, s, head)]!.start, end: toks[a - 1]!.end } : undefined;
}
