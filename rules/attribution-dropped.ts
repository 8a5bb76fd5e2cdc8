import type { Rule } from '../src/rules/types.js';
import { fileName, otherSide, quoteOf, relatedClaim } from '../src/rules/describe.js';
import { isAllegation, isPlainFact, isStatement } from '../src/corpus/relations.js';

const rule: Rule = {
  meta: {
    id: 'attribution-dropped',
    description: 'A claim stated here as plain fact that another article attributes to a source (above all one party to a dispute).',
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/attribution-dropped.md',
    options: {
      minScore: { type: 'number', default: 0, description: 'Least similarity score of the link between the two claims (0..1).' },
    },
  },
  check(ctx) {
    for (const claim of ctx.article.claims.filter(isStatement)) {
      if (!isPlainFact(claim)) continue;
      const attributed = ctx
        .linksOf(claim)
        .filter((l) => l.relation === 'corroborates' && l.score >= ctx.options.minScore)
        .map((l) => ctx.claimById(otherSide(claim.id, l))!)
        .filter((o) => o && isStatement(o) && (o.attribution.kind === 'named' || isAllegation(o)) && o.attribution.source && !o.attribution.inherited && o.certainty.level === 'reported');
      if (attributed.length === 0) continue;
      const first = attributed[0]!;
      ctx.report({
        message: `Stated here as fact, but ${fileName(first.path)} attributes it to ${quoteOf(first.attribution.source!.text, 50)}.`,
        span: claim.span,
        related: attributed.map((o) => relatedClaim(o, `${fileName(o.path)}: ${quoteOf(o.text)}`)),
      });
    }
  },
};
export default rule;
