// Blocking: which claims are worth comparing. Each claim is indexed under its
// entity keys and its rarest content terms; a claim is compared only with the
// claims of other articles that share at least two of those keys. A key with
// more postings than a fixed cap is too common to discriminate and is skipped,
// so the work per claim is bounded and the pairs examined grow linearly with
// the corpus, never with its square.
//
// Features are interned once as small integers: blocking and scoring then
// count and intersect integer arrays instead of hashing strings per pair,
// which is what made alignment the second cost of a run.
import type { Claim } from '../types.js';


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
export const ENTITY_PREFIX = 'e:';

export const DEFAULT_BLOCKING: BlockingOptions = { termsPerClaim: 6, maxPostings: 60, minSharedKeys: 2 };

/** What a feature is, by its prefix: decides how it blocks and weighs. */
export const FeatureKind = { Term: 0, Entity: 1, Quantity: 2, Counted: 3 } as const;
export type FeatureKind = (typeof FeatureKind)[keyof typeof FeatureKind];

function kindOf(feature: string): FeatureKind {
  if (feature.startsWith(ENTITY_PREFIX)) return FeatureKind.Entity;
  if (feature.startsWith(QUANTITY_PREFIX)) return FeatureKind.Quantity;
  if (feature.startsWith(COUNTED_PREFIX)) return FeatureKind.Counted;
  return FeatureKind.Term;
}

/** The features of a corpus as integers: one id per distinct feature string. */
export class FeatureTable {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly kinds: FeatureKind[] = [];
  /** Claims per feature (document frequency), this corpus only. */
  readonly df: number[] = [];

  /** The claim's features as sorted unique ids; counts them into `df`. */
  add(features: readonly string[]): Int32Array {
    const out = new Int32Array(features.length);
    let n = 0;
    for (const f of features) {
      let id = this.ids.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(f, id);
        this.names.push(f);
        this.kinds.push(kindOf(f));
        this.df.push(0);
      }
      out[n++] = id;
    }
    out.sort();
    // Features arrive de-duplicated (featuresOf): count each once.
    for (let i = 0; i < n; i++) this.df[out[i]!]!++;
    return out;
  }
}

/**
 * Calls `visit` once for every candidate pair of claims of different
 * articles, at least one of them `active` (a reported article: pairs of two
 * reference articles can yield no finding). `df` counts each feature over the
 * whole corpus (unloaded archive articles included). Returns the count.
 */
export function forEachCandidatePair(
  items: readonly { article: number; ids: Int32Array }[],
  table: FeatureTable,
  df: ArrayLike<number>,
  visit: (i: number, j: number) => void,
  active: (i: number) => boolean = () => true,
  options: BlockingOptions = DEFAULT_BLOCKING,
): number {
  const keysOf: Int32Array[] = items.map((item) => blockingKeys(item.ids, table, df, options));
  // Postings as one flat array per key, built in two passes (count, fill).
  const postingCount = new Int32Array(table.names.length);
  for (const keys of keysOf) for (const k of keys) postingCount[k]!++;
  const postingStart = new Int32Array(table.names.length + 1);
  for (let k = 0; k < table.names.length; k++) postingStart[k + 1] = postingStart[k]! + postingCount[k]!;
  const postings = new Int32Array(postingStart[table.names.length]!);
  const fill = postingStart.slice(0, table.names.length);
  keysOf.forEach((keys, i) => {
    for (const k of keys) postings[fill[k]!++] = i;
  });

  let pairs = 0;
  const shared = new Int32Array(items.length);
  const touched: number[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!active(i)) continue;
    const article = items[i]!.article;
    for (const key of keysOf[i]!) {
      for (let p = postingStart[key]!, end = postingStart[key + 1]!; p < end; p++) {
        const j = postings[p]!;
        if ((j <= i && active(j)) || items[j]!.article === article) continue;
        if (shared[j]++ === 0) touched.push(j);
      }
    }
    candidates.length = 0;
    for (const j of touched) {
      if (shared[j]! >= options.minSharedKeys) candidates.push(j);
      shared[j] = 0;
    }
    touched.length = 0;
    candidates.sort((x, y) => x - y);
    for (const j of candidates) {
      pairs++;
      visit(i, j);
    }
  }
  return pairs;
}

/**
 * A claim's blocking keys: its names and counted nouns (few per claim, and
 * they say what it is about) and its rarest plain words, never numbers, never
 * a feature one claim alone has or too many have.
 */
function blockingKeys(ids: Int32Array, table: FeatureTable, df: ArrayLike<number>, options: BlockingOptions): Int32Array {
  const always: number[] = [];
  const terms: number[] = [];
  for (const id of ids) {
    const n = df[id]!;
    const kind = table.kinds[id]!;
    if (n <= 1 || n > options.maxPostings || kind === FeatureKind.Quantity) continue;
    (kind === FeatureKind.Entity || kind === FeatureKind.Counted ? always : terms).push(id);
  }
  const names = table.names;
  terms.sort((a, b) => df[a]! - df[b]! || (names[a]! < names[b]! ? -1 : 1));
  if (terms.length > options.termsPerClaim) terms.length = options.termsPerClaim;
  return Int32Array.from([...always, ...terms]);
}
