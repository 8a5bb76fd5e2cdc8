// The compiled, typed view of lexicons/numbers.yaml: plain Maps and Sets
// built once at module load so the per-sentence scan does only look-ups.
import type { QuantityMod } from '../../types.js';
import { escapeRegExp, loadLexicon } from '../lexicon.js';
import { phraseTokens } from './tokens.js';

interface VagueEntry {
  low: number;
  high: number;
  needs_of?: boolean;
  needs_scale?: boolean;
}

interface RawNumbers {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  scale_abbreviations: Record<string, number>;
  ambiguous_scale_abbreviations: Record<string, number>;
  dozen: number;
  vague: Record<string, VagueEntry>;
  plural_scales: Record<string, number>;
  fractions: string[];
  modifiers_before: Record<string, QuantityMod>;
  modifiers_after: Record<string, QuantityMod>;
  currency_prefix: Record<string, string>;
  currency_words: Record<string, string>;
  measure_units: Record<string, string>;
  glued_units: string[];
  irregular_plurals: Record<string, string>;
  not_plural: string[];
  verbs: string[];
  stop_words: string[];
  non_heads: string[];
  unit_synonyms: Record<string, string[]>;
  identifier_nouns: string[];
  relative_time_after: string[];
  relative_time_before: string[];
  time_units: string[];
  clock_suffixes: string[];
  months: string[];
  weekdays: string[];
  one_skip_before: string[];
  one_skip_after: string[];
  compound_heads: string[];
  person_nouns: string[];
  unit_conversions: Record<string, [string, number]>;
}

/** A phrase of one or more tokens mapped to a value; matched longest first. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Phrases indexed by their first word (forward matching) or last word (backward). */
export type PhraseIndex<T> = Map<string, Array<Phrase<T>>>;

function index<T>(entries: Record<string, T>, byLast: boolean): PhraseIndex<T> {
  const out: PhraseIndex<T> = new Map();
  for (const [phrase, value] of Object.entries(entries)) {
    const words = phraseTokens(phrase);
    if (words.length === 0) continue;
    const key = byLast ? words[words.length - 1] : words[0];
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push({ words, value });
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

const raw = loadLexicon<RawNumbers>('numbers');
const set = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const map = <T>(o: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));

export const UNITS = map(raw.units);
export const TENS = map(raw.tens);
export const SCALES = map(raw.scales);
export const SCALE_ABBR = map(raw.scale_abbreviations);
export const AMBIGUOUS_SCALE_ABBR = map(raw.ambiguous_scale_abbreviations);
export const DOZEN = raw.dozen;
export const PLURAL_SCALES = map(raw.plural_scales);
export const FRACTIONS = set(raw.fractions);

/** Vague amounts by their first word ("a" for "a few"). */
export const VAGUE = index(raw.vague, false);

export const MODIFIERS_BEFORE = index(raw.modifiers_before, true);
export const MODIFIERS_AFTER = index(raw.modifiers_after, false);
export const CURRENCY_PREFIX = map(raw.currency_prefix);
/** Currency written after the number, by singular phrase ("us dollar"). */
export const CURRENCY_WORDS = map(raw.currency_words);
export const MEASURE_UNITS = index(raw.measure_units, false);
export const GLUED_UNITS = set(raw.glued_units);

export const IRREGULAR_PLURALS = map(raw.irregular_plurals);
export const NOT_PLURAL = set(raw.not_plural);
export const VERBS = set(raw.verbs);
export const STOP_WORDS = set(raw.stop_words);
export const NON_HEADS = set(raw.non_heads);
export const IDENTIFIER_NOUNS = set(raw.identifier_nouns);
export const RELATIVE_TIME_AFTER = index(Object.fromEntries(raw.relative_time_after.map((p) => [p, true])), false);
export const RELATIVE_TIME_BEFORE = set(raw.relative_time_before);
export const TIME_UNITS = set(raw.time_units);
export const MONTHS = set(raw.months);
export const WEEKDAYS = set(raw.weekdays);
export const ONE_SKIP_BEFORE = set(raw.one_skip_before);
export const ONE_SKIP_AFTER = set(raw.one_skip_after);
/** "crew members" counts crew: heads that name membership of the noun before them. */
export const COMPOUND_HEADS = set(raw.compound_heads);
/** Nouns that count people, one class for comparison. */
export const PERSON_NOUNS = set(raw.person_nouns);
/** Unit → [base unit, factor], so "48 hours" and "three days" compare. */
export const UNIT_CONVERSIONS = new Map(Object.entries(raw.unit_conversions).map(([k, v]) => [k.toLowerCase(), { base: v[0], factor: Number(v[1]) }]));

/** Synonym → canonical unit (lowercase keys), for comparison. */
export const UNIT_SYNONYMS = new Map<string, string>();
for (const [canonical, synonyms] of Object.entries(raw.unit_synonyms)) {
  UNIT_SYNONYMS.set(canonical.toLowerCase(), canonical);
  for (const s of synonyms) UNIT_SYNONYMS.set(String(s).toLowerCase(), canonical);
}

/** Canonical measure units (km, %, USD...): these carry rounding precision, counted nouns do not. */
export const MEASURE_CANONICAL = new Set<string>([
  ...Object.values(raw.measure_units),
  ...Object.values(raw.currency_prefix),
  ...Object.values(raw.currency_words),
]);

/** Sticky: a clock-time suffix right after a number ("10.30 a.m.", "0600 GMT", "3 o'clock"). */
export const CLOCK_AFTER = new RegExp(
  `\\s*(?:${raw.clock_suffixes
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegExp(s).replace(/\\\./g, '\\.?').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iuy',
);

/**
 * Cheap pre-check: a digit or a word that can start a quantity. Sentences
 * without one (about half of news prose) skip tokenisation entirely.
 * Vague words that need a scale ("many", "tens") are left out: the scale
 * word ("thousands") is in the list anyway.
 */
const DIGIT = /\d/;
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[
    ...UNITS.keys(),
    ...TENS.keys(),
    ...SCALES.keys(),
    'dozen',
    ...[...VAGUE.values()]
      .flat()
      .filter((p) => !p.value.needs_scale)
      .map((p) => p.words[p.words.length - 1]),
  ]
    .map(escapeRegExp)
    .join('|')})s?(?![\\p{L}])`,
  'iu',
);

export function mayHoldQuantity(sentence: string): boolean {
  return DIGIT.test(sentence) || NUMBER_WORD.test(sentence);
}

/** The longest phrase of `idx` that starts at token `i`; returns it and the token index after it. */
export function matchForward<T>(
  idx: PhraseIndex<T>,
  toks: readonly { lower: string }[],
  i: number,
): { value: T; end: number } | undefined {
  const list = i < toks.length ? idx.get(toks[i].lower) : undefined;
  if (!list) return undefined;
  outer: for (const p of list) {
    if (i + p.words.length > toks.length) continue;
    for (let k = 1; k < p.words.length; k++) if (toks[i + k].lower !== p.words[k]) continue outer;
    return { value: p.value, end: i + p.words.length };
  }
  return undefined;
}

/** The longest phrase of `idx` (indexed by last word) that ends just before token `end`. */
export function matchBackward<T>(
  idx: PhraseIndex<T>,
  toks: readonly { lower: string }[],
  end: number,
): { value: T; start: number } | undefined {
  const list = end > 0 ? idx.get(toks[end - 1].lower) : undefined;
  if (!list) return undefined;
  outer: for (const p of list) {
    const start = end - p.words.length;
    if (start < 0) continue;
    for (let k = 0; k < p.words.length - 1; k++) if (toks[start + k].lower !== p.words[k]) continue outer;
    return { value: p.value, start };
  }
  return undefined;
}
