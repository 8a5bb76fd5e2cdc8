// Turns the text of one file into an Article: metadata, where the prose is,
// what to mask, and the suppression directives. Pure: no file system here.
import type { Article, LoadProblem, Span } from '../types.js';
import { findDirectives } from './directives.js';
import { readDateline, readFrontMatter, validIsoDate } from './header.js';
import { computeLineStarts, pointAt } from './line-index.js';
import { markdownLayout } from './markdown-mask.js';

export interface ArticleOptions {
  /** Publication date for articles that carry none (`--date`). */
  date?: string;
  format?: Article['format'];
}

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd|mdx)$/i;

export function formatOf(path: string): Article['format'] {
  return MARKDOWN_EXTENSIONS.test(path) ? 'markdown' : 'text';
}

/**
 * Without leading byte-order marks. All of them: a file saved twice with a BOM
 * starts with two, and the pipeline, the cache and the positions must all see
 * the same text whichever layer removed the first (this is idempotent).
 */
export function stripBom(text: string): string {
  // Library callers are not type-checked: what is not text is left for extraction to refuse.
  if (typeof text !== 'string') return text;
  let i = 0;
  while (text.charCodeAt(i) === 0xfeff) i++;
  return i > 0 ? text.slice(i) : text;
}

export function articleFromText(path: string, text: string, options: ArticleOptions = {}): Article {
  text = stripBom(text);
  const format = options.format ?? formatOf(path);
  const header = format === 'markdown' ? readFrontMatter(text) : readDateline(text);
  const problems: LoadProblem[] = [...(header?.problems ?? [])];
  const meta = { ...(header?.meta ?? {}) };
  if (!meta.date && options.date) {
    const date = validIsoDate(options.date);
    if (date) {
      meta.date = date;
      meta.dateOrigin = 'option';
    }
  }
  const bodyStart = header?.span.end ?? 0;
  const masks: Span[] = header && header.span.end > header.span.start ? [header.span] : [];
  let headings: Span[] = [];
  if (format === 'markdown') {
    const layout = markdownLayout(text, bodyStart);
    masks.push(...layout.masks);
    headings = layout.headings;
  }
  const lineStarts = text.includes('briefcheck-') ? computeLineStarts(text) : [0];
  const directives = findDirectives(text, format, (offset) => pointAt(lineStarts, offset).line);
  for (const d of directives) masks.push(d.span);
  return {
    path,
    text,
    body: { start: bodyStart, end: text.length },
    meta,
    format,
    problems,
    masks,
    headings,
    directives,
  };
}
