import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/pipeline.js';
import { expectedSpan, lint, removeCorpora, ruleConfig, span, writeCorpus } from '../tests/e2e/support/corpus.js';

const RULE = 'conflicting-date';
afterAll(removeCorpora);

// Filed on Tuesday 4 March: "on Monday" is 3 March.
const tuesday = ` date 2025-03-04 OSLO - The two governments signed the fisheries agreement on Monday, the foreign ministry said.

The talks began in October 2024, trade minister Jonas Berg said.
`;

// Filed a day later, with the signing on another day and the talks a month later.
const wednesday = ` date 2025-03-05 OSLO - The two governments signed the fisheries agreement on 28 February, the foreign ministry said.

The talks began in November 2024, trade minister Jonas Berg said.
`;

// Filed on Thursday 6 March: its "on Monday" is still 3 March, "last October" is 2024-10.
const thursday = `---
title: Fisheries deal
date: 2025-03-06
---

The two governments signed the fisheries agreement on Monday, the foreign ministry said.

The talks began last October, trade minister Jonas Berg said.
`;

describe(RULE, () => {
  it('flags a relative date that resolves to another day than the other article\'s absolute date', async () => {
    const found = (await lint({ 'tuesday.txt': tuesday, 'wednesday.txt': wednesday })).findings(RULE, 'tuesday.txt');
    const signing = found.find((f) => f.line === 1)!;
    expect(span(signing)).toEqual(expectedSpan(tuesday, 'Monday'));
    expect(signing.severity).toBe('warning');
    expect(signing.message).toBe('Dated "Monday" (2025-03-03) here, but wednesday.txt dates it "28 February" (2025-02-28).');
    expect(signing.related).toHaveLength(1);
    expect(signing.related[0]).toMatchObject({ path: 'wednesday.txt', ...expectedSpan(wednesday, '28 February'), excerpt: '28 February' });
    expect(signing.related[0]!.message.startsWith('wednesday.txt: "OSLO - The two governments signed')).toBe(true);
  });

  it('flags months that differ, in both articles', async () => {
    const { findings } = await lint({ 'tuesday.txt': tuesday, 'wednesday.txt': wednesday });
    const here = findings(RULE, 'tuesday.txt').find((f) => f.line === 3)!;
    expect(span(here)).toEqual(expectedSpan(tuesday, 'October 2024'));
    expect(here.message).toBe('Dated "October 2024" (2024-10) here, but wednesday.txt dates it "November 2024" (2024-11).');
    const there = findings(RULE, 'wednesday.txt').find((f) => f.line === 3)!;
    expect(span(there)).toEqual(expectedSpan(wednesday, 'November 2024'));
    expect(there.related[0]).toMatchObject({ path: 'tuesday.txt', ...expectedSpan(tuesday, 'October 2024') });
  });

  it('resolves relative dates against each article\'s own date: "on Monday" two days later is the same Monday', async () => {
    const { findings } = await lint({ 'tuesday.txt': tuesday, 'thursday.md': thursday });
    expect(findings(RULE)).toEqual([]);
    // …while the Thursday piece does conflict with the Wednesday one, at its own positions.
    const withWednesday = (await lint({ 'wednesday.txt': wednesday, 'thursday.md': thursday })).findings(RULE, 'thursday.md');
    expect(withWednesday.map(span)).toEqual([expectedSpan(thursday, 'Monday'), expectedSpan(thursday, 'last October')]);
    expect(withWednesday[1]!.message).toBe('Dated "last October" (2024-10) here, but wednesday.txt dates it "November 2024" (2024-11).');
  });

  it('treats dates of different precision that overlap as compatible', async () => {
    const day = ` date 2025-03-05 The talks began on 12 October 2024, trade minister Jonas Berg said.
`;
    expect((await lint({ 'tuesday.txt': tuesday, 'day.txt': day })).findings(RULE)).toEqual([]);
  });

  it('cannot resolve a relative date in an undated article, until it is given a date', async () => {
    const undated = `OSLO - The two governments signed the fisheries agreement on Monday, the foreign ministry said.
`;
    expect((await lint({ 'wednesday.txt': wednesday, 'undated.txt': undated })).findings(RULE)).toEqual([]);
    const dir = writeCorpus({ 'wednesday.txt': wednesday, 'undated.txt': undated });
    const dated = await check([dir], { cwd: dir, date: '2025-03-04' });
    const found = dated.files.find((f) => f.path === 'undated.txt')!.messages.filter((m) => m.ruleId === RULE);
    expect(found.map(span)).toEqual([expectedSpan(undated, 'Monday')]);
    expect(found[0]!.message).toBe('Dated "Monday" (2025-03-03) here, but wednesday.txt dates it "28 February" (2025-02-28).');
  });

  it('can be turned off and suppressed inline', async () => {
    expect((await lint({ 'tuesday.txt': tuesday, 'wednesday.txt': wednesday }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
    const suppressed = thursday.replace('The talks began', '<!-- briefcheck-disable-next-line conflicting-date -- "last October" is the minister\'s own phrase -->\nThe talks began');
    const found = (await lint({ 'wednesday.txt': wednesday, 'thursday.md': suppressed })).findings(RULE, 'thursday.md');
    expect(found.map(span)).toEqual([expectedSpan(suppressed, 'Monday')]);
  });
});
