// corpus: find, for every claim, the claims of other articles that speak of
// the same thing (blocking + scoring), and say how each pair relates.
import type { ArticleClaims, Claim, Link } from '../types.js';
import { COUNTED_PREFIX, FeatureKind, FeatureTable, QUANTITY_PREFIX, forEachCandidatePair } from './block-index.js';
import { nameTerms } from './claim-words.js';
import { closestContradictions, sameStoryAttributions } from './link-filters.js';
import { relate } from './relations.js';
import { measuredNoun } from './mention-role.js';
import { loadLexicon } from '../extract/lexicon.js';
import { normalizeUnit } from '../extract/quantity-compare.js';
import { MEASURE_CANONICAL } from '../extract/quantities/lexicon.js';

const numbersLexicon = loadLexicon<{ generic_units: string[]; person_nouns: string[] }>('numbers');
const GENERIC_UNITS = new Set(numbersLexicon.generic_units);
const PERSON_NOUNS = new Set(numbersLexicon.person_nouns);
/** Money and measures ("eur", "km") are amounts, not counted things. */
const MEASURES = new Set([...MEASURE_CANONICAL].map((u) => u.toLowerCase()));

export interface Alignment {
  links: Link[];
  candidatePairs: number;
}

/**
 * Features a claim is matched on: its content terms (with event classes),
 * entity keys, and the counted numbers it gives ("q:1200 job"): two reports
 * that give one figure for one thing are likely the same claim. Numbers score
 * but do not block (block-index.ts), so blocking stays on words and names.
 */
export function featuresOf(claim: Claim): string[] {
  const out = new Set(claim.terms);
  for (const e of claim.entities) out.add(`e:${e.key}`);
  // Durations ("over two years") are common to claims about different things.
  for (const q of claim.quantities) {
    if (!q.unit) continue;
    const noun = normalizeUnit(q.unit)!;
    const generic = GENERIC_UNITS.has(noun) || PERSON_NOUNS.has(noun);
    // "seven years in prison" / "the nine-year term": what a generic amount measures.
    const measured = generic ? measuredNoun(claim, q) : undefined;
    if (measured) out.add(`${COUNTED_PREFIX}of:${measured}`);
    if (claim.times.some((t) => t.type === 'DURATION' && t.start < q.end && q.start < t.end)) continue;
    out.add(`${QUANTITY_PREFIX}${q.value} ${q.unit}`);
    if (!generic && !MEASURES.has(noun)) out.add(`${COUNTED_PREFIX}${noun}`);
  }
  return [...out];
}

/** Pairs below both of these are not about the same thing. */
const MIN_COSINE = 0.15;
const MIN_CONTAINMENT = 0.5;

/** Claims that take part in alignment: factual claims and predictions. */
export const isAligned = (claim: Claim): boolean => claim.isClaim || claim.notClaimReason === 'prediction';

/** Feature counts of articles that are not loaded (an archive left unread), so weights and caps are the whole corpus's. */
export interface UnloadedFeatures {
  df: ReadonlyMap<string, number>;
  claims: number;
}

/**
 * @param isReported which articles are reported on: pairs of two reference
 *   articles (`--against`) can produce no finding and are not examined.
 */
export function alignClaims(
  articles: readonly ArticleClaims[],
  keyOf: (surface: string) => string,
  isReported: (path: string) => boolean = () => true,
  unloaded?: UnloadedFeatures,
): Alignment {
  const reported = articles.map((a) => isReported(a.path));
  const table = new FeatureTable();
  const claims: Claim[] = [];
  const articleOf: number[] = [];
  articles.forEach((article, a) => {
    for (const claim of article.claims) {
      if (!isAligned(claim)) continue;
      // The words of names are marked: they weigh in, but a shared name counts
      // once among the shared features (by its entity key), not once more for each of its words.
      table.add(featuresOf(claim), nameTerms(claim));
      claims.push(claim);
      articleOf.push(a);
    }
  });
  const df = Float64Array.from(table.df);
  if (unloaded) for (const [f, count] of unloaded.df) {
    const id = table.ids.get(f);
    if (id !== undefined) df[id]! += count;
  }
  const n = Math.max(claims.length + (unloaded?.claims ?? 0), 2);
  const weight = new Float64Array(df.length);
  df.forEach((count, id) => (weight[id] = Math.log(1 + n / count) * (table.kinds[id] === FeatureKind.Entity ? 1.5 : 1)));
  const ids = table.claimIds.data;
  const marks = table.marks;
  const offsets = table.offsets;
  // A number only one claim gives says nothing either way (the numbers of two
  // conflicting reports differ): numbers add to what is shared, not to mass.
  const mass = claims.map((_, k) => {
    let m = 0;
    for (let p = offsets[k]!; p < offsets[k + 1]!; p++) {
      const kind = table.kinds[ids[p]!];
      if (kind === FeatureKind.Term || kind === FeatureKind.Entity) m += weight[ids[p]!]!;
    }
    return m;
  });

  const links: Link[] = [];
  const candidatePairs = forEachCandidatePair(articleOf, table, df, (i, j) => {
    let shared = 0;
    let count = 0;
    let numbers = 0;
    // Both id lists are sorted: one merge finds what the two claims share.
    for (let p = offsets[i]!, q = offsets[j]!, pe = offsets[i + 1]!, qe = offsets[j + 1]!; p < pe && q < qe; ) {
      const fx = ids[p]!;
      const fy = ids[q]!;
      if (fx < fy) p++;
      else if (fy < fx) q++;
      else {
        shared += weight[fx]!;
        const kind = table.kinds[fx];
        if (!(marks[p] && marks[q]) && kind !== FeatureKind.Counted) count++;
        if (kind === FeatureKind.Quantity) numbers++;
        p++;
        q++;
      }
    }
    // Cosine-like: a long sentence that contains the other's claim plus
    // context (a dateline, a second clause) still scores as the same claim.
    const cosine = Math.min(1, shared / (Math.sqrt(mass[i]! * mass[j]!) || 1));
    const containment = Math.min(1, shared / (Math.min(mass[i]!, mass[j]!) || 1));
    if (cosine < MIN_COSINE && containment < MIN_CONTAINMENT) return;
    for (const link of relate(claims[i]!, claims[j]!, { cosine, containment, shared: count, sharedNumbers: numbers }, keyOf)) links.push(link);
  }, (i) => reported[articleOf[i]!]!);
  const names = new Map(articles.map((a) => [a.path, new Set(a.claims.flatMap((c) => c.entities.map((e) => e.key)))]));
  const sharedNames = (x: string, y: string) => {
    const [nx, ny] = [names.get(x), names.get(y)];
    let n = 0;
    if (nx && ny) for (const k of nx) if (ny.has(k)) n++;
    return n;
  };
  const claimCounts = new Map<string, number>();
  for (const a of articleOf) claimCounts.set(articles[a]!.path, (claimCounts.get(articles[a]!.path) ?? 0) + 1);
  const kept = sameStoryAttributions(closestContradictions(links), { sharedNames, claimCount: (p) => claimCounts.get(p) ?? 0 });
  kept.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : x.relation < y.relation ? -1 : 1));
  return { links: kept, candidatePairs };
}
