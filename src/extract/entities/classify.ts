// The type of a detected name from cues around and inside it: a title makes
// a person, an organisation suffix an organisation, a known place or
// demonym a place, the word after it ("militants", "province") a group or a
// place. The weakest cue, a plain two-to-four-word name, makes a person.
import type { EntityType } from '../../types.js';
import { LEX } from './lexicon.js';
import { matchPlace } from './places.js';

export interface NameCues {
  /** Lowercase words of the name, dots removed. */
  words: string[];
  /** Per word: written in capitals. */
  upper: boolean[];
  /** Per word: starts with a capital. */
  cap: boolean[];
  /** Lowercase word right before the name, if nothing but space separates them. */
  prev?: string;
  /** Lowercase word right after the name, if nothing but space separates them. */
  next?: string;
  /** The word after the name, when it is lowercase (two words, for "news agency"). */
  next2?: string;
  hasTitle: boolean;
  /** A lowercase extender ("network", "militia") was taken into the name. */
  extended: boolean;
}

/** Connectors that occur inside personal names ("bin", "van", "de"). */
const PERSON_CONNECTORS = new Set(['bin', 'ibn', 'bint', 'ben', 'al', 'el', 'ul', 'ud', 'ur', 'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'du', 'van', 'von', 'der', 'den', 'ter', 'zu', 'la', 'le', 'y']);

function wholePlace(words: string[], upper: boolean[]): boolean {
  const hit = matchPlace(words, 0, upper);
  return hit !== undefined && hit.length === words.length;
}

function containsPlace(words: string[], upper: boolean[]): boolean {
  for (let i = 0; i < words.length; i++) if (matchPlace(words, i, upper)) return true;
  return false;
}

export function classify(c: NameCues): EntityType {
  const { words, upper } = c;
  const n = words.length;
  const first = words[0]!;
  const last = words[n - 1]!;
  if (c.hasTitle) return 'person';
  if (c.extended) return 'group';
  if (n === 1 && upper[0]) {
    if (LEX.countryAcronyms.has(first.toUpperCase()) || wholePlace(words, upper)) return 'place';
    return 'organization';
  }
  if (LEX.mediaNames.has(words.join(' '))) return 'organization';
  if (LEX.orgSuffixes.has(last) && n > 1) return 'organization';
  if (LEX.orgPrefixes.has(first) && n > 2 && words[1] === 'of') return 'organization';
  if (wholePlace(words, upper)) return 'place';
  if (n > 1 && !LEX.orgSuffixes.has(last) && (LEX.placeSuffixes.has(last) || LEX.placePrefixes.has(first))) return 'place';
  if (c.next !== undefined) {
    const two = c.next2 !== undefined ? `${c.next} ${c.next2}` : '';
    if (LEX.orgFollowers.has(two)) return 'organization';
    if (LEX.groupFollowers.has(c.next)) return 'group';
    if (LEX.placeFollowers.has(c.next)) return 'place';
    if (LEX.orgFollowers.has(c.next)) return 'organization';
  }
  if (n === 1) {
    if (LEX.otherWords.has(first)) return 'other';
    if (LEX.orgSuffixes.has(first)) return 'organization';
    if (c.prev !== undefined && LEX.placePreceders.has(c.prev)) return 'place';
    return 'other';
  }
  if (upper.some(Boolean) || containsPlace(words, upper)) return 'organization';
  if (words.some((w) => LEX.otherWords.has(w))) return 'other';
  if (c.prev !== undefined && LEX.placePreceders.has(c.prev)) return 'place';
  const connectorsOk = words.every((w, i) => c.cap[i] || PERSON_CONNECTORS.has(w));
  if (n <= 4 && connectorsOk) return 'person';
  return 'other';
}
