import { afterAll, describe, expect, it } from 'vitest';
import { expectedSpan, lint, removeCorpora, ruleConfig, span } from '../tests/e2e/support/corpus.js';

const RULE = 'unattributed-claim';
afterAll(removeCorpora);

// A wire story that sources almost everything, with one number left bare.
const storm = ` date 2023-03-14 LISBON (Reuters) - Heavy rain flooded dozens of homes in the Algarve overnight, Portugal's civil protection agency said on Tuesday.

The storm cut power to 12,000 households.

"Crews worked through the night to restore the lines," agency spokesman Rui Costa told reporters.

Fire chief Ana Lopes said two people were treated for minor injuries.

The storm also toppled the old lighthouse at Sagres.

The region has been hit by winter storms for decades.

Shops in Faro were reportedly flooded with 30 centimetres of water.
`;

// An analysis piece: mostly the writer's own voice, so unsourced claims are its nature.
const analysis = `---
title: Why the port keeps striking
date: 2024-06-10
---

Rotterdam handles about 440 million tonnes of cargo a year.

Wages at the port have lagged inflation by 6 percent since 2021.

Automation has cut 300 crane driver jobs.

Union leader Pieter Smit said members felt left behind.
`;

describe(RULE, () => {
  it('flags a bare number in an article that otherwise attributes its claims, over the whole sentence', async () => {
    const found = (await lint({ 'storm.txt': storm })).findings(RULE);
    expect(found).toHaveLength(1);
    expect(span(found[0]!)).toEqual(expectedSpan(storm, 'The storm cut power to 12,000 households.'));
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe('This claim has no source, while the rest of the article attributes its claims. Say who says so.');
    expect(found[0]!.excerpt).toBe('The storm cut power to 12,000 households.');
  });

  it('does not flag sourced claims, quotes, background, hedged claims or claims without specifics', async () => {
    const found = (await lint({ 'storm.txt': storm })).findings(RULE);
    const lines = new Set(found.map((f) => f.line));
    for (const fine of ['LISBON', '"Crews worked', 'Fire chief Ana Lopes', 'toppled the old lighthouse', 'has been hit by winter storms', 'Shops in Faro']) {
      expect(lines.has(expectedSpan(storm, fine).line), fine).toBe(false);
    }
  });

  it('requireSpecifics: false also flags unsourced claims with no number or date', async () => {
    const found = (await lint({ 'storm.txt': storm }, ruleConfig(RULE, 'warning', { requireSpecifics: false }))).findings(RULE);
    expect(found.map(span)).toEqual([
      expectedSpan(storm, 'The storm cut power to 12,000 households.'),
      expectedSpan(storm, 'The storm also toppled the old lighthouse at Sagres.'),
    ]);
  });

  it('stays quiet in an article that mostly speaks in its own voice (minAttributedShare 0.3)', async () => {
    expect((await lint({ 'analysis.md': analysis })).findings(RULE)).toEqual([]);
  });

  it('minAttributedShare: 0 checks every article, whatever its share of sourced claims', async () => {
    const found = (await lint({ 'analysis.md': analysis }, ruleConfig(RULE, 'error', { minAttributedShare: 0 }))).findings(RULE);
    expect(found.map(span)).toEqual([
      expectedSpan(analysis, 'Rotterdam handles about 440 million tonnes of cargo a year.'),
      expectedSpan(analysis, 'Automation has cut 300 crane driver jobs.'),
    ]);
    // "have lagged … since 2021" is background by the rule's own definition.
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('minAttributedShare above the article\'s share turns the check off for that article', async () => {
    // storm.txt: 3 of 6 factual claims are sourced (50%).
    expect((await lint({ 'storm.txt': storm }, ruleConfig(RULE, 'warning', { minAttributedShare: 0.9 }))).findings(RULE)).toEqual([]);
  });

  it('is suppressed by an inline comment and can be turned off', async () => {
    const md = `---
date: 2023-03-14
---

Heavy rain flooded dozens of homes overnight, the civil protection agency said.

<!-- briefcheck-disable-next-line unattributed-claim -- figure from our own count -->
The storm cut power to 12,000 households.

Fire chief Ana Lopes said two people were treated for minor injuries.
`;
    expect((await lint({ 'storm.md': md })).findings(RULE)).toEqual([]);
    const control = md.replace(/<!--.*-->\n/, '');
    expect((await lint({ 'storm.md': control })).findings(RULE).map(span)).toEqual([expectedSpan(control, 'The storm cut power to 12,000 households.')]);
    expect((await lint({ 'storm.txt': storm }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
  });
});
