// Named-entity detection over one sentence: runs of capitalised words (with
// inner connectors such as "of", "bin", "van"), acronyms, possessives cut
// off, a capitalised common word at the start of a sentence skipped, titles
// split off the name ("Prime Minister X") or picked up before it ("acting
// interior minister X") or after it ("X, the deputy spokesman of Y,").
import type { EntityMention, EntityType, TextSpan } from '../../types.js';
import { foldKey } from '../../corpus/entity-key.js';
import { classify } from './classify.js';
import { LEX, TITLE_WORDS } from './lexicon.js';
import { appositionTitle, titleBefore, titleBeforeComma } from './person-titles.js';
import { matchPlace } from './places.js';
import { isNameWord, isTimeWord, opensOrgName, ROMAN, runEnd, sentenceMode } from './runs.js';
import { isAmbiguousTitle, titleEnd } from './titles.js';
import { tokenize, type Tok } from './tokens.js';

/** Single-word title modifiers ("acting", "former") that may precede a capitalised title. */
const SINGLE_MODIFIERS: ReadonlySet<string> = new Set(LEX.titleModifiers.filter((m) => m.length === 1).map((m) => m[0]!));

/** A detected name, sentence-local offsets. */
export interface NameSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Lowercase words, dots removed. */
  words: string[];
  acronym: boolean;
  title?: { start: number; end: number };
  /** Indices of its first and last token. */
  first: number;
  last: number;
}

function adjacentLow(toks: Tok[], k: number, after: boolean): string | undefined {
  const t = toks[k];
  if (!t) return undefined;
  if (after ? t.breakBefore : toks[k + 1]!.breakBefore) return undefined;
  return t.cap ? undefined : t.low;
}

function makeName(toks: Tok[], a: number, b: number, title: NameSpan['title'], extended: number): NameSpan {
  const words = toks.slice(a, b + 1).map((t) => t.low);
  const upper = toks.slice(a, b + 1).map((t) => t.acronym);
  const cap = toks.slice(a, b + 1).map((t) => t.cap);
  const prev = a > 0 && !toks[a]!.breakBefore ? adjacentLow(toks, a - 1, false) : undefined;
  const after = extended > 0 ? extended + 1 : b + 1;
  const next = toks[b]!.possessive ? undefined : adjacentLow(toks, after, true);
  const next2 = next !== undefined ? adjacentLow(toks, after + 1, true) : undefined;
  const type = classify({ words, upper, cap, prev, next, next2, hasTitle: title !== undefined, extended: extended > 0 });
  return {
    start: toks[a]!.start,
    end: extended > 0 ? toks[extended]!.end : toks[b]!.end,
    type,
    words: extended > 0 ? [...words, toks[extended]!.low] : words,
    acronym: b === a && toks[a]!.acronym,
    ...(title ? { title } : {}),
    first: a,
    last: extended > 0 ? extended : b,
  };
}

function knownAt(toks: Tok[], i: number, b: number): number {
  const words = toks.slice(i, b + 1).map((t) => t.low);
  return matchPlace(words, 0, toks.slice(i, b + 1).map((t) => t.acronym))?.length ?? (toks[i]!.acronym ? 1 : 0);
}

/**
 * "Stalled Russia-Ukraine talks", "Armed Kenyan police": an unknown word that
 * opens the sentence before a known place or acronym is an adjective whose
 * capital comes from the sentence, not part of the name.
 */
function isStrayOpener(toks: Tok[], a: number, b: number): boolean {
  const t = toks[a]!;
  if (t.acronym || LEX.placePrefixes.has(t.low) || LEX.otherWords.has(t.low) || TITLE_WORDS.has(t.low)) return false;
  if (knownAt(toks, a, b) > 0) return false;
  return knownAt(toks, a + 1, b) > 0;
}

/** Split one run into names: place/org before a title, the title, the person after it. */
function namesOfRun(sentence: string, toks: Tok[], a: number, b: number, out: NameSpan[], headline: boolean): void {
  // Dates are not names: "Monday", "May 5", "told Reuters Tuesday".
  while (a <= b && isTimeWord(toks[a]!.low)) a++;
  while (b >= a && (LEX.days.has(toks[b]!.low) || (LEX.months.has(toks[b]!.low) && /^\s+\d/u.test(sentence.slice(toks[b]!.end))))) b--;
  while (a <= b && !toks[a]!.cap) a++;
  while (b >= a && !toks[b]!.cap) b--;
  if (a > b) return;
  if (a < b && toks[a]!.initial && isStrayOpener(toks, a, b)) a++;
  // "Acting interior minister X": a capitalised title word opening the
  // sentence belongs to the title that follows, not to a name.
  if (a === b && toks[a]!.initial && TITLE_WORDS.has(toks[a]!.low)) return;
  const words = toks.slice(a, b + 1).map((t) => t.low);
  const n = words.length;
  let title: NameSpan['title'];
  let personFrom = a;
  for (let p = 0; p < n; p++) {
    if (p > 0 && !toks[a + p]!.cap) continue;
    const e = titleEnd(words, p);
    if (e === p) continue;
    if (e >= n) {
      if (p === 0 && !isAmbiguousTitle(words, p, e)) return; // only a title: "the Prime Minister"
      // "the Kenyan President said": the place before a closing title is the only name.
      if (p > 0 && !LEX.connectors.has(words[p - 1]!) && !isAmbiguousTitle(words, p, e)) {
        namesOfRun(sentence, toks, a, a + p - 1, out, headline);
        return;
      }
      continue;
    }
    if (isAmbiguousTitle(words, p, e) && n - e < 2) continue;
    if (LEX.orgSuffixes.has(words[n - 1]!) || toks[a + e]!.acronym || !toks[a + e]!.cap) continue;
    if (p > 0) namesOfRun(sentence, toks, a, a + p - 1, out, headline);
    let ts = a + p;
    if (p === 0) while (ts > 0 && !toks[ts]!.breakBefore && !toks[ts - 1]!.cap && SINGLE_MODIFIERS.has(toks[ts - 1]!.low)) ts--;
    title = { start: toks[ts]!.start, end: toks[a + e - 1]!.end };
    personFrom = a + e;
    break;
  }
  // A run that is only a title ("the Prime Minister") or a bare generic
  // word ("the Ministry") names nobody in particular.
  const rest = words.slice(personFrom - a);
  if (titleEnd(rest, 0) === rest.length) return;
  if (rest.length === 1 && !toks[personFrom]!.acronym && LEX.orgSuffixes.has(rest[0]!)) return;
  title ??= titleBefore(toks, a) ?? titleBeforeComma(sentence, toks, a, b);
  let extended = 0;
  const nx = toks[b + 1];
  if (nx && !nx.breakBefore && !nx.cap && !toks[b]!.possessive && LEX.nameExtenders.has(nx.low)) extended = b + 1;
  let name = makeName(toks, personFrom, b, title, extended);
  if (!title && name.type !== 'organization' && name.type !== 'place' && name.type !== 'group' && !name.acronym) {
    const app = appositionTitle(sentence, toks, name.last);
    if (app) name = makeName(toks, personFrom, b, app, extended);
  }
  // In a Title Case Headline capitals prove nothing: keep only names with a cue.
  if (headline && !name.title && (name.type === 'person' || name.type === 'other')) return;
  out.push(name);
}

/** "KABUL (Reuters) - ...", "NEW DELHI, May 3 — ...": a capitalised place heading wire copy. */
const DATELINE_AFTER = /^\s*(?:,[^,\n]{1,30})?\s*(?:\([^)\n]{1,40}\)\s*)?[-—–]/u;

function isDateline(sentence: string, toks: Tok[], last: number): boolean {
  for (let k = 0; k <= last; k++) if (!toks[k]!.acronym && !/^\p{Lu}+$/u.test(toks[k]!.text)) return false;
  return DATELINE_AFTER.test(sentence.slice(toks[last]!.end));
}

let lastSentence: string | undefined;
let lastNames: NameSpan[] = [];
let lastToks: Tok[] = [];

/** Names of one sentence with their tokens; the last result is kept because aliases and mentions both need it. */
export function scanNames(sentence: string): { names: NameSpan[]; toks: Tok[] } {
  if (sentence === lastSentence) return { names: lastNames, toks: lastToks };
  const toks = tokenize(sentence);
  const names: NameSpan[] = [];
  const mode = sentenceMode(toks);
  if (mode !== 'shouting') {
    const headline = mode === 'headline';
    for (let i = 0; i < toks.length; i++) {
      if (ROMAN.test(toks[i]!.text) && i > 0 && toks[i - 1]!.cap) continue;
      if (!isNameWord(toks[i]!, headline) && !opensOrgName(toks, i, headline)) continue;
      const j = runEnd(toks, i, headline);
      const before = names.length;
      namesOfRun(sentence, toks, i, j, names, headline);
      if (i === 0 && names.length > before && isDateline(sentence, toks, j)) {
        const place = names[before]!;
        place.type = 'place';
        place.acronym = false;
      }
      i = Math.max(i, names.length ? names[names.length - 1]!.last : j, j);
    }
  }
  lastSentence = sentence;
  lastNames = names;
  lastToks = toks;
  return { names, toks };
}

/** Named entities (people, organisations, places, groups) of one sentence, with titles; spans are file offsets. */
export function extractEntities(sentence: string, offset: number): EntityMention[] {
  const { names } = scanNames(sentence);
  const out: EntityMention[] = [];
  for (const n of names) {
    let text = sentence.slice(n.start, n.end);
    // "Ana Vukic of Drava": a person "of" a place is the person, then the place.
    const of = n.type === 'person' ? /\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(text) : null;
    if (of && of.index > 0) {
      const placeStart = n.start + of.index + of[0].length;
      const place = sentence.slice(placeStart, n.end);
      text = text.slice(0, of.index);
      out.push({ text: place, start: placeStart + offset, end: n.end + offset, type: 'place', key: foldKey(place) });
    }
    const end = n.start + text.length;
    const mention: EntityMention = { text, start: n.start + offset, end: end + offset, type: n.type, key: foldKey(text) };
    if (n.title) {
      const title: TextSpan = { text: sentence.slice(n.title.start, n.title.end), start: n.title.start + offset, end: n.title.end + offset };
      mention.title = title;
    }
    out.push(mention);
  }
  return out.sort((x, y) => x.start - y.start);
}
