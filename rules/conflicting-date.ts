import type { Rule } from '../src/rules/types.js';
import type { TextSpan, TimeExpression } from '../src/types.js';
import { quoteOf } from '../src/rules/describe.js';
import { reportDifferences, whoSays } from '../src/rules/differences.js';

const dated = (t: TextSpan) => `${quoteOf(t.text, 30)} (${(t as TimeExpression).value})`;

const rule: Rule = {
  meta: {
    id: 'conflicting-date',
    description: "The same event dated differently in another article (relative dates resolved against each article's own date).",
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/conflicting-date.md',
  },
  check(ctx) {
    reportDifferences(
      ctx,
      'differs-in-date',
      (c) => c.times,
      (here, others) => `Dated ${here ? dated(here) : 'differently'} here, but ${whoSays(others, dated).replace(' says ', ' dates it ')}.`,
    );
  },
};
export default rule;
