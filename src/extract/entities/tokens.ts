// Word tokens of one sentence for name detection: one regex pass, then
// per-word fix-ups (possessive "'s" off the span, "anti-" and "-based" cut
// off, "US-China" split in two). Offsets are sentence-local.
import { LEX } from './lexicon.js';
import { matchPlace, phraseKey } from './places.js';

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lowercase, dots removed ("U.S." → "us", "Gen" → "gen"). */
  low: string;
  /** First letter is a capital. */
  cap: boolean;
  /** Written in capitals (two letters or more) or dotted ("U.N."). */
  acronym: boolean;
  /** Followed by a possessive "'s" or "'" (not part of the span). */
  possessive: boolean;
  /** First word of the sentence, of a quote, or after a colon or dash. */
  initial: boolean;
  /** Punctuation (or a split compound) separates it from the previous word. */
  breakBefore: boolean;
  /** Immediately followed by "." (initials and abbreviations). */
  dotAfter: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:[-‐‑][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*/gu;
const POSSESSIVE = /['’]s$/u;
const CONTRACTION = /['’](?:m|ve|ll|d|re|t)$/iu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

const HYPHEN = /[-‐‑]/u;
/** "al-Qaida", "ul-Ahrar": a lowercase Arabic article before a capitalised name. */
const PREFIXED_NAME = /^\p{Ll}{1,3}[-‐‑'’]\p{Lu}/u;
const PREFIX_END = /[-‐‑'’]/u;
/** Gaps that do not break a name: spaces, or " & " ("Procter & Gamble"). */
const JOINING_GAP = /^(?:[ \t\u00a0]+|[ \t\u00a0]*&[ \t\u00a0]*)$/u;
/** A gap that makes the next word the start of a sentence or quote. */
const OPENING_GAP = /(?:[.!?:;—–•*(\[]|(?:^|\s)["“‘])\s*["“‘(]?\s*$/u;
/** "KABUL - Officials said": a spaced hyphen works as a dash (datelines). */
const SPACED_DASH = /\s-+\s*$/u;
/** Abbreviations whose dot does not end a name ("Gen. X", "John F. Kennedy"). */
const ABBREVIATIONS = new Set(['gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'brig', 'adm', 'dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'ft', 'jr', 'sr', 'prof', 'sen', 'rep', 'gov', 'rev', 'cpl', 'pvt', 'messrs']);

/** Upper-case letter at i, with an ASCII fast path. */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text.slice(i, i + 2));
}

/** "NATO", "UNHCR", and mixed ones like "JeS", "MoD": at least as many capitals as small letters. */
function isAcronymLetters(letters: string): boolean {
  let upper = 0, lower = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011) return false;
    else if (c >= 128) {
      const ch = letters[i]!;
      if (HAS_LOWER.test(ch)) lower++;
      else if (UPPER_START.test(ch)) upper++;
    }
  }
  if (upper === 0) return false;
  return lower === 0 || (upper >= 2 && upper >= lower);
}

const HAS_DASH = /[-‐‑]/;

function makeTok(sentence: string, start: number, end: number, possessive: boolean, joined = true): Tok {
  const text = sentence.slice(start, end);
  const letters = text.includes('.') ? text.replace(/\./g, '') : text;
  const cap = upperAt(text, 0);
  return {
    start,
    end,
    text,
    low: letters.toLowerCase(),
    cap: cap || (joined && PREFIXED_NAME.test(text) && LEX.namePrefixes.has(text.slice(0, text.search(PREFIX_END)).toLowerCase())),
    acronym: cap && letters.length >= 2 && letters.length <= 7 && isAcronymLetters(letters),
    possessive,
    initial: false,
    breakBefore: false,
    dotAfter: sentence.charCodeAt(end) === 46,
  };
}

/** Cut "anti-", "pro-" before a capitalised part and "-based", "-led" after one. */
function trimCompound(sentence: string, start: number, end: number): [number, number] {
  const text = sentence.slice(start, end);
  if (!HYPHEN.test(text)) return [start, end];
  const parts = text.split(HYPHEN);
  let s = 0;
  let e = parts.length;
  while (s < e - 1 && !UPPER_START.test(parts[s]!) && !LEX.namePrefixes.has(parts[s]!.toLowerCase()) && parts.slice(s + 1).some((p) => UPPER_START.test(p))) s++;
  while (e - 1 > s && !UPPER_START.test(parts[e - 1]!) && LEX.hyphenTails.has(parts[e - 1]!.toLowerCase())) e--;
  let a = start;
  for (let k = 0; k < s; k++) a += parts[k]!.length + 1;
  let b = a;
  for (let k = s; k < e; k++) b += parts[k]!.length + (k > s ? 1 : 0);
  return [a, b];
}

/** "US-China", "Russia-Ukraine": two places joined by a hyphen are two names. */
function splitPlaces(sentence: string, start: number, end: number): Array<[number, number]> | undefined {
  const text = sentence.slice(start, end);
  if (!HYPHEN.test(text)) return undefined;
  const parts = text.split(HYPHEN);
  if (parts.length < 2 || !parts.every((p) => UPPER_START.test(p))) return undefined;
  if (matchPlace(phraseKey(text).split(' '), 0)?.length === parts.length) return undefined;
  const isPlace = (p: string) => {
    const up = !HAS_LOWER.test(p) && p.length >= 2;
    if (up && LEX.countryAcronyms.has(p)) return true;
    const hit = matchPlace([phraseKey(p)], 0, [up]);
    return hit !== undefined || (up && p.length <= 4);
  };
  if (!parts.every(isPlace)) return undefined;
  const out: Array<[number, number]> = [];
  let a = start;
  for (const p of parts) {
    out.push([a, a + p.length]);
    a += p.length + 1;
  }
  return out;
}

export function tokenize(sentence: string): Tok[] {
  const toks: Tok[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sentence))) {
    let start = m.index;
    let end = start + m[0].length;
    const word = m[0];
    let possessive = false;
    const apostrophe = word.includes("'") || word.includes('’');
    if (apostrophe && POSSESSIVE.test(word)) {
      end -= 2;
      possessive = true;
    } else if (sentence[end] === "'" || sentence[end] === '’') {
      possessive = word.endsWith('s') && !/\p{L}/u.test(sentence[end + 1] ?? '');
    }
    if (apostrophe && CONTRACTION.test(sentence.slice(start, end))) {
      toks.push({ ...makeTok(sentence, start, end, false), cap: false });
      continue;
    }
    if (!HAS_DASH.test(word)) {
      toks.push(makeTok(sentence, start, end, possessive, apostrophe));
      continue;
    }
    [start, end] = trimCompound(sentence, start, end);
    const pieces = splitPlaces(sentence, start, end);
    if (pieces) {
      pieces.forEach(([a, b], k) => {
        const t = makeTok(sentence, a, b, possessive && k === pieces.length - 1);
        toks.push(t);
        if (k > 0) t.breakBefore = true;
      });
    } else toks.push(makeTok(sentence, start, end, possessive));
  }
  if (toks.length > 0) {
    toks[0]!.initial = true;
    toks[0]!.breakBefore = true;
  }
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1]!;
    // Most words are one plain space apart: nothing to decide.
    if (t.start === prev.end + 1 && sentence.charCodeAt(prev.end) === 32 && !prev.possessive) continue;
    const gap = sentence.slice(prev.end, t.start);
    if (prev.possessive) {
      t.breakBefore = true;
    } else if (!JOINING_GAP.test(gap)) {
      // "Gen. Ali", "John F. Kennedy": the dot of an abbreviation or initial joins.
      const abbrev = /^\.\s+$/u.test(gap) && (ABBREVIATIONS.has(prev.low) || (prev.low.length === 1 && prev.cap));
      if (!abbrev) t.breakBefore = true;
    }
    // "ECOWAS (Economic Community...)": a parenthesis after a name opens its expansion, not a sentence.
    const expansion = /\(\s*$/u.test(gap) && prev.cap;
    if ((OPENING_GAP.test(gap) || SPACED_DASH.test(gap)) && !/^\.\s+$/u.test(gap) && !expansion) t.initial = true;
    else if (/^[.!?]\s+$/u.test(gap) && !(ABBREVIATIONS.has(prev.low) || (prev.low.length === 1 && prev.cap))) t.initial = true;
  }
  return toks;
}
