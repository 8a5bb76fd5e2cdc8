// The words around a number or a date inside its sentence ("cancelled 340
// flights", "the levee, built in 1978"): two mentions in different articles
// are about the same thing when their surroundings share a content word.
import type { Claim, Span } from '../types.js';
import { contentTerms } from '../extract/terms.js';

const WINDOW = 48;

// Context words of a mention are asked for once per candidate pair; they
// never change, so each is computed once.
const contextCache = new WeakMap<Span, Map<number, Set<string>>>();

export function contextTerms(claim: Claim, span: Span, window = WINDOW): Set<string> {
  let byWindow = contextCache.get(span);
  if (!byWindow) contextCache.set(span, (byWindow = new Map()));
  let terms = byWindow.get(window);
  if (!terms) byWindow.set(window, (terms = computeContext(claim, span, window)));
  return terms;
}

function computeContext(claim: Claim, span: Span, window: number): Set<string> {
  const from = Math.max(0, span.start - claim.span.start - window);
  const to = Math.min(claim.text.length, span.end - claim.span.start + window);
  const rel: [number, number] = [span.start - claim.span.start - from, span.end - claim.span.start - from];
  return new Set(contentTerms(claim.text.slice(from, to), [rel]));
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

/**
 * Pair each mention of `a` with the comparable mention of `b` whose context
 * shares most words. A pair with no shared context counts only when it is the
 * only comparable pair of the two sentences (`loneOk`).
 */
export function pairMentions<T extends Span>(a: Claim, xs: readonly T[], b: Claim, ys: readonly T[], comparable: (x: T, y: T) => boolean, loneOk: boolean, window = WINDOW): Array<Pairing<T>> {
  const out: Array<Pairing<T>> = [];
  const yContexts = ys.map((y) => contextTerms(b, y, window));
  const candidates = xs.map((x) => ys.map((y, j) => (comparable(x, y) ? j : -1)).filter((j) => j >= 0));
  const lone = candidates.filter((c) => c.length > 0).length === 1 && candidates.every((c) => c.length <= 1);
  xs.forEach((x, i) => {
    const cx = contextTerms(a, x, window);
    let best: Pairing<T> | undefined;
    for (const j of candidates[i]!) {
      const shared = overlap(cx, yContexts[j]!);
      if (!best || shared > best.shared) best = { x, y: ys[j]!, shared };
    }
    if (best && (best.shared > 0 || (lone && loneOk))) out.push(best);
  });
  return out;
}
