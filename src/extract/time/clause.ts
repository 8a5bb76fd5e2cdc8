// Clause-level helpers for the tense reader (tense.ts): where a clause ends,
// which preposition introduces a time ("until 5 p.m. on Friday" -> until),
// whether anything stands between a verb and the time, and whether a clause is
// reported speech ("saying that ...").
import { TENSE } from './lexicon.js';
import type { Token } from './tokens.js';
import { prevWordIndex, wordAt } from './verbs.js';

const BOUNDARY_PUNCT = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);
/** On the right, these also end the expression's clause ("on Monday and will ..."). */
export const RIGHT_STOPS = new Set(['and', 'as', 'after', 'before', 'since', 'until']);
/** Subordinators before an -ing form that opens a non-finite clause ("after defeating"). */
export const NONFINITE_LEADS = new Set(['after', 'before', 'since', 'while', 'when', 'without', 'despite', 'upon']);

/** Punctuation at k that ends a clause: ; : brackets, quotes, dashes (a spaced hyphen too, not "two-week"). */
export function isClauseBreak(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (BOUNDARY_PUNCT.has(t.text)) return true;
  return t.text === '-' && !(toks[k - 1]?.end === t.start && toks[k + 1]?.start === t.end);
}

const isClockPart = (t: Token | undefined) => !!t && (t.kind === 'num' || t.kind === 'clock' || t.kind === 'ampm');

/** The preposition that introduces the time at i, looking past a clock time ("until 5 p.m. on Friday"). */
export function introducer(toks: Token[], i: number): string {
  let k = i - 1;
  const w = wordAt(toks, k);
  if ((w === 'on' || w === 'at') && isClockPart(toks[k - 1])) k--;
  while (k >= 0 && isClockPart(toks[k])) k--;
  return wordAt(toks, k);
}

/** Only prepositions and adverbs between the verb and the time ("said on Monday", not "said 500 jobs ... on Monday"). */
export function attached(toks: Token[], from: number, to: number): boolean {
  for (let m = from + 1; m < to; m++) {
    const x = toks[m]!;
    if (x.kind === 'num') return false;
    if (x.kind === 'word' && !TENSE.prepositions.has(x.lower) && !TENSE.adverbs.has(x.lower)) return false;
  }
  return true;
}

/** "(said / saying) that ...": the clause opened by the boundary word is reported speech. */
export function reportedClause(toks: Token[], boundary: number | undefined): boolean {
  if (boundary === undefined || wordAt(toks, boundary) !== 'that') return false;
  return TENSE.reporting.has(wordAt(toks, prevWordIndex(toks, boundary)));
}
