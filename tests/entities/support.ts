// Helpers for the entity tests: build ArticleClaims from plain text through
// the real loader and extractor, and find expected spans with indexOf.
import { articleFromText } from '../../src/load/article.js';
import { extractArticle } from '../../src/extract/index.js';
import type { ArticleClaims, EntityMention } from '../../src/types.js';

/** An extracted article from a body text (a dateline is added). */
export function article(path: string, body: string, date = '2024-05-02'): ArticleClaims {
  return extractArticle(articleFromText(path, ` date ${date} ${body}\n`));
}

export function mentions(a: ArticleClaims): EntityMention[] {
  return a.claims.flatMap((c) => c.entities);
}

/** The mention whose text is exactly `text` (the first one, or the n-th). */
export function mention(a: ArticleClaims, text: string, nth = 0): EntityMention {
  const found = mentions(a).filter((m) => m.text === text);
  const m = found[nth];
  if (!m) throw new Error(`no mention "${text}" in ${a.path}; found: ${mentions(a).map((x) => JSON.stringify(x.text)).join(', ')}`);
  return m;
}

/** Half-open span of `needle` in `text` (after the first `after`, if given). */
export function spanOf(text: string, needle: string, after?: string): { start: number; end: number } {
  const from = after === undefined ? 0 : text.indexOf(after);
  const start = text.indexOf(needle, Math.max(0, from));
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length };
}
