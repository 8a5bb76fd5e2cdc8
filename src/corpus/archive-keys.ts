// Which archive articles can matter to the articles being checked, decided
// from a few keys per article that the claims cache keeps in its index. A
// warm `--against archive/ --cache` run then loads (and deserialises) only
// the archive articles that share keys with the new ones, not the archive.
//
// The selection is a superset of what blocking (block-index.ts) can pair:
// blocking compares two claims only when they share two of their blocking
// features (featuresOf: content terms, event classes, counted nouns, entity
// keys) that are each rare enough; an article-level key held by
// more articles than blocking's posting cap has more claim postings than
// that cap too, so blocking would skip it as well. Entity keys are coarser
// here than after resolution (consonant skeleton, acronym letters), so
// spelling variants and acronyms of one entity still meet. Names that only
// resolution joins (configured aliases) could slip through; on the
// 2,000-article bench a warm run examines the cold run's 523 candidate pairs
// exactly, with the same links and findings.
import type { ArticleClaims } from '../types.js';
import { blockKey } from '../extract/entities/spelling.js';
import { isAcronymForm } from '../extract/entities/variants.js';
import { featuresOf, isAligned } from './align.js';
import { DEFAULT_BLOCKING, QUANTITY_PREFIX } from './block-index.js';
import { foldKey } from './entity-key.js';

type Keyed = Pick<ArticleClaims, 'claims'>;

const ENTITY_PREFIX = /^[sa]:/;

/** Keys of one entity mention: its consonant skeleton, or its acronym letters (both ways of writing it). */
function entityKeys(text: string, keys: Set<string>): void {
  const fold = foldKey(text);
  if (!fold) return;
  const words = fold.split(' ');
  if (isAcronymForm(text)) {
    keys.add(`a:${words.join('')}`);
    return;
  }
  keys.add(`s:${blockKey(words)}`);
  if (words.length > 1) {
    keys.add(`a:${words.map((w) => w[0]).join('')}`);
    // "Ministry of Foreign Affairs" is "MFA": the capitalised words only.
    const capitals = text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length > 1 && capitals.length < words.length) keys.add(`a:${capitals.map((w) => w[0]!.toLowerCase()).join('')}`);
  }
}

export interface ArchiveSummary {
  /** Keys the article is found under: its blocking features, entities by skeleton and acronym letters. */
  keys: string[];
  /**
   * How many aligned claims carry each alignment feature, entity features by
   * folded name ("f:…") since corpus keys are only known after resolution.
   * Kept in the cache index, so a run that leaves an archive article unread
   * still weighs and caps features as a run over the whole archive would.
   */
  features: string[];
  counts: number[];
  /** Aligned claims. */
  aligned: number;
}

/** What the cache index keeps of one article, from one pass over its claims' features. */
export function archiveSummary(article: Keyed): ArchiveSummary {
  const keys = new Set<string>();
  const counts = new Map<string, number>();
  let aligned = 0;
  for (const claim of article.claims) {
    for (const e of claim.entities) entityKeys(e.text, keys);
    if (!isAligned(claim)) continue;
    aligned++;
    const seen = new Set<string>();
    for (const f of featuresOf(claim)) {
      if (f.startsWith('e:')) continue;
      seen.add(f);
      if (!f.startsWith(QUANTITY_PREFIX)) keys.add(f); // numbers score but never block
    }
    for (const e of claim.entities) seen.add(`f:${foldKey(e.text)}`);
    for (const f of seen) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return { keys: [...keys], features: [...counts.keys()], counts: [...counts.values()], aligned };
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
  for (const a of checked) for (const k of archiveSummary(a).keys) wanted.add(k);
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
