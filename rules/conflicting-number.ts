import type { Rule } from '../src/rules/types.js';
import { fileName, otherSide, quoteOf } from '../src/rules/describe.js';

const rule: Rule = {
  meta: {
    id: 'conflicting-number',
    description: 'The same quantity given as a different number in another article.',
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/conflicting-number.md',
  },
  check(ctx) {
    for (const claim of ctx.claims()) {
      for (const link of ctx.linksOf(claim)) {
        if (link.relation !== 'differs-in-number') continue;
        const other = ctx.claimById(otherSide(claim.id, link));
        if (!other) continue;
        const mine = link.from === claim.id ? link.fromSpan : link.toSpan;
        const theirs = link.from === claim.id ? link.toSpan : link.fromSpan;
        const here = claim.quantities.find((q) => q.start === mine?.start);
        const there = other.quantities.find((q) => q.start === theirs?.start);
        ctx.report({
          message: `This says ${here ? quoteOf(here.text, 30) : 'one number'}, but ${fileName(other.path)} says ${there ? quoteOf(there.text, 30) : 'another'} for the same thing.`,
          span: mine ?? claim.span,
          related: [{ path: other.path, span: theirs ?? other.span, message: `${fileName(other.path)}: ${quoteOf(other.text)}` }],
        });
      }
    }
  },
};
export default rule;
