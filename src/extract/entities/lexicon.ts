// The entity lexicons (lexicons/entities.yaml, lexicons/titles.yaml), read
// once at module load and turned into lowercase sets, so the per-sentence
// code only does set look-ups.
import { loadLexicon } from '../lexicon.js';

interface EntitiesYaml {
  connectors: string[];
  the_after: string[];
  name_prefixes: string[];
  hyphen_tails: string[];
  org_suffixes: string[];
  org_prefixes: string[];
  name_extenders: string[];
  place_suffixes: string[];
  place_prefixes: string[];
  key_place_suffixes: string[];
  followers: { group: string[]; place: string[]; organization: string[] };
  place_preceders: string[];
  common_words: string[];
  headline_markers: string[];
  possessive_inner?: string[];
  time_words: { months: string[]; days: string[]; other: string[] };
  other_words: string[];
  country_acronyms: Record<string, string>;
}

interface TitlesYaml {
  heads: string[];
  ambiguous: string[];
  modifiers: string[];
  title_objects: string[];
}

interface SourcesYaml {
  media_names?: string[];
}

const lower = (words: readonly string[] | undefined): Set<string> =>
  new Set((words ?? []).map((w) => String(w).toLowerCase()));

/** Split phrases into lowercase word arrays ("prime minister" → ["prime", "minister"]), dots dropped. */
const phrases = (list: readonly string[]): string[][] =>
  list.map((p) => String(p).toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean));

const ent = loadLexicon<EntitiesYaml>('entities');
const tit = loadLexicon<TitlesYaml>('titles');
let media: string[] = [];
try {
  media = loadLexicon<SourcesYaml>('sources').media_names ?? [];
} catch {
  // sources.yaml belongs to the attribution work; without it media names are just names.
}

const numbers = loadLexicon<{ units?: Record<string, number>; tens?: Record<string, number> }>('numbers');

export const LEX = {
  /** "Fourteen people…": number words open sentences but never names. */
  numberWords: new Set([...Object.keys(numbers.units ?? {}), ...Object.keys(numbers.tens ?? {})].map((w) => w.toLowerCase())),
  connectors: lower(ent.connectors),
  theAfter: lower(ent.the_after),
  namePrefixes: lower(ent.name_prefixes),
  hyphenTails: lower(ent.hyphen_tails),
  orgSuffixes: lower(ent.org_suffixes),
  orgPrefixes: lower(ent.org_prefixes),
  nameExtenders: lower(ent.name_extenders),
  placeSuffixes: lower(ent.place_suffixes),
  placePrefixes: lower(ent.place_prefixes),
  keyPlaceSuffixes: lower(ent.key_place_suffixes),
  groupFollowers: lower(ent.followers.group),
  placeFollowers: lower(ent.followers.place),
  orgFollowers: lower(ent.followers.organization),
  placePreceders: lower(ent.place_preceders),
  commonWords: lower(ent.common_words),
  headlineMarkers: lower(ent.headline_markers),
  possessiveInner: lower(ent.possessive_inner),
  months: lower(ent.time_words.months),
  days: lower(ent.time_words.days),
  timeOther: lower(ent.time_words.other),
  otherWords: lower(ent.other_words),
  /** Acronym as written (dots kept) → ISO region code. */
  countryAcronyms: new Map(Object.entries(ent.country_acronyms ?? {}).map(([k, v]) => [k.replace(/\./g, '').toUpperCase(), String(v)])),
  /** Media outlet names, folded to lowercase word strings. */
  mediaNames: new Set(media.map((m) => String(m).toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim())),
  titleHeads: phrases(tit.heads),
  titleAmbiguous: lower(tit.ambiguous),
  titleModifiers: phrases(tit.modifiers),
  titleObjects: phrases(tit.title_objects),
};

/** Every single word that can be part of a title phrase (head or modifier words). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...LEX.titleHeads.flat(),
  ...LEX.titleModifiers.flat(),
]);

/** Single-word heads, for apposition checks ("X, the deputy spokesman of Y"). */
export const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(LEX.titleHeads.filter((p) => p.length === 1).map((p) => p[0]!));
