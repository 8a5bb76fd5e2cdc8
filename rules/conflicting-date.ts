import type { Rule } from '../src/rules/types.js';
import { fileName, otherSide, quoteOf } from '../src/rules/describe.js';

const rule: Rule = {
  meta: {
    id: 'conflicting-date',
    description: 'The same event dated differently in another article (relative dates resolved against each article\'s own date).',
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/conflicting-date.md',
  },
  check(ctx) {
    for (const claim of ctx.claims()) {
      for (const link of ctx.linksOf(claim)) {
        if (link.relation !== 'differs-in-date') continue;
        const other = ctx.claimById(otherSide(claim.id, link));
        if (!other) continue;
        const mine = link.from === claim.id ? link.fromSpan : link.toSpan;
        const theirs = link.from === claim.id ? link.toSpan : link.fromSpan;
        const here = claim.times.find((t) => t.start === mine?.start);
        const there = other.times.find((t) => t.start === theirs?.start);
        ctx.report({
          message: `Dated ${here ? `${quoteOf(here.text, 30)} (${here.value})` : 'differently'} here, but ${fileName(other.path)} dates it ${there ? `${quoteOf(there.text, 30)} (${there.value})` : 'differently'}.`,
          span: mine ?? claim.span,
          related: [{ path: other.path, span: theirs ?? other.span, message: `${fileName(other.path)}: ${quoteOf(other.text)}` }],
        });
      }
    }
  },
};
export default rule;
