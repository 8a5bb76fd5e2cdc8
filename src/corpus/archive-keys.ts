// Which archive articles can matter to the articles being checked, decided
// from a few keys per article that the claims cache keeps in its index. A
// warm `--against archive/ --cache` run then loads (and deserialises) only
// the archive articles that share keys with the new ones, not the archive.
//
// The selection is a superset of what blocking (block-index.ts) can pair:
// blocking compares two claims only when they share two keys (content terms
// or entity keys) that are each rare enough; an article-level key held by
// more articles than blocking's posting cap has more claim postings than
// that cap too, so blocking would skip it as well. Entity keys are coarser
// here than after resolution (consonant skeleton, acronym letters), so
// spelling variants and acronyms of one entity still meet.
import type { ArticleClaims } from '../types.js';
import { blockKey } from '../extract/entities/spelling.js';
import { isAcronymForm } from '../extract/entities/variants.js';
import { featuresOf, isAligned } from './align.js';
import { DEFAULT_BLOCKING } from './block-index.js';
import { foldKey } from './entity-key.js';

type Keyed = Pick<ArticleClaims, 'claims'>;

const ENTITY_PREFIX = /^[sa]:/;

/** The keys an article is found under: content terms of its claims, entity skeletons and acronym letters. */
export function articleKeys(article: Keyed): string[] {
  const keys = new Set<string>();
  for (const claim of article.claims) {
    if (claim.isClaim || claim.notClaimReason === 'prediction') for (const t of claim.terms) keys.add(t);
    for (const e of claim.entities) {
      const fold = foldKey(e.text);
      if (!fold) continue;
      const words = fold.split(' ');
      if (isAcronymForm(e.text)) {
        keys.add(`a:${words.join('')}`);
        continue;
      }
      keys.add(`s:${blockKey(words)}`);
      if (words.length > 1) {
        keys.add(`a:${words.map((w) => w[0]).join('')}`);
        // "Ministry of Foreign Affairs" is "MFA": the capitalised words only.
        const capitals = e.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
        if (capitals.length > 1 && capitals.length < words.length) keys.add(`a:${capitals.map((w) => w[0]!.toLowerCase()).join('')}`);
      }
    }
  }
  return [...keys];
}

/**
 * The archive files worth loading next to `checked`: those that share an
 * entity key, or two other keys, with any checked article, counting only keys
 * held by no more candidate files than blocking's posting cap.
 * @param postings the files (by ordinal) that hold a key
 */
export function relevantArchive(
  checked: readonly Keyed[],
  postings: (key: string) => readonly number[] | undefined,
  candidate: (ordinal: number) => boolean,
  maxPostings = DEFAULT_BLOCKING.maxPostings,
): number[] {
  const wanted = new Set<string>();
  for (const a of checked) for (const k of articleKeys(a)) wanted.add(k);
  const shared = new Map<number, number>();
  const relevant = new Set<number>();
  for (const key of wanted) {
    const list = postings(key)?.filter(candidate);
    if (!list?.length || list.length > maxPostings) continue;
    const entity = ENTITY_PREFIX.test(key);
    for (const o of list) {
      const n = (shared.get(o) ?? 0) + 1;
      shared.set(o, n);
      if (entity || n >= DEFAULT_BLOCKING.minSharedKeys) relevant.add(o);
    }
  }
  return [...relevant].sort((a, b) => a - b);
}

/**
 * How many aligned claims of an article carry each alignment feature, entity
 * features by folded name ("f:…") since corpus keys are only known after
 * resolution. Kept in the cache index, so a run that leaves an archive article
 * unread still weighs and caps features as a run over the whole archive would.
 */
export function featureCounts(article: Keyed): { features: string[]; counts: number[]; claims: number } {
  const counts = new Map<string, number>();
  let claims = 0;
  for (const claim of article.claims) {
    if (!isAligned(claim)) continue;
    claims++;
    const seen = new Set<string>();
    for (const f of featuresOf(claim)) if (!f.startsWith('e:')) seen.add(f);
    for (const e of claim.entities) seen.add(`f:${foldKey(e.text)}`);
    for (const f of seen) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return { features: [...counts.keys()], counts: [...counts.values()], claims };
}

/**
 * The alignment features of loaded articles (entity keys resolved) with the
 * feature-count names they are kept under in the cache (entity names folded).
 */
export function featureSources(loaded: readonly Keyed[]): Map<string, string[]> {
  const sources = new Map<string, Set<string>>();
  const add = (feature: string, source: string) => {
    const set = sources.get(feature);
    if (set) set.add(source);
    else sources.set(feature, new Set([source]));
  };
  for (const article of loaded)
    for (const claim of article.claims) {
      if (!isAligned(claim)) continue;
      for (const f of featuresOf(claim)) if (!f.startsWith('e:')) add(f, f);
      for (const e of claim.entities) add(`e:${e.key}`, `f:${foldKey(e.text)}`);
    }
  return new Map([...sources].map(([f, set]) => [f, [...set]]));
}
