// Blocking: which claims are worth comparing. Each claim is indexed under its
// entity keys and its rarest content terms; a claim is compared only with the
// claims of other articles that share a key. Keys too common to discriminate
// (posting lists over a cap) are skipped, so the number of pairs examined
// grows with the corpus, not with its square.
import type { Claim } from '../types.js';

export interface IndexedClaim {
  claim: Claim;
  article: number;
  /** Blocking and scoring features: entity keys ("e:…") and content terms. */
  features: string[];
}

export interface BlockingOptions {
  /** How many of a claim's rarest terms it is indexed under. */
  termsPerClaim: number;
  /** A key with more postings than this is too common to block on. */
  maxPostings: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { termsPerClaim: 8, maxPostings: 400 };

export function documentFrequencies(items: readonly IndexedClaim[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const item of items) for (const f of item.features) df.set(f, (df.get(f) ?? 0) + 1);
  return df;
}

/** Calls `visit` once for every candidate pair (i < j, different articles). Returns the count. */
export function forEachCandidatePair(
  items: readonly IndexedClaim[],
  df: ReadonlyMap<string, number>,
  visit: (i: number, j: number) => void,
  options: BlockingOptions = DEFAULT_BLOCKING,
): number {
  const postings = new Map<string, number[]>();
  const keysOf: string[][] = items.map((item) => {
    const entities = item.features.filter((f) => f.startsWith('e:'));
    const terms = item.features
      .filter((f) => !f.startsWith('e:') && (df.get(f) ?? 0) > 1)
      .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1))
      .slice(0, options.termsPerClaim);
    return [...entities, ...terms];
  });
  keysOf.forEach((keys, i) => {
    for (const key of keys) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      if (list.length <= options.maxPostings) list.push(i);
    }
  });
  let pairs = 0;
  const seen = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    seen.clear();
    for (const key of keysOf[i]!) {
      const list = postings.get(key)!;
      if (list.length > options.maxPostings) continue;
      for (const j of list) {
        if (j <= i || seen.has(j) || items[j]!.article === items[i]!.article) continue;
        seen.add(j);
        pairs++;
        visit(i, j);
      }
    }
  }
  return pairs;
}
