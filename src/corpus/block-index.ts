// Blocking: which claims are worth comparing. Each claim is indexed under its
// entity keys and its rarest content terms; a claim is compared only with the
// claims of other articles that share at least two of those keys. A key with
// more postings than a fixed cap is too common to discriminate and is skipped,
// so the work per claim is bounded and the pairs examined grow linearly with
// the corpus, never with its square.
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
  /** Keys two claims must share to be compared. */
  minSharedKeys: number;
}

/** Prefix of number features: they weigh in scoring, never in blocking. */
export const QUANTITY_PREFIX = 'q:';
/**
 * Prefix of counted-noun features ("n:crew"): two claims that count the same
 * specific thing block and score together whatever the numbers and the rest
 * of the wording ("carried 18 crew" / "fourteen crew members stayed aboard").
 */
export const COUNTED_PREFIX = 'n:';

export const DEFAULT_BLOCKING: BlockingOptions = { termsPerClaim: 6, maxPostings: 60, minSharedKeys: 2 };

export function documentFrequencies(items: readonly IndexedClaim[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const item of items) for (const f of item.features) df.set(f, (df.get(f) ?? 0) + 1);
  return df;
}

/**
 * Calls `visit` once for every candidate pair of claims of different
 * articles, at least one of them `active` (a reported article: pairs of two
 * reference articles can yield no finding). Returns the count.
 */
export function forEachCandidatePair(
  items: readonly IndexedClaim[],
  df: ReadonlyMap<string, number>,
  visit: (i: number, j: number) => void,
  active: (i: number) => boolean = () => true,
  options: BlockingOptions = DEFAULT_BLOCKING,
): number {
  const postings = new Map<string, number[]>();
  const keysOf: string[][] = items.map((item) => {
    const keys = item.features
      .filter((f) => {
        const n = df.get(f) ?? 0;
        return n > 1 && n <= options.maxPostings && !f.startsWith(QUANTITY_PREFIX);
      })
      .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1));
    // Names and counted nouns are few per claim and say what it is about:
    // always keys. The rarest plain words fill up the rest.
    const always = (f: string) => f.startsWith('e:') || f.startsWith(COUNTED_PREFIX);
    const entities = keys.filter(always);
    const terms = keys.filter((f) => !always(f)).slice(0, options.termsPerClaim);
    return [...entities, ...terms];
  });
  keysOf.forEach((keys, i) => {
    for (const key of keys) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(i);
    }
  });
  let pairs = 0;
  const shared = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    if (!active(i)) continue;
    shared.clear();
    for (const key of keysOf[i]!) {
      for (const j of postings.get(key)!) {
        if ((j <= i && active(j)) || items[j]!.article === items[i]!.article) continue;
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    const candidates = [...shared].filter(([, n]) => n >= options.minSharedKeys).map(([j]) => j).sort((x, y) => x - y);
    for (const j of candidates) {
      pairs++;
      visit(i, j);
    }
  }
  return pairs;
}
