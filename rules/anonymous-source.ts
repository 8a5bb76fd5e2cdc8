import type { Rule } from '../src/rules/types.js';

const rule: Rule = {
  meta: {
    id: 'anonymous-source',
    description: 'A claim that rests on unnamed sources ("sources said", "a commander said", "officials, speaking on condition of anonymity").',
    scope: 'article',
    defaultSeverity: 'warning',
    docs: 'rules/anonymous-source.md',
    options: {
      includeInherited: { type: 'boolean', default: false, description: 'Also flag sentences that only continue an anonymous speaker.' },
    },
  },
  check(ctx) {
    for (const c of ctx.claims()) {
      const a = c.attribution;
      if (a.kind !== 'anonymous' || !a.source) continue;
      if (a.inherited && !ctx.options.includeInherited) continue;
      const span = a.inherited ? c.span : a.source;
      ctx.report({ message: `This claim rests on an unnamed source ("${a.source.text}").`, span });
    }
  },
};
export default rule;
