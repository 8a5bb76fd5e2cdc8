import type { Rule } from '../src/rules/types.js';
import type { Claim } from '../src/types.js';

// Background ("has been active since…", "was founded in…") is not what an
// editor wants sourced; sentences with checkable specifics are.
const BACKGROUND = /\b(?:since\s+(?:the\s+)?\d{4}|has been|have been|had been|for years|for decades|over the years|was founded|were founded|is one of|are among|is a\b|is an\b|are a\b|has long|have long|traditionally|historically|is known as|is located|lies\b)/i;

function hasSpecifics(c: Claim): boolean {
  return c.quantities.length > 0 || c.times.some((t) => t.type === 'DATE' || t.type === 'TIME');
}

const rule: Rule = {
  meta: {
    id: 'unattributed-claim',
    description: 'A factual claim with checkable specifics and no source, in an article that otherwise attributes its claims.',
    scope: 'article',
    defaultSeverity: 'warning',
    docs: 'rules/unattributed-claim.md',
    options: {
      minAttributedShare: { type: 'number', default: 0.3, description: 'Only check articles where at least this share of claims is attributed.' },
      requireSpecifics: { type: 'boolean', default: true, description: 'Only flag claims that carry a number or a date.' },
    },
  },
  check(ctx) {
    const claims = ctx.claims();
    if (claims.length === 0) return;
    const attributed = claims.filter((c) => c.attribution.kind !== 'none').length;
    if (attributed / claims.length < ctx.options.minAttributedShare) return;
    for (const c of claims) {
      if (c.attribution.kind !== 'none' || c.certainty.level !== 'asserted') continue;
      if (c.quotes.length > 0 || BACKGROUND.test(c.text)) continue;
      if (ctx.options.requireSpecifics && !hasSpecifics(c)) continue;
      ctx.report({ message: 'This claim has no source, while the rest of the article attributes its claims. Say who says so.', span: c.span });
    }
  },
};
export default rule;
