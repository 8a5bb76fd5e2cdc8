// An article with no date of its own cannot resolve "last month" or "on
// Monday": the extractor leaves such values unresolved (XXXX-XX...), so they
// take no part in cross-source date checks. Tell the user once per article
// (or at each such date with `reportAll`).
import type { Rule } from '../src/rules/types.js';
import type { TimeExpression } from '../src/types.js';
import { quoteOf } from '../src/rules/describe.js';

const rule: Rule = {
  meta: {
    id: 'relative-date-undated',
    description: 'A relative date ("last month", "on Monday", "two years ago") in an article that has no date to resolve it against.',
    scope: 'article',
    defaultSeverity: 'warning',
    docs: 'rules/relative-date-undated.md',
    options: {
      reportAll: {
        type: 'boolean',
        default: false,
        description: 'Report every relative date of an undated article, not only the first one.',
      },
    },
  },
  check(ctx) {
    if (ctx.article.meta.date) return;
    // Every sentence counts here, headlines and questions too: their dates are just as unresolvable.
    const relative: TimeExpression[] = [];
    for (const claim of ctx.article.claims) {
      for (const t of claim.times) if (t.relative) relative.push(t);
    }
    if (!relative.length) return;
    const fix = 'add a dateline, a `date:` in the front matter, or run with --date';
    if (ctx.options.reportAll) {
      for (const t of relative) {
        ctx.report({
          message: `${quoteOf(t.text, 40)} cannot be resolved: the article has no date (${fix}).`,
          span: { start: t.start, end: t.end },
          data: { value: t.value },
        });
      }
      return;
    }
    const first = relative[0]!;
    const more = relative.length > 1 ? ` It has ${relative.length} relative dates.` : '';
    ctx.report({
      message: `${quoteOf(first.text, 40)} cannot be resolved: the article has no date (${fix}).${more}`,
      span: { start: first.start, end: first.end },
      data: { value: first.value, count: relative.length },
    });
  },
};
export default rule;
