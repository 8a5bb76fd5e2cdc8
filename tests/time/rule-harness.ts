// Runs one article rule on one article through a small RuleContext, with the
// real loader and extractor, so rule tests do not depend on the rule being
// registered in rules/index.ts or on the corpus stages.
import { extractArticle } from '../../src/extract/index.js';
import { articleFromText } from '../../src/load/article.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import type { ArticleClaims, Report } from '../../src/types.js';

export function claimsOf(path: string, text: string, date?: string): ArticleClaims {
  return extractArticle(articleFromText(path, text, date ? { date } : {}));
}

export function runArticleRule(rule: Rule, article: ArticleClaims, options: Record<string, unknown> = {}): Report[] {
  const reports: Report[] = [];
  const merged: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.meta.options ?? {})) merged[name] = spec.default;
  Object.assign(merged, options);
  const context: RuleContext = {
    article,
    options: merged,
    report: (r) => reports.push(r),
    claims: () => article.claims.filter((c) => c.isClaim),
    linksOf: () => [],
    claimById: () => undefined,
    articleByPath: () => undefined,
    articles: () => [article],
    entityKey: (s) => s.toLowerCase(),
  };
  rule.check(context);
  return reports;
}

/** The span of the n-th occurrence of `phrase` in `text` (from the text, never from the tool). */
export function spanOf(text: string, phrase: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n <= nth; n++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" not in text`);
  }
  return { start: at, end: at + phrase.length };
}
