// Rule logic through a small RuleContext over the real loader and extractor
// (see tests/time/rule-harness.ts): the rule does not need to be registered.
import { describe, expect, it } from 'vitest';
import rule from './relative-date-undated.js';
import { claimsOf, runArticleRule, spanOf } from '../tests/time/rule-harness.js';

const undated = `LISBON - The city council voted on Tuesday to close the old bridge to cars.

The decision follows a survey published last month, which found traffic had doubled since 2015.

Works will start two weeks from now and last for about a year.
`;

describe('relative-date-undated', () => {
  it('reports the first relative date of an undated article once, with the count', () => {
    const reports = runArticleRule(rule, claimsOf('bridge.txt', undated));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.span).toEqual(spanOf(undated, 'Tuesday'));
    expect(reports[0]!.message).toBe('"Tuesday" cannot be resolved: the article has no date (add a dateline, a `date:` in the front matter, or run with --date). It has 3 relative dates.');
    expect(reports[0]!.data).toEqual({ value: 'XXXX-WXX-2', count: 3 });
  });

  it('reportAll: every relative date, not the absolute year or the duration', () => {
    const reports = runArticleRule(rule, claimsOf('bridge.txt', undated), { reportAll: true });
    expect(reports.map((r) => undated.slice(r.span.start, r.span.end))).toEqual(['Tuesday', 'last month', 'two weeks from now']);
  });

  it('says nothing when the article has a dateline, or a date given by option', () => {
    expect(runArticleRule(rule, claimsOf('bridge.txt', ` date 2024-05-02 ${undated}`))).toEqual([]);
    expect(runArticleRule(rule, claimsOf('bridge.txt', undated, '2024-05-02'))).toEqual([]);
  });

  it('says nothing for an undated article whose dates are all absolute or not anchored', () => {
    const text = 'The bridge opened in 1966 and carried 70,000 cars a day.\n\nIt is currently closed for repairs lasting six months.\n';
    expect(runArticleRule(rule, claimsOf('bridge.txt', text))).toEqual([]);
  });

  it('works on Markdown with front matter lacking a date, at the true file position', () => {
    const md = '---\ntitle: Bridge\nsource: Desk\n---\n\n# Bridge\n\nThe council met yesterday and will vote again next week.\n';
    const reports = runArticleRule(rule, claimsOf('bridge.md', md));
    expect(reports.map((r) => r.span)).toEqual([spanOf(md, 'yesterday')]);
  });
});
