// Rule logic through a small RuleContext over the real loader and extractor
// (see tests/time/rule-harness.ts): the rule does not need to be registered.
import { describe, expect, it } from 'vitest';
import rule from './date-inconsistency.js';
import { claimsOf, runArticleRule, spanOf } from '../tests/time/rule-harness.js';

const article = ` date 2021-11-07 GENEVA - Negotiators met on Monday, Nov. 2, for a first round of talks.

The second round was held in Geneva next week, officials said.

The agreement was signed on Nov. 12, 2021, by both delegations.

A third round will take place yesterday, the mediator added.
`;

describe('date-inconsistency', () => {
  const reports = runArticleRule(rule, claimsOf('talks.txt', article));
  const byId = (id: string) => reports.filter((r) => r.messageId === id);

  it('flags a weekday that does not fall on the date written with it', () => {
    const found = byId('weekday-mismatch');
    expect(found.map((r) => r.span)).toEqual([spanOf(article, 'Monday, Nov. 2')]);
    expect(found[0]!.message).toBe('"Monday, Nov. 2": 2021-11-02 is a Tuesday, not a Monday (year taken from the article date).');
  });

  it('flags a date after the article date told in the past tense ("was held ... next week", "was signed on Nov. 12, 2021")', () => {
    const found = byId('future-in-past');
    expect(found.map((r) => r.span)).toEqual([spanOf(article, 'next week'), spanOf(article, 'Nov. 12, 2021')]);
    expect(found[0]!.message).toBe('"next week" (2021-W45) is after the article\'s date (2021-11-07), but the sentence puts it in the past ("was").');
  });

  it('flags a date before the article date with a future verb ("will take place yesterday")', () => {
    const found = byId('past-in-future');
    expect(found.map((r) => r.span)).toEqual([spanOf(article, 'yesterday')]);
  });

  it('reports nothing else', () => {
    expect(reports).toHaveLength(4);
  });

  it('leaves consistent text alone: a reported plan, a correct weekday, past dates in the past', () => {
    const fine = ` date 2021-11-07 GENEVA - Negotiators met on Tuesday, Nov. 2, and said they would meet again next week.

The minister announced last week that the talks would resume on Nov. 15.

A ceasefire agreed in October has largely held, and a new round is scheduled for Wednesday.
`;
    expect(runArticleRule(rule, claimsOf('talks.txt', fine))).toEqual([]);
  });

  it('leaves a future seen from the past alone ("was due to ... next week", "agreed to meet next month")', () => {
    const fine = ` date 2021-11-07 The summit was due to open in Geneva next week but has been called off.

The two sides agreed to meet again next month.

The talks were postponed until next week, the mediator said.
`;
    expect(runArticleRule(rule, claimsOf('talks.txt', fine))).toEqual([]);
  });

  it('checks a weekday written next to a separate date in brackets', () => {
    const text = ' date 2021-11-07 The vote took place on Thursday (Nov. 3, 2021) in the capital.\n';
    const found = runArticleRule(rule, claimsOf('vote.txt', text));
    expect(found.map((r) => [r.messageId, text.slice(r.span.start, r.span.end)])).toEqual([['weekday-mismatch', 'Thursday (Nov. 3, 2021']]);
  });

  it('checkTense: false keeps only the calendar checks', () => {
    const found = runArticleRule(rule, claimsOf('talks.txt', article), { checkTense: false });
    expect(found.map((r) => r.messageId)).toEqual(['weekday-mismatch']);
  });

  it('checks only weekday/date pairs in an undated article', () => {
    const text = 'Negotiators met on Monday, Nov. 2, 2021, and will meet again yesterday.\n';
    const found = runArticleRule(rule, claimsOf('talks.txt', text));
    expect(found.map((r) => r.messageId)).toEqual(['weekday-mismatch']);
  });
});
