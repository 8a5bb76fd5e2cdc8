// corpus: find, for every claim, the claims of other articles that speak of
// the same thing (blocking + scoring), and say how each pair relates.
import type { ArticleClaims, Claim, Link } from '../types.js';
import { documentFrequencies, forEachCandidatePair, type IndexedClaim } from './block-index.js';
import { relate } from './relations.js';

export interface Alignment {
  links: Link[];
  candidatePairs: number;
}

/** Features a claim is matched on: its content terms and entity keys. */
function featuresOf(claim: Claim): string[] {
  const out = new Set(claim.terms);
  for (const e of claim.entities) out.add(`e:${e.key}`);
  return [...out];
}

/** Pairs below both of these are not about the same thing. */
const MIN_COSINE = 0.15;
const MIN_CONTAINMENT = 0.5;

/**
 * @param isReported which articles are reported on: pairs of two reference
 *   articles (`--against`) can produce no finding and are not examined.
 */
export function alignClaims(articles: readonly ArticleClaims[], keyOf: (surface: string) => string, isReported: (path: string) => boolean = () => true): Alignment {
  const reported = articles.map((a) => isReported(a.path));
  const items: IndexedClaim[] = [];
  articles.forEach((article, a) => {
    for (const claim of article.claims) if (claim.isClaim || claim.notClaimReason === 'prediction') items.push({ claim, article: a, features: featuresOf(claim) });
  });
  const df = documentFrequencies(items);
  const n = Math.max(items.length, 2);
  const weights = new Map<string, number>();
  for (const [f, count] of df) weights.set(f, Math.log(1 + n / count) * (f.startsWith('e:') ? 1.5 : 1));
  const weight = (f: string) => weights.get(f) ?? 0;
  const mass = items.map((item) => item.features.reduce((s, f) => s + weight(f), 0));
  const featureSets = items.map((item) => new Set(item.features));

  const links: Link[] = [];
  const candidatePairs = forEachCandidatePair(items, df, (i, j) => {
    let shared = 0;
    let count = 0;
    const fj = featureSets[j]!;
    for (const f of items[i]!.features)
      if (fj.has(f)) {
        shared += weight(f);
        count++;
      }
    // Cosine-like: a long sentence that contains the other's claim plus
    // context (a dateline, a second clause) still scores as the same claim.
    const cosine = shared / (Math.sqrt(mass[i]! * mass[j]!) || 1);
    const containment = shared / (Math.min(mass[i]!, mass[j]!) || 1);
    if (cosine < MIN_COSINE && containment < MIN_CONTAINMENT) return;
    links.push(...relate(items[i]!.claim, items[j]!.claim, { cosine, containment, shared: count }, keyOf));
  }, (i) => reported[items[i]!.article]!);
  links.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : x.relation < y.relation ? -1 : 1));
  return { links, candidatePairs };
}
