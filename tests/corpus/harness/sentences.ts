// Locating the sentence around a quoted substring, the way a reader would:
// from the end of the previous sentence (or the start of the line) to the end
// of this one. Every paragraph in the fixtures is one line, so a newline is
// always a hard boundary. A period only ends a sentence when it is followed
// by space and then a capital, digit or quote, and is not the dot of a common
// abbreviation ("Gen.", "a.m.") — good enough for fixtures we wrote ourselves.
import type { Span } from '../../../src/types.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen',
  'rep', 'prof', 'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'approx', 'est', 'dept', 'mt',
]);

const CLOSERS = new Set(['"', "'", ')', ']', '\u201d', '\u2019']);
const TERMINATORS = new Set(['.', '!', '?']);
const STARTERS = /["'(\[\u201c\u2018A-Z0-9\u00c0-\u00de]/;

/** Word immediately before position `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase();
}

/**
 * If a sentence ends at the terminator at `i`, the offset just after it (closing quotes included);
 * otherwise -1.
 */
export function sentenceEndAfter(text: string, i: number): number {
  const ch = text[i];
  if (ch === undefined || !TERMINATORS.has(ch)) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  if (j >= text.length || text[j] === '\n' || text[j] === '\r') return j;
  if (text[j] !== ' ' && text[j] !== '\t') return -1;
  let k = j;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k >= text.length || text[k] === '\n' || text[k] === '\r') return j;
  if (!STARTERS.test(text[k]!)) return -1;
  if (ch === '.') {
    const word = wordBefore(text, i);
    if (ABBREVIATIONS.has(word)) return -1;
    // Single initials ("J. Smith").
    if (/^[a-z]$/.test(word)) return -1;
  }
  return j;
}

/** The sentence containing text[start, end). */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0) {
    const prev = text[s - 1]!;
    if (prev === '\n') break;
    if (CLOSERS.has(prev) || TERMINATORS.has(prev)) {
      // Walk back over closers to the terminator, if any, and test it.
      let t = s - 1;
      while (t > 0 && CLOSERS.has(text[t]!)) t--;
      if (TERMINATORS.has(text[t]!) && sentenceEndAfter(text, t) === s) break;
    }
    s--;
  }
  while (s < start && (text[s] === ' ' || text[s] === '\t')) s++;
  let e = Math.max(end, s);
  // A substring may itself end with the terminator.
  for (let i = Math.max(start, end - 1); i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') { e = i; break; }
    const after = sentenceEndAfter(text, i);
    if (after >= 0 && after >= end) { e = after; break; }
    e = i + 1;
  }
  return { start: s, end: e };
}

/** Does text[start, end) run over a sentence boundary? */
export function crossesSentence(text: string, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) {
    if (text[i] === '\n') return true;
    const after = sentenceEndAfter(text, i);
    if (after >= 0 && after < end) return true;
  }
  return false;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line/column to offset; clamps to the text. */
export function offsetAt(starts: number[], textLength: number, line: number, column: number): number {
  const base = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(base + Math.max(column, 1) - 1, textLength);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
