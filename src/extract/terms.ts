// Content terms of a claim, for finding the same claim in other articles:
// lower-cased, stop words out, light suffix stripping so "mediating" and
// "mediated" meet. Deliberately crude and fast; alignment scores on overlap.
// Words and phrases of one event class (lexicons/events.yaml: "broke out",
// "started", "erupted") also add one shared key `ev:<class>`, so two reports
// of one event in different words still meet.
import { loadLexicon } from './lexicon.js';

const STOP = new Set(loadLexicon<{ words: string[] }>('stopwords').words.map(String));
/** Number words ("fourteen", "fifty-two", "three-day"): the quantity says them, they are not content. */
const numbers = loadLexicon<{ units: Record<string, number>; tens: Record<string, number> }>('numbers');
const NUMBER_WORDS = new Set([...Object.keys(numbers.units), ...Object.keys(numbers.tens)].map((w) => w.toLowerCase()));
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** Prefix of the event-class keys among a claim's terms: what happened ("ev:kill")... */
export const EVENT_PREFIX = 'ev:';
/** ...and what the story is about ("tp:quake"). */
export const TOPIC_PREFIX = 'tp:';

export function stem(word: string): string {
  // "drivers'" and "driver's" are "driver".
  let w = word.replace(/['’]s?$/u, '');
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ion')) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Single event words, by lower-cased form and by stem; phrases by their first word. */
const EVENT_WORDS = new Map<string, string>();
const EVENT_PHRASES = new Map<string, Array<{ rest: string[]; key: string }>>();
const events = loadLexicon<{ predicates: Record<string, string[]>; topics: Record<string, string[]> }>('events');
for (const [prefix, classes] of [[EVENT_PREFIX, events.predicates], [TOPIC_PREFIX, events.topics]] as const) {
  for (const [name, entries] of Object.entries(classes)) {
    for (const entry of entries.map((e) => String(e).toLowerCase().trim())) {
      const [head, ...rest] = entry.split(/\s+/);
      if (rest.length > 0) {
        if (!EVENT_PHRASES.has(head!)) EVENT_PHRASES.set(head!, []);
        EVENT_PHRASES.get(head!)!.push({ rest, key: prefix + name });
      } else {
        EVENT_WORDS.set(entry, prefix + name);
        if (!EVENT_WORDS.has(stem(entry))) EVENT_WORDS.set(stem(entry), prefix + name);
      }
    }
  }
}

// The lower-cased words of the text being read, reused between calls: phrases
// ("broke out", "gave way") are matched on the words already found, in the
// same pass, instead of a second scan of the text.
const seen: string[] = [];

/** What one lower-cased word gives: computed once per word form, then looked up. */
interface WordInfo {
  /** A number word ("fourteen", "fifty-two"): no term at all. */
  number: boolean;
  /** First word of an event phrase ("broke" of "broke out"). */
  phraseHead: boolean;
  /** Event or topic key of the word itself. */
  event: string | undefined;
  /** The stemmed term, unless a stop word or too short. */
  term: string | undefined;
  /** Event key of the stem, when the word itself has none. */
  stemEvent: string | undefined;
}

// Most words of news text recur: one lookup instead of five set lookups and a stem.
const wordInfo = new Map<string, WordInfo>();
const MAX_WORD_FORMS = 200_000;

function infoOf(word: string): WordInfo {
  let info = wordInfo.get(word);
  if (info) return info;
  let lower = word;
  let number = NUMBER_WORDS.has(lower);
  const dash = lower.indexOf('-');
  if (!number && dash > 0 && NUMBER_WORDS.has(lower.slice(0, dash))) {
    // "fifty-two" is a number; "three-day" says "day".
    const rest = lower.slice(lower.lastIndexOf('-') + 1);
    if (NUMBER_WORDS.has(rest)) number = true;
    else lower = rest;
  }
  if (number) info = { number, phraseHead: false, event: undefined, term: undefined, stemEvent: undefined };
  else {
    const event = EVENT_WORDS.get(lower);
    const term = lower.length < 3 || STOP.has(lower) ? undefined : stem(lower);
    info = { number, phraseHead: EVENT_PHRASES.has(lower), event, term, stemEvent: term !== undefined && !event ? EVENT_WORDS.get(term) : undefined };
  }
  if (wordInfo.size >= MAX_WORD_FORMS) wordInfo.clear();
  wordInfo.set(word, info);
  return info;
}

/** Content terms of `text`, skipping the ranges in `skip` (sentence-relative). */
export function contentTerms(text: string, skip: Array<[number, number]> = []): string[] {
  const out = new Set<string>();
  let phraseHeads = false;
  seen.length = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (skip.length > 0 && skipped(m.index, skip)) {
      seen.push('');
      continue;
    }
    const lower = m[0].toLowerCase();
    seen.push(lower);
    const info = infoOf(lower);
    if (info.number) continue;
    if (info.phraseHead) phraseHeads = true;
    if (info.event) out.add(info.event);
    if (info.term === undefined) continue;
    out.add(info.term);
    if (info.stemEvent) out.add(info.stemEvent);
  }
  if (phraseHeads) addPhrases(out);
  return [...out];
}

function skipped(at: number, skip: Array<[number, number]>): boolean {
  for (const [s, e] of skip) if (at >= s && at < e) return true;
  return false;
}

function addPhrases(out: Set<string>): void {
  for (let i = 0; i < seen.length; i++) {
    const phrases = EVENT_PHRASES.get(seen[i]!);
    if (phrases) for (const { rest, key } of phrases) if (rest.every((w, k) => seen[i + 1 + k] === w)) out.add(key);
  }
}

/** The event or topic key of one word ("arrests" → ev:arrest), if it has one. */
export function eventClassOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  return EVENT_WORDS.get(lower) ?? EVENT_WORDS.get(stem(lower));
}

/** A number word or a number compound ("fourteen", "fifty-two", "three-day"). */
export function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  const dash = lower.indexOf('-');
  return NUMBER_WORDS.has(dash > 0 ? lower.slice(0, dash) : lower);
}

/** Event and topic keys are not words of the text. */
export function isClassKey(term: string): boolean {
  return term.startsWith(EVENT_PREFIX) || term.startsWith(TOPIC_PREFIX);
}
