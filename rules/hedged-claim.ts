import type { Rule } from '../src/rules/types.js';

const rule: Rule = {
  meta: {
    id: 'hedged-claim',
    description: 'A claim the article itself hedges ("is thought to", "reports suggest", "reportedly").',
    scope: 'article',
    defaultSeverity: 'info',
    docs: 'rules/hedged-claim.md',
    options: {
      includeQuoted: { type: 'boolean', default: false, description: 'Also flag hedges inside direct quotes (the speaker\'s own words).' },
    },
  },
  check(ctx) {
    for (const c of ctx.claims()) {
      const cue = c.certainty.cue;
      if (c.certainty.level !== 'hedged' || !cue) continue;
      // A source's own "may" is its words; the article's hedges are what this rule is about.
      if (c.certainty.holder === 'source' && !ctx.options.includeQuoted) continue;
      if (!ctx.options.includeQuoted && c.quotes.some((q) => q.start <= cue.start && cue.end <= q.end)) continue;
      ctx.report({ message: `This claim is hedged ("${cue.text}"): it is not stated as established fact.`, span: cue });
    }
  },
};
export default rule;
