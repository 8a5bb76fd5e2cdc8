// Reads the time lexicons (lexicons/time-*.yaml) once, at module load, into
// the Maps and Sets the recognisers look words up in. The vocabulary is data;
// only the grammar is code.
import type { Season } from './calendar.js';
import { tokenize } from './tokens.js';
import { loadLexicon } from '../lexicon.js';

export interface UnitInfo {
  /** TIMEX3 duration code: S M H D W M Y DE CE ML. */
  code: string;
  /** How many `code`s one unit is (fortnight = 2 W). */
  factor: number;
  /** Clock units are written after a T (PT2H). */
  clock: boolean;
  /** Canonical singular name (day, week, month...). */
  name: string;
}

export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'nth'; month: number; weekday: number; n: number; offset: number };

export interface Holiday {
  words: string[];
  rule: HolidayRule;
}

export interface PhraseRef {
  words: string[];
  value: string;
  after?: Set<string>;
}

/** Lower-case word list of a phrase, split the way the tokenizer splits. */
export function phraseWords(text: string): string[] {
  return tokenize(text).map((t) => (t.possessive ? `${t.lower}'s` : t.lower));
}

const words = loadLexicon('time-words');
const context = loadLexicon('time-context');
const tense = loadLexicon('time-tense');

const numberMap = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k, Number(v)]));
const set = (a: unknown[] | undefined) => new Set((a ?? []).map((x) => String(x).toLowerCase()));

export const MONTHS = numberMap(words.months);
export const MONTH_ABBR = numberMap(words.month_abbreviations);
export const AMBIGUOUS_MONTHS = set(words.ambiguous_months);
export const WEEKDAYS = numberMap(words.weekdays);
export const WEEKDAY_ABBR = numberMap(words.weekday_abbreviations);
export const NUMBER_WORDS = numberMap(words.number_words);
export const ORDINAL_WORDS = numberMap(words.ordinal_words);
export const VAGUE_COUNTS = set(words.vague_counts);
export const UNIT_FILLERS = set(words.unit_fillers);
export const APPROXIMATORS = (words.approximators as string[]).map(phraseWords);
export const BOUNDS = (words.bounds as string[]).map(phraseWords);
export const SEASONS = new Map<string, Season>(Object.entries(words.seasons as Record<string, Season>));
export const PARTS_OF_DAY = new Map<string, string>(Object.entries(words.parts_of_day as Record<string, string>));
export const SET_WORDS = new Map<string, string>(Object.entries(words.set_words as Record<string, string>));
export const REFERENCES = new Map<string, string>(Object.entries(words.references as Record<string, string>));
export const RECENT_WORDS = set(words.recent_words);
export const COMING_WORDS = (words.coming_words as string[]).map(phraseWords);
export const TIME_ZONES = set(words.time_zones);

export const UNITS = new Map<string, UnitInfo>();
for (const [name, u] of Object.entries(words.units as Record<string, any>)) {
  UNITS.set(name, { code: u.code, factor: u.factor ?? 1, clock: !!u.clock, name });
}
/** Plural unit word → singular name. */
export const UNIT_PLURALS = new Map<string, string>(Object.entries(words.unit_plurals as Record<string, string>));

export const DAY_WORDS = new Map<string, { shift: number; part?: string }>(
  Object.entries(words.day_words as Record<string, { shift: number; part?: string }>),
);
export const DAY_PHRASES = (words.day_phrases as Array<{ text: string; shift: number }>).map((p) => ({
  words: phraseWords(p.text),
  shift: p.shift,
}));

export const PHRASE_REFS: PhraseRef[] = (words.phrase_references as any[]).map((p) => ({
  words: phraseWords(p.text),
  value: p.value,
  after: p.after ? set(p.after) : undefined,
}));

export const HOLIDAYS: Holiday[] = (words.holidays as any[]).map((h) => {
  let rule: HolidayRule;
  if (h.fixed) {
    const [m, d] = String(h.fixed).split('-').map(Number);
    rule = { kind: 'fixed', month: m!, day: d! };
  } else if (h.easter !== undefined) {
    rule = { kind: 'easter', offset: Number(h.easter) };
  } else {
    const [m, wd, n] = (h.nth as number[]).map(Number);
    rule = { kind: 'nth', month: m!, weekday: wd!, n: n!, offset: Number(h.offset ?? 0) };
  }
  return { words: phraseWords(h.text), rule };
});
/** Holidays indexed by their first word, longest names first. */
export const HOLIDAYS_BY_FIRST = new Map<string, Holiday[]>();
for (const h of [...HOLIDAYS].sort((a, b) => b.words.length - a.words.length)) {
  const list = HOLIDAYS_BY_FIRST.get(h.words[0]!) ?? [];
  list.push(h);
  HOLIDAYS_BY_FIRST.set(h.words[0]!, list);
}

export const YEAR_BEFORE = set(context.year_before);
export const YEAR_BLOCKERS = set(context.year_blockers);
export const YEAR_AFTER = set(context.year_after);
export const QUANTITY_VERBS = set(context.quantity_verbs);
export const WEEKDAY_NAME_FOLLOWERS = set(context.weekday_name_followers);
export const WEEKDAY_NAME_PRECEDERS = set(context.weekday_name_preceders);
export const MONTH_BEFORE = set(context.month_before);
export const MOD_PREPOSITIONS = new Map<string, string>(Object.entries(context.mod_prepositions as Record<string, string>));
export const RATE_BEFORE = set(context.rate_before);
export const DURATION_BEFORE = set(context.duration_before);

/** Irregular verb forms from "base past participle" rows ("/" separates variants). */
function irregularForms(rows: string[]): { base: Set<string>; past: Set<string>; participle: Set<string> } {
  const out = { base: new Set<string>(), past: new Set<string>(), participle: new Set<string>() };
  for (const row of rows) {
    const [base, past, participle] = String(row).toLowerCase().split(/\s+/) as [string, string, string];
    out.base.add(base);
    for (const p of past.split('/')) out.past.add(p);
    for (const p of participle.split('/')) out.participle.add(p);
  }
  return out;
}

const irregular = irregularForms(tense.irregular_verbs ?? []);

export const TENSE = {
  future: set(tense.future),
  modals: set(tense.modals),
  intentVerbs: set(tense.intent_verbs),
  futureAfterBe: set(tense.future_after_be),
  bePresent: set(tense.be_present),
  bePast: set(tense.be_past),
  beOther: set(tense.be_other),
  havePresent: set(tense.have_present),
  havePast: set(tense.have_past),
  doPast: set(tense.do_past),
  doPresent: set(tense.do_present),
  linking: set(tense.linking),
  adverbs: set(tense.adverbs),
  irregularBase: irregular.base,
  irregularPast: irregular.past,
  irregularParticiple: irregular.participle,
  edExceptions: set(tense.ed_exceptions),
  present: set(tense.present),
  presentBase: set(tense.present_base),
  reporting: set(tense.reporting),
  prospective: set(tense.prospective),
  prospectivePrepositions: set(tense.prospective_prepositions),
  deferral: set(tense.deferral),
  deferralPrepositions: set(tense.deferral_prepositions),
  clauseOpeners: set(tense.clause_openers),
  determiners: set(tense.determiners),
  prepositions: set(tense.prepositions),
  pronouns: set(tense.pronouns),
  toNouns: set(tense.to_nouns),
};

/**
 * Words a time expression can start with, in two kinds. Content words (month,
 * unit, weekday, "now"...) can start one on their own; grammar words ("the",
 * "last", "about", "every") only when a content word or a number follows
 * within a few tokens. The recognisers run only at such tokens, which keeps
 * the cost per ordinary word near zero.
 */
export function starterWords(): { content: Set<string>; grammar: Set<string> } {
  const grammar = new Set<string>([
    'the', 'a', 'an', 'this', 'last', 'next', 'early', 'late', 'mid', 'earlier', 'later', 'every', 'each', 'per',
    'once', 'twice', 'thrice', 'all', 'end', 'recent', 'half', 'right', 'these',
  ]);
  for (const list of [APPROXIMATORS, BOUNDS, COMING_WORDS]) for (const p of list) grammar.add(p[0]!);
  for (const w of VAGUE_COUNTS) grammar.add(w);
  for (const w of RECENT_WORDS) grammar.add(w);
  const content = new Set<string>(['noon', 'midday', 'midnight', 'weekend', 'weekends', 'q']);
  for (const m of [MONTHS, MONTH_ABBR, WEEKDAYS, WEEKDAY_ABBR, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, PARTS_OF_DAY,
    SET_WORDS, REFERENCES, DAY_WORDS, UNITS, UNIT_PLURALS]) {
    for (const k of m.keys()) content.add(k);
  }
  for (const p of [...PHRASE_REFS, ...DAY_PHRASES]) for (const w of p.words) content.add(w);
  for (const h of HOLIDAYS) content.add(h.words[0]!);
  for (const w of grammar) content.delete(w);
  return { content, grammar };
}

/**
 * Every word that can start or anchor a time expression, for the cheap
 * per-sentence pre-check (most sentences have none and skip tokenising).
 */
export function triggerWords(): string[] {
  const out = new Set<string>();
  const add = (w: string) => { if (/^[a-z]{3,}$/.test(w)) out.add(w); };
  for (const m of [MONTHS, MONTH_ABBR, WEEKDAYS, WEEKDAY_ABBR, SEASONS, PARTS_OF_DAY, SET_WORDS, REFERENCES, DAY_WORDS, UNITS, UNIT_PLURALS]) {
    for (const k of m.keys()) add(k);
  }
  for (const h of HOLIDAYS) add(h.words[0]!);
  for (const p of PHRASE_REFS) for (const w of p.words) if (w !== 'the') add(w);
  // Plurals ("Fridays") pass through the optional s of the pre-check.
  // Other triggers always come with a unit word or a digit ("a week later", "recent months").
  for (const w of ['noon', 'midnight', 'weekend', 'weekends']) add(w);
  return [...out];
}
