import { afterAll, describe, expect, it } from 'vitest';
import { expectedSpan, lint, removeCorpora, ruleConfig, span } from '../tests/e2e/support/corpus.js';

const RULE = 'hedged-claim';
afterAll(removeCorpora);

const shipping = ` date 2024-06-02 ROTTERDAM - Dock workers at the port walked out on Sunday over pay, the union said.

Shipping lines are reportedly diverting vessels to Antwerp and Hamburg.

The stoppage is thought to be the longest at the port since the 1970s.

It is unclear whether the port authority has asked a court for an injunction.

"Some of our members may have lost faith in the talks," union leader Pieter Smit said.

The port authority declined to confirm how many ships were waiting offshore.

Management offered a raise of four percent on Friday.
`;

describe(RULE, () => {
  it('flags the writer\'s own hedges at the hedging words, at info level by default', async () => {
    const found = (await lint({ 'shipping.txt': shipping })).findings(RULE);
    expect(found.map(span)).toEqual([
      expectedSpan(shipping, 'reportedly'),
      expectedSpan(shipping, 'is thought to'),
      expectedSpan(shipping, 'It is unclear'),
    ]);
    expect(found.map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    expect(found[0]!.message).toBe('This claim is hedged ("reportedly"): it is not stated as established fact.');
    expect(found[1]!.excerpt).toBe('is thought to');
  });

  it('does not flag a plain claim, a sourced claim, or an unconfirmed one ("declined to confirm")', async () => {
    const found = (await lint({ 'shipping.txt': shipping })).findings(RULE);
    const lines = new Set(found.map((f) => f.line));
    for (const fine of ['Dock workers at the port', 'The port authority declined', 'Management offered a raise']) {
      expect(lines.has(expectedSpan(shipping, fine).line)).toBe(false);
    }
  });

  it('leaves a hedge inside a direct quote (the speaker\'s words) alone by default', async () => {
    const found = (await lint({ 'shipping.txt': shipping })).findings(RULE);
    expect(found.some((f) => f.line === expectedSpan(shipping, 'may have lost faith').line)).toBe(false);
  });

  it('includeQuoted: true flags hedges inside quotes too', async () => {
    const found = (await lint({ 'shipping.txt': shipping }, ruleConfig(RULE, 'warning', { includeQuoted: true }))).findings(RULE);
    expect(found.map(span)).toContainEqual(expectedSpan(shipping, 'may have'));
    expect(found).toHaveLength(4);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('finds hedges in a Markdown brief with front matter, at their true position in the file', async () => {
    const brief = `---
title: Election watch
date: 2025-03-30
source: Desk brief
---

# Election watch

The incumbent is believed to have conceded privately on Saturday night.

Turnout in the capital was apparently lower than in 2021.
`;
    const found = (await lint({ 'brief.md': brief })).findings(RULE);
    expect(found.map(span)).toEqual([expectedSpan(brief, 'is believed to'), expectedSpan(brief, 'apparently')]);
    expect(found[0]!.line).toBe(9);
  });

  it('can be turned off, or silenced for one line with a reason', async () => {
    expect((await lint({ 'shipping.txt': shipping }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
    const md = `---
date: 2024-06-02
---

<!-- briefcheck-disable-next-line hedged-claim -- the hedge is the agency's own wording -->
Shipping lines are reportedly diverting vessels to Antwerp.

The stoppage is thought to be the longest at the port since the 1970s.
`;
    const found = (await lint({ 'shipping.md': md })).findings(RULE);
    expect(found.map(span)).toEqual([expectedSpan(md, 'is thought to')]);
  });
});
