// One comparison key per surface form of a name. Everything here is a
// deterministic rewrite, so two spellings that fold to the same key are the
// same name without any corpus-level decision: case, punctuation, accents,
// possessives, a leading "the", titles and honorifics, demonyms and other
// names of a place ("Kenyan" → "kenya", "U.S." → "united states"),
// connectors of romanised names ("-i-", "-e-", "al-") and the safe
// spelling rewrites of lexicons/entity-spelling.yaml (ee → i, doubled
// letters...). Vowel variants that need judgement are left to
// resolve-entities.ts.
import { LEX } from '../extract/entities/lexicon.js';
import { matchPlace } from '../extract/entities/places.js';
import { DROPPED_WORDS, plain, SHIP_PREFIXES, spellWord } from '../extract/entities/spelling.js';
import { isAmbiguousTitle, titleEnd } from '../extract/entities/titles.js';
import { memoize } from '../extract/memo.js';

const POSSESSIVE_END = /['’]s?$/;
const APOSTROPHES = /['’`]/g;
const DOTTED = /(?<!\p{L})(?:\p{Lu}\.){2,}/gu;
const SPLIT = /[^\p{L}\p{N}]+/u;
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
/** "X, the deputy spokesman of Y": the apposition is not part of the name. */
const APPOSITION = /,\s+(?:(?:the|a|an|his|her|its|their)\s+)?\p{Ll}/u;

/** Fold one surface form to a comparison key (case, punctuation, transliteration, titles, demonyms). */
export const foldKey: (surface: string) => string = memoize((surface) => fold(surface), 200_000);

/** Lowercase words of a name with, for each, whether it was written as an acronym. */
export function nameWords(surface: string): { words: string[]; upper: boolean[] } {
  let s = plain(surface.trim());
  const app = APPOSITION.exec(s);
  if (app && app.index > 0) s = s.slice(0, app.index);
  s = s.replace(POSSESSIVE_END, '').replace(APOSTROPHES, '').replace(DOTTED, (m) => m.replace(/\./g, ''));
  const raw = s.split(SPLIT).filter(Boolean);
  // A name written all in capitals ("NORTHERN ALLIANCE") is words, not acronyms.
  const shouting = !HAS_LOWER.test(s) && raw.filter((w) => w.length > 3).length > 1;
  const words: string[] = [];
  const upper: boolean[] = [];
  for (const w of raw) {
    words.push(w.toLowerCase());
    upper.push(!shouting && w.length >= 2 && w.length <= 6 && HAS_LETTER.test(w) && w === w.toUpperCase());
  }
  return { words, upper };
}

/** Number of leading words that are a title (with an optional place or acronym before it). */
function leadingTitle(words: string[], upper: boolean[]): number {
  for (let p = 0; p <= 1; p++) {
    let start = p;
    if (p === 1) {
      const place = matchPlace(words, 0, upper);
      if (place) start = place.length;
      else if (upper[0]) start = 1;
      else return 0;
    }
    const end = titleEnd(words, start);
    if (end === start || end >= words.length) continue;
    if (isAmbiguousTitle(words, start, end) && words.length - end < 2) continue;
    return end;
  }
  return 0;
}

function fold(surface: string): string {
  let { words, upper } = nameWords(surface);
  if (words[0] === 'the' && words.length > 1) {
    words = words.slice(1);
    upper = upper.slice(1);
  }
  const t = leadingTitle(words, upper);
  if (t > 0) {
    words = words.slice(t);
    upper = upper.slice(t);
  }
  const out: string[] = [];
  const outUpper: boolean[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = matchPlace(words, i, upper);
    if (hit) {
      for (const w of hit.place.split(' ')) {
        out.push(w);
        outUpper.push(false);
      }
      i += hit.length;
    } else {
      out.push(words[i]!);
      outUpper.push(upper[i]!);
      i++;
    }
  }
  if (out.length > 1 && LEX.keyPlaceSuffixes.has(out[out.length - 1]!)) {
    out.pop();
    outUpper.pop();
  }
  const kept: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    if (i === 0 && out.length > 1 && SHIP_PREFIXES.has(w)) continue;
    if (outUpper[i]) kept.push(w);
    else if (!DROPPED_WORDS.has(w)) kept.push(spellWord(w));
  }
  if (kept.length === 0) return out.map((w) => spellWord(w)).join(' ');
  return kept.join(' ');
}
