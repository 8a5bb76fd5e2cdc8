// Markdown is read as prose: markup characters are masked (blanked to spaces
// before parsing) instead of being removed, so every offset the parser reports
// is still the offset in the original file.
import type { Span } from '../types.js';

const FENCE = /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HEADING = /^([ \t]{0,3}#{1,6}[ \t]+)([^\n]*?)[ \t#]*$/gm;
const BLOCK_MARKER = /^[ \t]*(?:>[ \t]?)+|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm;
const THEMATIC_BREAK = /^[ \t]*(?:[-*_][ \t]*){3,}$/gm;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /(\[)[^\]\n]*(\]\([^)\n]*\))/g;
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
  collect(HTML_COMMENT, body, (m) => add(m.index, m.index + m[0].length));
  collect(HEADING, body, (m) => {
    add(m.index, m.index + m[1]!.length);
    const start = m.index + m[1]!.length;
    headings.push({ start: from + start, end: from + start + m[2]!.length });
  });
  collect(THEMATIC_BREAK, body, (m) => add(m.index, m.index + m[0].length));
  collect(BLOCK_MARKER, body, (m) => add(m.index, m.index + m[0].length));
  collect(IMAGE, body, (m) => add(m.index, m.index + m[0].length));
  collect(LINK, body, (m) => {
    add(m.index, m.index + 1);
    const close = m.index + m[0].length - m[2]!.length;
    add(close, m.index + m[0].length);
  });
  collect(HTML_TAG, body, (m) => add(m.index, m.index + m[0].length));
  collect(EMPHASIS, body, (m) => add(m.index, m.index + m[0].length));
  return { masks, headings };
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
