import type { Rule } from '../src/rules/types.js';
import { fileName, otherSide, quoteOf, relatedClaim, standing } from '../src/rules/describe.js';
import { isPlainFact, isStatement } from '../src/corpus/relations.js';

const rule: Rule = {
  meta: {
    id: 'unconfirmed-as-fact',
    description: 'A claim stated here as plain fact that another article reports as hedged, unconfirmed or resting on anonymous sources.',
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/unconfirmed-as-fact.md',
  },
  check(ctx) {
    for (const claim of ctx.article.claims.filter(isStatement)) {
      if (!isPlainFact(claim)) continue;
      const weaker = ctx
        .linksOf(claim)
        .filter((l) => l.relation === 'hedges' && l.from === claim.id)
        .map((l) => ctx.claimById(otherSide(claim.id, l))!)
        .filter(Boolean);
      if (weaker.length === 0) continue;
      const first = weaker[0]!;
      const more = weaker.length > 1 ? ` (and ${weaker.length - 1} more)` : '';
      ctx.report({
        message: `Stated here as fact, but ${fileName(first.path)} ${standing(first)}${more}.`,
        span: claim.span,
        related: weaker.map((w) => relatedClaim(w, `${fileName(w.path)} ${standing(w)}: ${quoteOf(w.text)}`)),
      });
    }
  },
};
export default rule;
