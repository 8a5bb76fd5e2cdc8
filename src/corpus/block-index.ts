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

/** A growable array of 32-bit integers: one buffer for what would be a typed array per claim. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/**
 * The features of a corpus as integers: one id per distinct feature string,
 * and every added claim's ids, sorted, one claim after another in one buffer
 * (claim k's are `ids.data[offsets[k] .. offsets[k + 1])`). Per-claim typed
 * arrays cost more in object headers than in ids at 20,000 articles.
 */
export class FeatureTable {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly kinds: FeatureKind[] = [];
  /** Claims per feature (document frequency), this corpus only. */
  readonly df: number[] = [];
  /** Feature ids of all claims added, in claim order. */
  readonly claimIds = new IntList();
  /** Per position of `claimIds`: 1 when the feature was among `marked` when its claim was added. */
  marks = new Uint8Array(1024);
  readonly offsets: number[] = [0];

  /** Add a claim's (de-duplicated) features; returns its index. `marked` flags some of them. */
  add(features: readonly string[], marked?: ReadonlySet<string>): number {
    const start = this.claimIds.length;
    for (const f of features) {
      let id = this.ids.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(f, id);
        this.names.push(f);
        this.kinds.push(kindOf(f));
        this.df.push(0);
      }
      this.claimIds.push(id);
      this.df[id]!++;
    }
    const end = this.claimIds.length;
    this.claimIds.data.subarray(start, end).sort();
    if (this.marks.length < this.claimIds.data.length) {
      const bigger = new Uint8Array(this.claimIds.data.length);
      bigger.set(this.marks);
      this.marks = bigger;
    }
    if (marked && marked.size > 0) for (let p = start; p < end; p++) this.marks[p] = marked.has(this.names[this.claimIds.data[p]!]!) ? 1 : 0;
    this.offsets.push(end);
    return this.offsets.length - 2;
  }
}

/**
 * Calls `visit` once for every candidate pair of claims of different
 * articles, at least one of them `active` (a reported article: pairs of two
 * reference articles can yield no finding). `articleOf` gives each claim's
 * article, `df` counts each feature over the whole corpus (unloaded archive
 * articles included). Returns the count.
 */
export function forEachCandidatePair(
  articleOf: ArrayLike<number>,
  table: FeatureTable,
  df: ArrayLike<number>,
  visit: (i: number, j: number) => void,
  active: (i: number) => boolean = () => true,
  options: BlockingOptions = DEFAULT_BLOCKING,
): number {
  const n = articleOf.length;
  // Each claim's blocking keys, one claim after another.
  const keys = new IntList();
  const keyStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    blockingKeys(table, i, df, options, keys);
    keyStart[i + 1] = keys.length;
  }
  const keyIds = keys.data;
  // Postings as one flat array per key, built in two passes (count, fill).
  const features = table.names.length;
  const postingStart = new Int32Array(features + 1);
  for (let p = 0; p < keys.length; p++) postingStart[keyIds[p]! + 1]!++;
  for (let k = 0; k < features; k++) postingStart[k + 1]! += postingStart[k]!;
  const postings = new Int32Array(keys.length);
  const fill = postingStart.slice(0, features);
  for (let i = 0; i < n; i++) for (let p = keyStart[i]!; p < keyStart[i + 1]!; p++) postings[fill[keyIds[p]!]!++] = i;

  let pairs = 0;
  const shared = new Int32Array(n);
  const touched: number[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!active(i)) continue;
    const article = articleOf[i];
    for (let p = keyStart[i]!; p < keyStart[i + 1]!; p++) {
      const key = keyIds[p]!;
      for (let q = postingStart[key]!, end = postingStart[key + 1]!; q < end; q++) {
        const j = postings[q]!;
        if ((j <= i && active(j)) || articleOf[j] === article) continue;
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
 * a feature one claim alone has or too many have. Appended to `out`.
 */
function blockingKeys(table: FeatureTable, claim: number, df: ArrayLike<number>, options: BlockingOptions, out: IntList): void {
  const terms: number[] = [];
  const ids = table.claimIds.data;
  for (let p = table.offsets[claim]!; p < table.offsets[claim + 1]!; p++) {
    const id = ids[p]!;
    const n = df[id]!;
    const kind = table.kinds[id]!;
    if (n <= 1 || n > options.maxPostings || kind === FeatureKind.Quantity) continue;
    if (kind === FeatureKind.Entity || kind === FeatureKind.Counted) out.push(id);
    else terms.push(id);
  }
  const names = table.names;
  terms.sort((a, b) => df[a]! - df[b]! || (names[a]! < names[b]! ? -1 : 1));
  for (let k = 0; k < terms.length && k < options.termsPerClaim; k++) out.push(terms[k]!);
}
