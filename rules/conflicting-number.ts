import type { Rule } from '../src/rules/types.js';
import { quoteOf } from '../src/rules/describe.js';
import { reportDifferences, whoSays } from '../src/rules/differences.js';

const rule: Rule = {
  meta: {
    id: 'conflicting-number',
    description: 'The same quantity given as a different number in another article.',
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/conflicting-number.md',
  },
  check(ctx) {
    reportDifferences(
      ctx,
      'differs-in-number',
      (c) => c.quantities,
      (here, others) => `This says ${here ? quoteOf(here.text, 30) : 'one number'}, but ${whoSays(others, (v) => quoteOf(v.text, 30))} for the same thing.`,
    );
  },
};
export default rule;
