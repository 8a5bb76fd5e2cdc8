// The words around a number or a date inside its sentence ("cancelled 340
// flights", "the levee, built in 1978"): two mentions in different articles
// are about the same thing when their surroundings share a content word.
import type { Claim, Span } from '../types.js';
import { contentTerms } from '../extract/terms.js';

const WINDOW = 48;

// Context words of a mention are asked for once per candidate pair; they
// never change, so each is computed once.
// One table per window size (there are two), not a map per mention.
const contextCaches = new Map<number, WeakMap<Span, Set<string>>>();

export function contextTerms(claim: Claim, span: Span, window = WINDOW): Set<string> {
  let cache = contextCaches.get(window);
  if (!cache) contextCaches.set(window, (cache = new WeakMap()));
  let terms = cache.get(span);
  if (!terms) cache.set(span, (terms = computeContext(claim, span, window)));
  return terms;
}

/** Letters and digits: a window edge inside a word moves to the word's edge, never cutting it in two. */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

function computeContext(claim: Claim, span: Span, window: number): Set<string> {
  const text = claim.text;
  let from = Math.max(0, span.start - claim.span.start - window);
  let to = Math.min(text.length, span.end - claim.span.start + window);
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  while (to < text.length && WORD_CHAR.test(text[to]!)) to++;
  const rel: [number, number] = [span.start - claim.span.start - from, span.end - claim.span.start - from];
  return new Set(contentTerms(claim.text.slice(from, to), [rel]));
}

/** Where a clause ends: punctuation, a dash, or a conjunction that opens another clause. */
const CLAUSE_BREAK = /[,;:()"“”]|\s[-–—]\s|\b(?:and|but|while|whereas|although|because|after|before|when|as|since|until|following|which|who|that)\b/giu;
/** A clause longer than this is cut (a run-on sentence is not one predicate). */
const CLAUSE_REACH = 110;
const clauseCache = new WeakMap<Span, Set<string>>();

/**
 * Content words of the clause a mention stands in ("was sentenced to nine
 * years in prison by Judge X at the Crown Court on March 12": all of it, not
 * only the words within a few characters of the date).
 */
export function clauseTerms(claim: Claim, span: Span): Set<string> {
  let terms = clauseCache.get(span);
  if (!terms) {
    const text = claim.text;
    const at = span.start - claim.span.start;
    const end = span.end - claim.span.start;
    let from = Math.max(0, at - CLAUSE_REACH);
    let to = Math.min(text.length, end + CLAUSE_REACH);
    CLAUSE_BREAK.lastIndex = from;
    for (let m = CLAUSE_BREAK.exec(text); m && m.index < to; m = CLAUSE_BREAK.exec(text)) {
      if (m.index + m[0].length <= at) from = m.index + m[0].length;
      else if (m.index >= end) {
        to = m.index;
        break;
      }
    }
    while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
    while (to < text.length && WORD_CHAR.test(text[to]!)) to++;
    terms = new Set(contentTerms(text.slice(from, to), [[at - from, end - from]]));
    clauseCache.set(span, terms);
  }
  return terms;
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export interface Pairing<T> {
  x: T;
  y: T;
  /** Shared context words. */
  shared: number;
}

export interface PairingOptions<T> {
  /** A pair with no shared context counts when it is the only comparable pair of the two sentences. */
  loneOk?: boolean;
  /** Characters of context on each side. */
  window?: number;
  /** Other evidence that two mentions belong together, added to their shared words when choosing. */
  affinity?: (x: T, y: T) => number;
}

/**
 * Pair each mention of `a` with the comparable mention of `b` whose context
 * shares most words (plus `affinity`). A pair with no shared context and no
 * affinity counts only when it is the only comparable pair (`loneOk`).
 */
export function pairMentions<T extends Span>(a: Claim, xs: readonly T[], b: Claim, ys: readonly T[], comparable: (x: T, y: T) => boolean, options: PairingOptions<T> = {}): Array<Pairing<T>> {
  const { loneOk = false, window = WINDOW, affinity = () => 0 } = options;
  const out: Array<Pairing<T>> = [];
  const yContexts = ys.map((y) => contextTerms(b, y, window));
  const candidates = xs.map((x) => ys.map((y, j) => (comparable(x, y) ? j : -1)).filter((j) => j >= 0));
  const lone = candidates.filter((c) => c.length > 0).length === 1 && candidates.every((c) => c.length <= 1);
  xs.forEach((x, i) => {
    const cx = contextTerms(a, x, window);
    let best: Pairing<T> | undefined;
    let bestScore = -1;
    for (const j of candidates[i]!) {
      const shared = overlap(cx, yContexts[j]!);
      const score = shared + affinity(x, ys[j]!);
      if (score > bestScore) {
        best = { x, y: ys[j]!, shared };
        bestScore = score;
      }
    }
    if (best && (bestScore > 0 || (lone && loneOk))) out.push(best);
  });
  return out;
}
