// Named-entity detection over one sentence: runs of capitalised words (with
// inner connectors such as "of", "bin", "van"), acronyms, possessives cut
// off, a capitalised common word at the start of a sentence skipped, titles
// split off the name ("Prime Minister X") or picked up before it ("acting
// interior minister X") or after it ("X, the deputy spokesman of Y,").
import type { EntityMention, EntityType, TextSpan } from '../../types.js';
import { foldKey } from '../../corpus/entity-key.js';
import { classify } from './classify.js';
import { LEX, TITLE_HEAD_WORDS, TITLE_WORDS } from './lexicon.js';
import { matchPlace } from './places.js';
import { isAmbiguousTitle, titleEnd, titleStart } from './titles.js';
import { tokenize, type Tok } from './tokens.js';

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

const ROMAN = /^[IVX]{1,4}$/;
const CLAUSE_WORDS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'said', 'says', 'told', 'tells', 'will', 'would', 'did', 'does', 'who', 'which', 'that', 'added', 'warned', 'confirmed', 'denied', 'can', 'could', 'should', 'may', 'might', 'must', 'and', 'but']);
const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const APPOSITION_STOP = /[,;:()\[\]—–"“”]/u;

const isDigit = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};

function sentenceMode(toks: Tok[]): 'normal' | 'headline' | 'shouting' {
  let words = 0, lower = 0, upper = 0, markers = 0;
  for (const t of toks) {
    if (t.low.length < 2 || isDigit(t.low)) continue;
    words++;
    if (t.acronym) upper++;
    if (!t.cap) {
      if (!LEX.connectors.has(t.low) && !LEX.headlineMarkers.has(t.low)) lower++;
    } else if (!t.initial && !t.acronym && LEX.headlineMarkers.has(t.low)) markers++;
  }
  if (words >= 4 && upper / words >= 0.7) return 'shouting';
  if (words >= 4 && markers >= 2 && lower / words <= 0.2) return 'headline';
  return 'normal';
}

function isNameWord(t: Tok, headline: boolean): boolean {
  if (!t.cap || isDigit(t.low)) return false;
  if (t.low.length === 1 && !t.dotAfter) return false;
  if ((t.initial || headline) && !t.acronym && LEX.commonWords.has(t.low)) return false;
  return true;
}

function isTimeWord(low: string): boolean {
  return LEX.months.has(low) || LEX.days.has(low) || LEX.timeOther.has(low);
}

/**
 * "National Liberation Movement said...": a capitalised common word opening
 * the sentence still starts a name when capitalised words follow it up to an
 * organisation suffix. Short words and determiners ("The Foreign Ministry") never do.
 */
function opensOrgName(toks: Tok[], i: number, headline: boolean): boolean {
  const t = toks[i]!;
  if (!t.cap || !t.initial || headline || t.low.length < 5 || LEX.headlineMarkers.has(t.low)) return false;
  const n = toks[i + 1];
  if (!n || n.breakBefore || !isNameWord(n, false)) return false;
  return LEX.orgSuffixes.has(toks[runEnd(toks, i + 1, false)]!.low);
}

/**
 * "Ports and Transport Authority", "Justice and Development Party": "and"
 * joins two capitalised parts when the second ends in an organisation
 * suffix and the first has none ("the Army and Police Service" stays whole,
 * "Kenya and Uganda" stays two names).
 */
function joinsBeforeSuffix(toks: Tok[], i: number, j: number, k: number, headline: boolean): boolean {
  if (toks[k]!.low !== 'and' || j - i > 2) return false;
  const n = toks[k + 1];
  if (!n || n.breakBefore || !isNameWord(n, headline)) return false;
  for (let q = i; q <= j; q++) if (LEX.orgSuffixes.has(toks[q]!.low) || toks[q]!.acronym) return false;
  return LEX.orgSuffixes.has(toks[runEnd(toks, k + 1, headline)]!.low);
}

/** End index (inclusive) of the run of name words starting at token i. */
function runEnd(toks: Tok[], i: number, headline: boolean): number {
  let j = i;
  let hasOf = false;
  for (;;) {
    const t = toks[j]!;
    if (t.possessive && !LEX.possessiveInner.has(t.low)) return j;
    const k = j + 1;
    if (k >= toks.length || toks[k]!.breakBefore) return j;
    const nk = toks[k]!;
    if (isNameWord(nk, headline) || (ROMAN.test(nk.text) && !toks[j]!.acronym)) {
      j = k;
      continue;
    }
    // Connectors: "of", "of the", "bin", "van der"; never at the edges.
    let m = k;
    let valid = true;
    const andJoins = hasOf || joinsBeforeSuffix(toks, i, j, k, headline);
    while (m < toks.length && m - k < 2 && !toks[m]!.cap && (LEX.connectors.has(toks[m]!.low) || (toks[m]!.low === 'and' && andJoins))) {
      if (m > k && toks[m]!.breakBefore) valid = false;
      if (toks[m]!.low === 'the' && !(m > k && LEX.theAfter.has(toks[m - 1]!.low))) valid = false;
      m++;
    }
    if (m > k && valid && m < toks.length && !toks[m]!.breakBefore && isNameWord(toks[m]!, headline) && !isTimeWord(toks[m]!.low)) {
      for (let q = k; q < m; q++) if (toks[q]!.low === 'of' || toks[q]!.low === 'for') hasOf = true;
      j = m;
      continue;
    }
    return j;
  }
}

function adjacentLow(toks: Tok[], k: number, after: boolean): string | undefined {
  const t = toks[k];
  if (!t) return undefined;
  if (after ? t.breakBefore : toks[k + 1]!.breakBefore) return undefined;
  return t.cap ? undefined : t.low;
}

/** Title after the name: ", the deputy spokesman of the ministry,". */
function appositionTitle(sentence: string, toks: Tok[], last: number): { start: number; end: number } | undefined {
  let k = last + 1;
  const first = toks[k];
  if (!first || !/^\s*,\s*$/u.test(sentence.slice(toks[last]!.end + (toks[last]!.possessive ? 2 : 0), first.start))) return undefined;
  if (toks[last]!.possessive) return undefined;
  if (APPOSITION_DETERMINERS.has(first.low) && !first.cap) k++;
  const begin = toks[k];
  if (!begin) return undefined;
  let head = false;
  let end = -1;
  for (let q = k; q < toks.length && q - k < 16; q++) {
    const t = toks[q]!;
    if (q > k && APPOSITION_STOP.test(sentence.slice(toks[q - 1]!.end, t.start))) break;
    if (CLAUSE_WORDS.has(t.low) && !t.cap) break;
    if (/^\d/.test(t.low)) break;
    if (q - k < 4 && TITLE_HEAD_WORDS.has(t.low)) head = true;
    if (!head && q - k >= 4) break;
    end = q;
  }
  if (!head || end < k) return undefined;
  return { start: begin.start, end: toks[end]!.end };
}

function makeName(sentence: string, toks: Tok[], a: number, b: number, title: NameSpan['title'], extended: number): NameSpan {
  const words = toks.slice(a, b + 1).map((t) => t.low);
  const upper = toks.slice(a, b + 1).map((t) => t.acronym);
  const cap = toks.slice(a, b + 1).map((t) => t.cap);
  const prev = a > 0 && !toks[a]!.breakBefore ? adjacentLow(toks, a - 1, false) : undefined;
  const after = extended > 0 ? extended + 1 : b + 1;
  const next = toks[b]!.possessive ? undefined : adjacentLow(toks, after, true);
  const next2 = next !== undefined ? adjacentLow(toks, after + 1, true) : undefined;
  const type = classify({ words, upper, cap, prev, next, next2, hasTitle: title !== undefined, extended: extended > 0 });
  void sentence;
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

const TITLE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose']);

/**
 * "The group's leader, Ahmed Nazari, said", "The Kenyan Ambassador to
 * Uganda, Ruth Wambui, said": a title phrase closed by the comma before the
 * name, from after its determiner; it must hold a title head word.
 */
function titleBeforeComma(toks: Tok[], a: number): NameSpan['title'] {
  let s = a - 1;
  while (s > 0 && a - s < 10 && !toks[s]!.breakBefore && !TITLE_OPENERS.has(toks[s - 1]!.low)) s--;
  if (toks[s]!.initial && LEX.commonWords.has(toks[s]!.low) && !TITLE_WORDS.has(toks[s]!.low)) s++;
  if (s >= a || TITLE_OPENERS.has(toks[s]!.low)) return undefined;
  // "the Office of the President, X": the phrase is the object of a name, not X's title.
  if (s >= 2 && TITLE_OPENERS.has(toks[s - 1]!.low) && LEX.connectors.has(toks[s - 2]!.low)) return undefined;
  let head = false;
  for (let q = s; q < a; q++) {
    if (CLAUSE_WORDS.has(toks[q]!.low)) return undefined;
    if (TITLE_HEAD_WORDS.has(toks[q]!.low)) head = true;
  }
  return head ? { start: toks[s]!.start, end: toks[a - 1]!.end } : undefined;
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
    if (p === 0) while (ts > 0 && !toks[ts]!.breakBefore && !toks[ts - 1]!.cap && LEX.titleModifiers.some((m) => m.length === 1 && m[0] === toks[ts - 1]!.low)) ts--;
    title = { start: toks[ts]!.start, end: toks[a + e - 1]!.end };
    personFrom = a + e;
    break;
  }
  // A run that is only a title ("the Prime Minister") or a bare generic
  // word ("the Ministry") names nobody in particular.
  const rest = words.slice(personFrom - a);
  if (titleEnd(rest, 0) === rest.length) return;
  if (rest.length === 1 && !toks[personFrom]!.acronym && LEX.orgSuffixes.has(rest[0]!)) return;
  if (!title) {
    // Lowercase title right before the name: "acting interior minister X".
    let s = a;
    while (s > 0 && !toks[s]!.breakBefore && (!toks[s - 1]!.cap || (toks[s - 1]!.initial && TITLE_WORDS.has(toks[s - 1]!.low)))) s--;
    if (s < a) {
      const lows = toks.slice(s, a).map((t) => t.low);
      const st = titleStart(lows, lows.length);
      if (st < lows.length) title = { start: toks[s + st]!.start, end: toks[a - 1]!.end };
    }
  }
  if (!title && a > 0 && /^\s*,\s*$/u.test(sentence.slice(toks[a - 1]!.end, toks[a]!.start)) && /^\s*,/u.test(sentence.slice(toks[b]!.end))) {
    title = titleBeforeComma(toks, a);
  }
  let extended = 0;
  const nx = toks[b + 1];
  if (nx && !nx.breakBefore && !nx.cap && !toks[b]!.possessive && LEX.nameExtenders.has(nx.low)) extended = b + 1;
  let name = makeName(sentence, toks, personFrom, b, title, extended);
  if (!title && name.type !== 'organization' && name.type !== 'place' && name.type !== 'group' && !name.acronym) {
    const app = appositionTitle(sentence, toks, name.last);
    if (app) name = makeName(sentence, toks, personFrom, b, app, extended);
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
    const text = sentence.slice(n.start, n.end);
    const mention: EntityMention = { text, start: n.start + offset, end: n.end + offset, type: n.type, key: foldKey(text) };
    if (n.title) {
      const title: TextSpan = { text: sentence.slice(n.title.start, n.title.end), start: n.title.start + offset, end: n.title.end + offset };
      mention.title = title;
    }
    out.push(mention);
  }
  return out;
}
