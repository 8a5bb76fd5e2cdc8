import { afterAll, describe, expect, it } from 'vitest';
import { claims } from '../src/pipeline.js';
import { expectedSpan, lint, removeCorpora, ruleConfig, span } from '../tests/e2e/support/corpus.js';

const RULE = 'anonymous-source';
afterAll(removeCorpora);

const convoy = ` date 2025-02-11 GAZIANTEP, Turkey - Aid convoys have been stuck at the border crossing for nine days, a senior aid official said on Tuesday.

"We have trucks full of flour and nowhere to send them."

"The drivers sleep in their cabs," a senior aid official said. "Nobody has told us anything."

The governor's office said in a statement that the crossing was closed for repairs.
`;

describe(RULE, () => {
  it('flags the unnamed source of a wire story at the source phrase, as a warning', async () => {
    const { findings } = await lint({ 'convoy.txt': convoy });
    const found = findings(RULE);
    expect(found).toHaveLength(2);
    expect(span(found[0]!)).toEqual(expectedSpan(convoy, 'a senior aid official'));
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe('This claim rests on an unnamed source ("a senior aid official").');
    expect(found[0]!.excerpt).toBe('a senior aid official');
    expect(span(found[1]!)).toEqual(expectedSpan(convoy, 'a senior aid official', '"The drivers'));
  });

  it('sees anonymity markers: "speaking on condition of anonymity", "familiar with", "who asked not to be named"', async () => {
    const text = `WASHINGTON - Negotiators met for six hours on Thursday without agreement on the grain corridor.

A diplomat, speaking on condition of anonymity, said the talks had stalled over insurance for the ships.

Sources familiar with the matter said the next round was pencilled in for the spring.

Turnout in the first round was 61 percent, according to election officials who asked not to be named.
`;
    const found = (await lint({ 'talks.txt': text })).findings(RULE);
    expect(found.map(span)).toEqual([
      expectedSpan(text, 'A diplomat, speaking on condition of anonymity'),
      expectedSpan(text, 'Sources familiar with the matter'),
      expectedSpan(text, 'election officials who asked not to be named'),
    ]);
  });

  it('does not flag named people, institutions or outlets', async () => {
    const text = `---
title: Harbour strike enters second week
date: 2024-06-09
source: Coastal Courier
---

Dock workers at the harbour walked out for a second week, the port authority said in a statement.

Union leader Pieter Smit said members had rejected a pay offer of four percent.

Police said three people were arrested outside the main gate.

Shipping lines diverted eleven vessels to other ports, Reuters reported.
`;
    const { findings, dir } = await lint({ 'strike.md': text });
    expect(findings(RULE)).toEqual([]);
    // Not vacuous: every sentence is a claim with a source, just not an anonymous one.
    const model = await claims([dir], { cwd: dir });
    const kinds = model.articles[0]!.claims.filter((c) => c.isClaim).map((c) => c.attribution.kind);
    expect(kinds).toHaveLength(4);
    expect(kinds).not.toContain('none');
    expect(kinds).not.toContain('anonymous');
  });

  it('leaves sentences that only continue an anonymous speaker alone by default', async () => {
    const found = (await lint({ 'convoy.txt': convoy })).findings(RULE);
    const lines = found.map((f) => f.line);
    expect(lines).not.toContain(expectedSpan(convoy, '"We have trucks').line);
    expect(found.some((f) => f.column === expectedSpan(convoy, '"Nobody has').column)).toBe(false);
  });

  it('includeInherited: true also flags the continuing sentences, over their whole span', async () => {
    const found = (await lint({ 'convoy.txt': convoy }, ruleConfig(RULE, 'error', { includeInherited: true }))).findings(RULE);
    expect(found.map(span)).toEqual([
      expectedSpan(convoy, 'a senior aid official'),
      expectedSpan(convoy, '"We have trucks full of flour and nowhere to send them."'),
      expectedSpan(convoy, 'a senior aid official', '"The drivers'),
      expectedSpan(convoy, '"Nobody has told us anything."'),
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found[1]!.message).toBe('This claim rests on an unnamed source ("a senior aid official").');
  });

  it('can be turned off in config', async () => {
    expect((await lint({ 'convoy.txt': convoy }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
  });

  it('is suppressed by an inline comment on the line before, in Markdown', async () => {
    const text = `---
date: 2025-02-11
---

<!-- briefcheck-disable-next-line anonymous-source -- the aid agency forbids staff to talk on the record -->
Aid convoys have been stuck at the border for nine days, a senior aid official said.

Convoys were turned back twice this week, a second official said.
`;
    const found = (await lint({ 'convoy.md': text })).findings(RULE);
    expect(found.map(span)).toEqual([expectedSpan(text, 'a second official')]);
    const unsuppressed = text.replace(/<!--.*-->\n/, '');
    const control = (await lint({ 'convoy.md': unsuppressed })).findings(RULE);
    expect(control.map(span)).toEqual([expectedSpan(unsuppressed, 'a senior aid official'), expectedSpan(unsuppressed, 'a second official')]);
  });
});
