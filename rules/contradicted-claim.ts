import type { Rule } from '../src/rules/types.js';
import { isStatement } from '../src/corpus/relations.js';
import { fileName, otherSide, quoteOf, relatedClaim } from '../src/rules/describe.js';

const rule: Rule = {
  meta: {
    id: 'contradicted-claim',
    description: 'A claim this article makes that another article denies or contradicts.',
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/contradicted-claim.md',
  },
  check(ctx) {
    for (const claim of ctx.article.claims.filter(isStatement)) {
      if (claim.certainty.level === 'denied') continue;
      // A denial contradicts the claim it denies; opposite words contradict both ways.
      const against = ctx.linksOf(claim).filter((l) => l.relation === 'contradicts' && (l.from === claim.id || l.detail?.startsWith('opposite')));
      if (against.length === 0) continue;
      const others = against.map((l) => ({ link: l, other: ctx.claimById(otherSide(claim.id, l))! })).filter((x) => x.other);
      const { link, other } = others[0]!;
      const how = other.certainty.level === 'denied' ? `reports a denial (${quoteOf(other.certainty.cue?.text ?? '', 40)})` : link.detail === 'negated' ? 'says the opposite' : `says the opposite (${link.detail?.replace(/^opposite: /, '')})`;
      ctx.report({
        message: `${fileName(other.path)} ${how} of this claim.`,
        span: claim.span,
        related: others.map((x) => relatedClaim(x.other, `${fileName(x.other.path)}: ${quoteOf(x.other.text)}`)),
      });
    }
  },
};
export default rule;
