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

const ENTITY_PREFIX = /^[sai]:/;
/** The shortest consonant skeleton under which resolution compares spellings. */
const MIN_FUZZY_SKELETON = 3;
/** Feature counts of entities go by folded name: keys are only known after resolution. */
const FOLDED_PREFIX = 'f:';
const ACRONYM = 'a:';
const INITIALS = 'i:';

/**
 * Keys of one entity mention: its consonant skeleton ("s:"), and the letters
 * an acronym of it would have: "a:" for an acronym as written ("DRF"), "i:"
 * for the initials of a name of several words ("Democratic Relief
 * Foundation"). Initials meet acronyms only (relevantArchive): two names with
 * the same initials are not one entity ("Tara Takzliavan", "Taki Tumbani"),
 * and resolution joins a name to an acronym only through an acronym.
 */
function entityKeys(text: string, keys: Set<string>): void {
  const fold = foldKey(text);
  if (!fold) return;
  const words = fold.split(' ');
  if (isAcronymForm(text)) {
    keys.add(`${ACRONYM}${words.join('')}`);
    return;
  }
  // Resolution joins spellings by skeleton only when it has three letters or
  // more (resolve-entities.ts, fuzzyUnion); a shorter one ("t", "bp") stands
  // for many unrelated names, which meet only when written alike.
  const skeleton = blockKey(words);
  keys.add(skeleton.length >= MIN_FUZZY_SKELETON ? `s:${skeleton}` : `s:=${fold}`);
  if (words.length > 1) {
    keys.add(`${INITIALS}${words.map((w) => w[0]).join('')}`);
    // "Ministry of Foreign Affairs" is "MFA": the capitalised words only.
    const capitals = text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length > 1 && capitals.length < words.length) keys.add(`${INITIALS}${capitals.map((w) => w[0]!.toLowerCase()).join('')}`);
  }
}

/** The keys of other articles a key of a checked article meets: initials meet acronyms, acronyms meet both. */
function meets(key: string): string[] {
  if (key.startsWith(INITIALS)) return [ACRONYM + key.slice(INITIALS.length)];
  if (key.startsWith(ACRONYM)) return [key, INITIALS + key.slice(ACRONYM.length)];
  return [key];
}

export interface ArchiveSummary {
  /** Keys the article is found under: its blocking features, entities by skeleton, acronym letters and initials. */
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
    for (const e of claim.entities) seen.add(`${FOLDED_PREFIX}${foldKey(e.text)}`);
    for (const f of seen) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return { keys: [...keys], features: [...counts.keys()], counts: [...counts.values()], aligned };
}

/**
 * The archive files worth loading next to `checked`: those that share an
 * entity key, or two keys, with any checked article, counting only keys held
 * by no more candidate files than blocking's posting cap. `align` tells the
 * files that share two keys: blocking pairs two claims only when they share
 * two keys, and each key two claims share is a key their articles share, so
 * a file sharing one entity and nothing else cannot be paired. It is needed
 * all the same for what is said of that entity (its spellings, its titles),
 * not for alignment.
 * @param postings the files (by ordinal) that hold a key
 */
export function relevantArchive(
  checked: readonly Keyed[],
  postings: (key: string) => readonly number[] | undefined,
  candidate: (ordinal: number) => boolean,
  maxPostings = DEFAULT_BLOCKING.maxPostings,
): Array<{ ordinal: number; align: boolean }> {
  const wanted = new Set<string>();
  for (const a of checked) for (const k of archiveSummary(a).keys) wanted.add(k);
  const shared = new Map<number, number>();
  const relevant = new Set<number>();
  for (const key of wanted) {
    const entity = ENTITY_PREFIX.test(key);
    const files = meets(key).map((k) => postings(k)?.filter(candidate) ?? []);
    const list = files.length === 1 ? files[0]! : [...new Set(files.flat())];
    if (!list.length || list.length > maxPostings) continue;
    for (const o of list) {
      const n = (shared.get(o) ?? 0) + 1;
      shared.set(o, n);
      if (entity || n >= DEFAULT_BLOCKING.minSharedKeys) relevant.add(o);
    }
  }
  return [...relevant].sort((a, b) => a - b).map((ordinal) => ({ ordinal, align: shared.get(ordinal)! >= DEFAULT_BLOCKING.minSharedKeys }));
}

/**
 * The alignment features of loaded articles (entity keys resolved) with the
 * feature-count names they are kept under in the cache (entity names folded).
 * @param stored the article's features as its cache summary lists them, when
 *   its claims are the ones summarised: saves computing them again
 */
export function featureSources<A extends Keyed>(loaded: readonly A[], stored: (article: A) => readonly string[] | undefined = () => undefined): Map<string, string[]> {
  const sources = new Map<string, Set<string>>();
  const add = (feature: string, source: string) => {
    const set = sources.get(feature);
    if (set) set.add(source);
    else sources.set(feature, new Set([source]));
  };
  for (const article of loaded) {
    const known = stored(article);
    if (known) for (const f of known) if (!f.startsWith(FOLDED_PREFIX)) add(f, f);
    for (const claim of article.claims) {
      if (!isAligned(claim)) continue;
      if (!known) for (const f of featuresOf(claim)) if (!f.startsWith('e:')) add(f, f);
      for (const e of claim.entities) add(`e:${e.key}`, `${FOLDED_PREFIX}${foldKey(e.text)}`);
    }
  }
  return new Map([...sources].map(([f, set]) => [f, [...set]]));
}

/**
 * Add to `df` how many aligned claims of `article` carry each alignment
 * feature, entity features by their keys as resolved in this run (as
 * alignment would count them); returns the number of aligned claims.
 * @param stored the article's cache summary, when its claims are the ones summarised
 */
export function alignedFeatureCounts(article: Keyed, df: Map<string, number>, stored?: Pick<ArchiveSummary, 'features' | 'counts'>): number {
  const add = (f: string, n: number) => df.set(f, (df.get(f) ?? 0) + n);
  if (stored) stored.features.forEach((f, i) => f.startsWith(FOLDED_PREFIX) || add(f, stored.counts[i]!));
  let aligned = 0;
  for (const claim of article.claims) {
    if (!isAligned(claim)) continue;
    aligned++;
    if (!stored) for (const f of featuresOf(claim)) if (!f.startsWith('e:')) add(f, 1);
    for (const key of new Set(claim.entities.map((e) => `e:${e.key}`))) add(key, 1);
  }
  return aligned;
}
