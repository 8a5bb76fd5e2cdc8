// Alias definitions inside one sentence: "Long Name (ABC)", "ABC (Long
// Name)", "Long Name or ABC", "X, also known as Y", "X, formerly Y". An
// acronym counts only when it fits the initials of the long name
// (tolerant of dropped function words, letters taken from inside a word,
// and romanisation), so "Sen. Ali (PPP)" style affiliations are not aliases.
import type { Span } from '../../types.js';
import { scanNames, type NameSpan } from './detect.js';
import { plain } from './spelling.js';

export interface AliasDefinition {
  alias: string;
  canonical: string;
  span: Span;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', 'de', 'du', 'des', 'da', 'di', 'del', 'la', 'le', 'el', 'al', 'i', 'e', 'o', 'y', 'ul', 'ud', 'ur', 'bin', 'ibn', 'van', 'von', 'der', '&']);
/** First letters that romanisations swap ("Qaida" / "Kaida"). */
const SAME_INITIAL: Record<string, string> = { q: 'k', c: 'k' };
const norm = (c: string) => SAME_INITIAL[c] ?? c;

const OPEN_PAREN = /^\s*\(\s*$/u;
const CLOSE_PAREN = /^\s*\)/u;
const OR_GAP = /^\s*,?\s+or\s+(?:the\s+)?$/iu;
const AKA_GAP = /^\s*[,(]?\s*(?:(?:(?:also|better|formerly|previously|now|sometimes|widely|commonly|locally|popularly|once)\s+)?known\s+as|(?:also|formerly|previously|once|now|sometimes|commonly)\s+(?:called|named|referred\s+to\s+as|dubbed)|aka|a\.k\.a\.|formerly|previously)\s+(?:the\s+)?$/iu;

interface Parts {
  all: string[];
  content: string[];
}

function parts(words: readonly string[]): Parts {
  const all: string[] = [];
  for (const w of words) for (const p of plain(w).toLowerCase().split(/[-‐‑'’]+/u)) if (p) all.push(p);
  return { all, content: all.filter((p) => !FUNCTION_WORDS.has(p)) };
}

/** Acronym letters in order, lowercase: "U.N.H.C.R." → "unhcr". */
function letters(acronym: string): string {
  return plain(acronym).replace(/[^\p{L}]/gu, '').toLowerCase();
}

/**
 * Letters in order: every content word gives its first letter, and may give
 * up to two more letters from inside it ("Interpol" style); function words
 * may give their first letter or nothing.
 */
function orderedMatch(p: Parts, acro: string): boolean {
  const words = p.all;
  // reach[j] after word i: can the first j letters be consumed by words[0..i]?
  let reach = new Array<boolean>(acro.length + 1).fill(false);
  reach[0] = true;
  for (const w of words) {
    const fn = FUNCTION_WORDS.has(w);
    const next = new Array<boolean>(acro.length + 1).fill(false);
    for (let j = 0; j <= acro.length; j++) {
      if (!reach[j]) continue;
      if (fn) next[j] = true;
      if (j < acro.length && norm(acro[j]!) === norm(w[0]!)) {
        next[j + 1] = true;
        // up to two more letters from inside the same word, in order
        let pos = 1;
        for (let extra = 1; extra <= 2 && j + extra < acro.length; extra++) {
          const at = w.indexOf(acro[j + extra]!, pos);
          if (at < 0) break;
          pos = at + 1;
          next[j + extra + 1] = true;
        }
      }
    }
    reach = next;
  }
  return reach[acro.length] === true;
}

/**
 * How well an acronym fits a long name: 'strict' when its letters follow the
 * words in order, 'loose' when it has the same set of initials as a name of
 * two or more content words ("Ruling Party" / "RPR" in another order), else false.
 */
export function acronymFit(longWords: readonly string[], acronym: string): 'strict' | 'loose' | false {
  const acro = letters(acronym);
  if (acro.length < 2) return false;
  const p = parts(longWords);
  if (p.content.length === 0) return false;
  if (orderedMatch(p, acro)) return 'strict';
  if (p.content.length < 2 || acro.length > p.content.length + 2) return false;
  const initials = new Set(p.content.map((w) => norm(w[0]!)));
  const have = new Set([...acro].map(norm));
  if (initials.size !== have.size) return false;
  for (const c of have) if (!initials.has(c)) return false;
  return 'loose';
}

function text(sentence: string, n: NameSpan): string {
  return sentence.slice(n.start, n.end);
}

function def(sentence: string, offset: number, alias: NameSpan, canonical: NameSpan, a: NameSpan, b: NameSpan, close = 0): AliasDefinition {
  return { alias: text(sentence, alias), canonical: text(sentence, canonical), span: { start: a.start + offset, end: b.end + close + offset } };
}

/** Words that may join two names into one long form before an acronym ("Centre for Legal Aid in Tarsova (CLAT)"). */
const LONG_FORM_JOINERS = /^\s+(?:in|of|for|and|on|at)\s+(?:the\s+)?$/iu;

/**
 * The name before `names[i]` joined to it, when only the joined long form
 * fits the acronym: "Centre for Legal Aid in Tarsova (CLAT)" is detected as
 * two names because "in" usually separates them ("the ministry in Tarsova").
 */
function longerName(sentence: string, names: readonly NameSpan[], i: number, acro: string): NameSpan | undefined {
  if (i === 0) return undefined;
  const prev = names[i - 1]!, a = names[i]!;
  const joiner = sentence.slice(prev.end, a.start);
  if (!LONG_FORM_JOINERS.test(joiner)) return undefined;
  const words = [...prev.words, ...joiner.trim().toLowerCase().split(/\s+/), ...a.words];
  return acronymFit(words, acro) === 'strict' ? prev : undefined;
}

/** Acronym / alias definitions in one sentence: "X or ABC", "X (ABC)", "X, also known as Y". */
/** Every definition form needs one of these; most sentences have none, and scanning names is not free. */
const MAY_DEFINE = /\(|\bor\b|known\s+as|called|named|dubbed|\baka\b|a\.k\.a\.|formerly|previously/i;

export function findAliasDefinitions(sentence: string, offset: number): AliasDefinition[] {
  if (!MAY_DEFINE.test(sentence)) return [];
  const { names } = scanNames(sentence);
  const out: AliasDefinition[] = [];
  /** "Long Name … ABC": the long form (maybe joined to the name before it) when the acronym fits it. */
  const acronymAfter = (i: number, b: NameSpan, closeLen: number, orgLikeOk: boolean): boolean => {
    const a = names[i]!;
    if (a.title) return false;
    const acro = text(sentence, b);
    const fit = acronymFit(a.words, acro);
    const longer = fit === 'strict' ? undefined : longerName(sentence, names, i, acro);
    if (longer) {
      out.push({ alias: acro, canonical: sentence.slice(longer.start, a.end), span: { start: longer.start + offset, end: b.end + closeLen + offset } });
      return true;
    }
    const orgLike = orgLikeOk && (a.type === 'organization' || a.type === 'group') && a.words.length >= 2;
    if (!fit && !orgLike) return false;
    out.push(def(sentence, offset, b, a, a, b, closeLen));
    return true;
  };
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!, b = names[i + 1]!;
    const gap = sentence.slice(a.end, b.start);
    if (OPEN_PAREN.test(gap)) {
      const close = CLOSE_PAREN.exec(sentence.slice(b.end));
      if (!close) continue;
      const closeLen = close[0].length;
      if (b.acronym && !a.acronym) acronymAfter(i, b, closeLen, true);
      else if (a.acronym && !b.acronym) {
        if (acronymFit(b.words, text(sentence, a))) out.push(def(sentence, offset, a, b, a, b, closeLen));
      } else if (!a.acronym && !b.acronym && (a.type === 'organization' || a.type === 'group') && b.type !== 'place' && b.type !== 'person') {
        out.push(def(sentence, offset, b, a, a, b, closeLen));
      }
    } else if (OR_GAP.test(gap)) {
      if (b.acronym && !a.acronym) acronymAfter(i, b, 0, false);
      else if (a.acronym && !b.acronym && !b.title && acronymFit(b.words, text(sentence, a))) out.push(def(sentence, offset, a, b, a, b));
    } else if (AKA_GAP.test(gap)) {
      if (a.type === 'place' && b.type === 'place') continue;
      // "X, known as ABC": an acronym must fit, like any other acronym definition.
      if (b.acronym && !a.acronym) acronymAfter(i, b, 0, true);
      else out.push(def(sentence, offset, b, a, a, b));
    }
  }
  return out;
}
