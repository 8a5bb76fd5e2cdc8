// Parsing: unified + retext-english turn the (masked) article into paragraphs
// and sentences. Only their offsets leave this stage; the tree is dropped at
// once (a retained tree costs ~110 bytes of heap per byte of text).
//
// Two guards keep any input bounded:
// - the text is parsed in chunks cut at blank lines (where retext ends a
//   paragraph anyway), so a 50 MB file never becomes one 5 GB tree;
// - a "sentence" longer than MAX_SENTENCE_CHARS (a megabyte with no full stop,
//   a table flattened to one line) is cut into pieces at clause or word
//   boundaries, so per-sentence work that is fine on real sentences cannot
//   turn quadratic on a pathological one.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Article, Span } from '../types.js';
import { applyMasks } from '../load/markdown-mask.js';

export interface SentenceSlice extends Span {
  paragraph: number;
}

export interface SplitOptions {
  /** Target size of a parse chunk in characters (tests lower it). */
  chunkChars?: number;
  /** Longest sentence kept whole, in characters. */
  maxSentenceChars?: number;
}

/** Parse chunk size: far above any real article, small enough that its tree stays in the tens of MB. */
export const CHUNK_CHARS = 256 * 1024;
/** Real news sentences stay well under a thousand characters. */
export const MAX_SENTENCE_CHARS = 4000;

const parser = unified().use(retextEnglish);

interface PositionedNode {
  type: string;
  children?: PositionedNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A blank line (two line breaks with only spaces or tabs between): retext always ends a paragraph there. */
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
const LINE_BREAK = /\r\n|\r|\n/g;
const SENTENCE_END = /[.!?…]["'”’)\]]*[ \t]*(?:\r\n|\r|\n)$/;
const WHITE = /\s/;

interface Chunk {
  start: number;
  end: number;
  /** True when the chunk starts inside a paragraph (the previous chunk was cut without a blank line). */
  continues: boolean;
}

/** The last match of `pattern` ending in (from, to], as the offset just after it; -1 if none. */
function lastBoundary(text: string, pattern: RegExp, from: number, to: number): number {
  let best = -1;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= to) best = after;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return best;
}

/** Cut [start, end) into parse chunks of about `size` characters, at blank lines where there are any. */
export function parseChunks(text: string, start: number, end: number, size: number): Chunk[] {
  const chunks: Chunk[] = [];
  let at = start;
  let continues = false;
  while (end - at > size) {
    const limit = at + size;
    // Search only the second half of the window: chunks stay large and the scan stays linear.
    const from = at + (size >> 1);
    let cut = lastBoundary(text, BLANK_LINE, from, limit);
    let clean = cut > at;
    if (!clean) {
      cut = lastBoundary(text, LINE_BREAK, from, limit);
      // retext also ends a paragraph at a single line break after a finished sentence.
      clean = cut > at && SENTENCE_END.test(text.slice(Math.max(at, cut - 8), cut));
    }
    if (cut <= at) cut = wordCut(text, from, limit);
    chunks.push({ start: at, end: cut, continues });
    continues = !clean;
    at = cut;
  }
  if (end > at) chunks.push({ start: at, end, continues });
  return chunks;
}

/** The last whitespace in (from, to], or `to` itself (never inside a surrogate pair). */
function wordCut(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) if (WHITE.test(text[i - 1]!)) return i;
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to + 1 : to;
}

const CLAUSE_END = /[,;:][\s"'’”)]*\s/g;

/** Split an over-long sentence into pieces of at most `max` characters, at clause ends, else words. */
export function capSentence(text: string, start: number, end: number, max: number): Span[] {
  if (end - start <= max) return [{ start, end }];
  const pieces: Span[] = [];
  let at = start;
  while (end - at > max) {
    const limit = at + max;
    const from = at + (max >> 1);
    let cut = lastBoundary(text, CLAUSE_END, from, limit);
    if (cut <= at) cut = wordCut(text, from, limit);
    pushTrimmed(text, at, cut, pieces);
    at = cut;
  }
  pushTrimmed(text, at, end, pieces);
  return pieces;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && WHITE.test(text[start]!)) start++;
  while (end > start && WHITE.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Sentence spans of an article, in file offsets, with their paragraph index. */
export function splitSentences(article: Article, options: SplitOptions = {}): SentenceSlice[] {
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  const maxSentence = options.maxSentenceChars ?? MAX_SENTENCE_CHARS;
  const masked = applyMasks(article.text, article.masks);
  const out: SentenceSlice[] = [];
  let paragraph = 0;
  let lastHadSentences = false;
  for (const chunk of parseChunks(masked, 0, masked.length, chunkChars)) {
    // A chunk cut inside a paragraph carries on the paragraph the last one ended in.
    let carryOn = chunk.continues && lastHadSentences;
    const tree = parser.parse(masked.slice(chunk.start, chunk.end)) as unknown as PositionedNode;
    lastHadSentences = false;
    for (const block of tree.children ?? []) {
      if (block.type !== 'ParagraphNode') continue;
      const index = carryOn ? paragraph - 1 : paragraph;
      let any = false;
      for (const node of block.children ?? []) {
        if (node.type !== 'SentenceNode' || !node.position) continue;
        const start = chunk.start + (node.position.start.offset ?? 0);
        const end = chunk.start + (node.position.end.offset ?? node.position.start.offset ?? 0);
        if (start < article.body.start || end <= start) continue;
        for (const piece of capSentence(masked, start, end, maxSentence)) out.push({ ...piece, paragraph: index });
        any = true;
      }
      if (any && !carryOn) paragraph++;
      carryOn = false;
      lastHadSentences = any;
    }
  }
  return out;
}
