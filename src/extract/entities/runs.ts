// Runs of name words in one sentence: which words can be part of a name
// (capitalised, not a common word opening the sentence or a headline), and
// how far a run goes over inner connectors ("Bank of England", "bin",
// "Ports and Transport Authority"). Also tells headlines and shouting apart.
import { LEX } from './lexicon.js';
import type { Tok } from './tokens.js';

export const ROMAN = /^[IVX]{1,4}$/;

export const isDigit = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};

export function sentenceMode(toks: Tok[]): 'normal' | 'headline' | 'shouting' {
  let words = 0, lower = 0, upper = 0, markers = 0;
  for (const t of toks) {
    if (t.low.length < 2 || isDigit(t.low)) continue;
    words++;
    if (t.acronym) upper++;
    if (!t.cap) {
      if (!LEX.connectors.has(t.low) && !LEX.headlineMarkers.has(t.low)) lower++;
    } else if (!t.initial && !t.acronym && LEX.headlineMarkers.has(t.low)) markers++;
  }
  if (words >= 4 && upper / words >= 0.7) return 'shouting';
  if (words >= 4 && markers >= 2 && lower / words <= 0.2) return 'headline';
  return 'normal';
}

export function isNameWord(t: Tok, headline: boolean): boolean {
  if (!t.cap || isDigit(t.low)) return false;
  if (t.low.length === 1 && !t.dotAfter) return false;
  if ((t.initial || headline) && !t.acronym && (LEX.commonWords.has(t.low) || LEX.numberWords.has(t.low))) return false;
  return true;
}

export function isTimeWord(low: string): boolean {
  return LEX.months.has(low) || LEX.days.has(low) || LEX.timeOther.has(low);
}

/**
 * "National Liberation Movement said...": a capitalised common word opening
 * the sentence still starts a name when capitalised words follow it up to an
 * organisation suffix. Short words and determiners ("The Foreign Ministry") never do.
 */
export function opensOrgName(toks: Tok[], i: number, headline: boolean): boolean {
  const t = toks[i]!;
  if (!t.cap || !t.initial || headline || t.low.length < 5 || LEX.headlineMarkers.has(t.low)) return false;
  const n = toks[i + 1];
  if (!n || n.breakBefore || !isNameWord(n, false)) return false;
  return LEX.orgSuffixes.has(toks[runEnd(toks, i + 1, false)]!.low);
}

/**
 * "Ports and Transport Authority", "Justice and Development Party": "and"
 * joins two capitalised parts when the second ends in an organisation
 * suffix and the first has none ("the Army and Police Service" stays whole,
 * "Kenya and Uganda" stays two names).
 */
function joinsBeforeSuffix(toks: Tok[], i: number, j: number, k: number, headline: boolean): boolean {
  if (toks[k]!.low !== 'and' || j - i > 2) return false;
  const n = toks[k + 1];
  if (!n || n.breakBefore || !isNameWord(n, headline)) return false;
  for (let q = i; q <= j; q++) if (LEX.orgSuffixes.has(toks[q]!.low) || toks[q]!.acronym) return false;
  return LEX.orgSuffixes.has(toks[runEnd(toks, k + 1, headline)]!.low);
}

/** End index (inclusive) of the run of name words starting at token i. */
export function runEnd(toks: Tok[], i: number, headline: boolean): number {
  let j = i;
  let hasOf = false;
  for (;;) {
    const t = toks[j]!;
    if (t.possessive && !LEX.possessiveInner.has(t.low)) return j;
    const k = j + 1;
    if (k >= toks.length || toks[k]!.breakBefore) return j;
    const nk = toks[k]!;
    if (isNameWord(nk, headline) || (ROMAN.test(nk.text) && !toks[j]!.acronym)) {
      j = k;
      continue;
    }
    // Connectors: "of", "of the", "bin", "van der"; never at the edges.
    let m = k;
    let valid = true;
    const andJoins = hasOf || joinsBeforeSuffix(toks, i, j, k, headline);
    while (m < toks.length && m - k < 2 && !toks[m]!.cap && (LEX.connectors.has(toks[m]!.low) || (toks[m]!.low === 'and' && andJoins))) {
      if (m > k && toks[m]!.breakBefore) valid = false;
      if (toks[m]!.low === 'the' && !(m > k && LEX.theAfter.has(toks[m - 1]!.low))) valid = false;
      m++;
    }
    if (m > k && valid && m < toks.length && !toks[m]!.breakBefore && isNameWord(toks[m]!, headline) && !isTimeWord(toks[m]!.low)) {
      for (let q = k; q < m; q++) if (toks[q]!.low === 'of' || toks[q]!.low === 'for') hasOf = true;
      j = m;
      continue;
    }
    return j;
  }
}
