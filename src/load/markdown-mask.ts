// Markdown is read as prose: markup characters are masked (blanked to spaces
// before parsing) instead of being removed, so every offset the parser reports
// is still the offset in the original file.
//
// Every pattern here must stay linear on any input: a line of 100,000 "[" or
// a file of unclosed "<!--" must not take minutes. Patterns that would have to
// rescan to the end of a line (or file) from every start are scanners instead.
import type { Span } from '../types.js';

const FENCE = /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm;
const HEADING = /^([ \t]{0,3}#{1,6}[ \t]+)([^\n\r\u2028\u2029]*)/gm;
const BLOCK_MARKER = /^[ \t]*(?:>[ \t]?)+|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm;
const THEMATIC_BREAK = /^[ \t]*(?:[-*_][ \t]*){3,}$/gm;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const EMPHASIS = /\*\*|__|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])|`/gu;

export interface MarkdownLayout {
  masks: Span[];
  headings: Span[];
}

function collect(pattern: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else each(m);
  }
}

/** Masks and heading spans of a Markdown body starting at `from`. */
export function markdownLayout(text: string, from: number): MarkdownLayout {
  const body = text.slice(from);
  const masks: Span[] = [];
  const headings: Span[] = [];
  const add = (start: number, end: number) => masks.push({ start: from + start, end: from + end });
  collect(FENCE, body, (m) => add(m.index, m.index + m[0].length));
  htmlComments(body, add);
  collect(HEADING, body, (m) => {
    add(m.index, m.index + m[1]!.length);
    const start = m.index + m[1]!.length;
    // The closing sequence (trailing spaces and #s) is not part of the heading text.
    let end = start + m[2]!.length;
    while (end > start && (body[end - 1] === ' ' || body[end - 1] === '\t' || body[end - 1] === '#')) end--;
    headings.push({ start: from + start, end: from + end });
  });
  collect(THEMATIC_BREAK, body, (m) => add(m.index, m.index + m[0].length));
  collect(BLOCK_MARKER, body, (m) => add(m.index, m.index + m[0].length));
  links(body, '![', (start, _close, end) => add(start, end));
  links(body, '[', (start, close, end) => {
    add(start, start + 1);
    add(close, end);
  });
  collect(HTML_TAG, body, (m) => add(m.index, m.index + m[0].length));
  collect(EMPHASIS, body, (m) => add(m.index, m.index + m[0].length));
  return { masks, headings };
}

/** `<!--` … `-->`: once no `-->` follows, no later comment can close either. */
function htmlComments(body: string, add: (start: number, end: number) => void): void {
  for (let at = body.indexOf('<!--'); at >= 0; ) {
    const close = body.indexOf('-->', at + 4);
    if (close < 0) return;
    add(at, close + 3);
    at = body.indexOf('<!--', close + 3);
  }
}

/**
 * Inline links `[text](url)` (and images with `opener` "![") on one line, as
 * the regex /\[[^\]\n]*\]\([^)\n]*\)/ finds them, in one pass: a start that
 * fails at a "]" or at the end of a line fails the same way for every start
 * before that point, so the scan jumps past it instead of retrying.
 * `found(start, close, end)`: close is the offset of "](".
 */
function links(body: string, opener: '[' | '![', found: (start: number, close: number, end: number) => void): void {
  const n = body.length;
  // A ")" search that started at or before here reached a line end first: so will any other.
  let noParenUntil = -1;
  for (let at = body.indexOf(opener); at >= 0; ) {
    let j = at + opener.length;
    while (j < n && body[j] !== ']' && body[j] !== '\n') j++;
    if (j >= n) return;
    if (body[j] === ']' && body[j + 1] === '(' && j + 2 > noParenUntil) {
      let k = j + 2;
      while (k < n && body[k] !== ')' && body[k] !== '\n') k++;
      if (k < n && body[k] === ')') {
        found(at, j, k + 1);
        at = body.indexOf(opener, k + 1);
        continue;
      }
      noParenUntil = k;
    }
    at = body.indexOf(opener, j + 1);
  }
}

/** The text with every masked range blanked (newlines kept, so lines and offsets do not move). */
export function applyMasks(text: string, masks: readonly Span[]): string {
  if (masks.length === 0) return text;
  const sorted = [...masks].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const s = Math.max(start, at);
    out += text.slice(at, s) + text.slice(s, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
