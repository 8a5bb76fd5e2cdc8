// How two claims that speak of the same thing relate: do they agree, does one
// hedge what the other asserts, do they contradict, or differ in a date, a
// number or who said it. One pair can differ in several ways at once.
import type { Claim, Link, LinkRelation, Quantity, TimeExpression } from '../types.js';
import { loadLexicon } from '../extract/lexicon.js';
import { stem } from '../extract/terms.js';
import { compareQuantities } from '../extract/quantity-compare.js';
import { compareTimex } from '../extract/time/compare.js';

const ANTONYMS = new Map<string, Set<string>>();
for (const [a, b] of loadLexicon<{ pairs: Array<[string, string]> }>('antonyms').pairs) {
  const [sa, sb] = [stem(a), stem(b)];
  if (!ANTONYMS.has(sa)) ANTONYMS.set(sa, new Set());
  if (!ANTONYMS.has(sb)) ANTONYMS.set(sb, new Set());
  ANTONYMS.get(sa)!.add(sb);
  ANTONYMS.get(sb)!.add(sa);
}

export interface RelationThresholds {
  /** Least similarity for two claims to be about the same thing at all. */
  link: number;
  /** Least similarity before a difference (negation, number, date) is a conflict rather than a different event. */
  conflict: number;
}

export const DEFAULT_THRESHOLDS: RelationThresholds = { link: 0.3, conflict: 0.4 };

const WEAK = new Set(['hedged', 'unconfirmed']);

/** Stated as plain fact: no source, no hedge. */
export function isPlainFact(c: Claim): boolean {
  return c.isClaim && c.attribution.kind === 'none' && c.certainty.level === 'asserted';
}

/** Resting on less than a fact: hedged, not confirmed, or only anonymous sources. */
export function isWeak(c: Claim): boolean {
  return WEAK.has(c.certainty.level) || (c.attribution.kind === 'anonymous' && c.certainty.level !== 'denied');
}

function resolved(t: TimeExpression): boolean {
  return t.type === 'DATE' && /^\d/.test(t.value) && !t.value.includes('X');
}

function dateDifference(a: Claim, b: Claim): Pick<Link, 'detail' | 'fromSpan' | 'toSpan'> | undefined {
  const ta = a.times.filter(resolved);
  const tb = b.times.filter(resolved);
  if (ta.length === 0 || tb.length === 0) return undefined;
  let differ: [TimeExpression, TimeExpression] | undefined;
  for (const x of ta) {
    for (const y of tb) {
      if ((x.mod ?? '') !== (y.mod ?? '')) continue;
      const cmp = compareTimex(x.value, y.value);
      if (cmp === 'equal' || cmp === 'compatible') return undefined;
      if (cmp === 'different' && !differ) differ = [x, y];
    }
  }
  if (!differ) return undefined;
  const [x, y] = differ;
  return { detail: `"${x.text}" (${x.value}) vs "${y.text}" (${y.value})`, fromSpan: { start: x.start, end: x.end }, toSpan: { start: y.start, end: y.end } };
}

function numberDifference(a: Claim, b: Claim): Pick<Link, 'detail' | 'fromSpan' | 'toSpan'> | undefined {
  let differ: [Quantity, Quantity] | undefined;
  for (const x of a.quantities) {
    for (const y of b.quantities) {
      const cmp = compareQuantities(x, y);
      if (cmp === 'same' || cmp === 'compatible') return undefined;
      if (cmp === 'different' && !differ) differ = [x, y];
    }
  }
  if (!differ) return undefined;
  const [x, y] = differ;
  return { detail: `"${x.text}" vs "${y.text}"`, fromSpan: { start: x.start, end: x.end }, toSpan: { start: y.start, end: y.end } };
}

function antonymous(a: Claim, b: Claim): string | undefined {
  const bTerms = new Set(b.terms);
  for (const t of a.terms) {
    const opposite = ANTONYMS.get(t);
    if (opposite) for (const o of opposite) if (bTerms.has(o) && !a.terms.includes(o)) return `${t}/${o}`;
  }
  return undefined;
}

function sourceKey(c: Claim, keyOf: (s: string) => string): string | undefined {
  const source = c.attribution.source?.text;
  if (!source || c.attribution.kind !== 'named') return undefined;
  const named = c.entities.find((e) => e.start >= c.attribution.source!.start && e.end <= c.attribution.source!.end);
  return named ? named.key : keyOf(source);
}

/** Links between two similar claims of different articles. */
export function relate(a: Claim, b: Claim, score: number, keyOf: (s: string) => string, t: RelationThresholds = DEFAULT_THRESHOLDS): Link[] {
  const links: Link[] = [];
  const add = (relation: LinkRelation, from: Claim, to: Claim, extra: Partial<Link> = {}) =>
    links.push({ from: from.id, to: to.id, relation, score: Math.round(score * 1000) / 1000, ...extra });

  if (score >= t.conflict) {
    const date = dateDifference(a, b);
    if (date) add('differs-in-date', a, b, date);
    const number = numberDifference(a, b);
    if (number) add('differs-in-number', a, b, number);
  }

  const aDenied = a.certainty.level === 'denied';
  const bDenied = b.certainty.level === 'denied';
  if (aDenied !== bDenied) {
    const [asserting, denying] = aDenied ? [b, a] : [a, b];
    add('contradicts', asserting, denying, { detail: `denied: "${denying.certainty.cue?.text ?? ''}"` });
  } else if (!aDenied && score >= t.conflict) {
    const opposite = antonymous(a, b);
    if (opposite) add('contradicts', a, b, { detail: opposite });
    else if (Boolean(a.negated) !== Boolean(b.negated) && score >= t.conflict + 0.1) {
      const [positive, negative] = a.negated ? [b, a] : [a, b];
      add('contradicts', positive, negative, { detail: 'negated' });
    }
  }

  const aWeak = isWeak(a);
  const bWeak = isWeak(b);
  if (aWeak !== bWeak && !aDenied && !bDenied) {
    const [firm, weak] = aWeak ? [b, a] : [a, b];
    add('hedges', firm, weak, { detail: weak.certainty.cue?.text ?? weak.attribution.source?.text ?? '' });
  }

  if (score >= t.conflict) {
    const ka = sourceKey(a, keyOf);
    const kb = sourceKey(b, keyOf);
    const sharedQuote = a.quotes.length > 0 && b.quotes.length > 0;
    if (ka && kb && ka !== kb && (sharedQuote || score >= 0.6)) {
      add('differs-in-attribution', a, b, { detail: `${a.attribution.source!.text} vs ${b.attribution.source!.text}`, fromSpan: a.attribution.source!, toSpan: b.attribution.source! });
    }
  }

  if (links.length === 0) add('corroborates', a, b);
  return links;
}
