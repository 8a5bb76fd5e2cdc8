import { afterAll, describe, expect, it } from 'vitest';
import { claims } from '../src/pipeline.js';
import { expectedSpan, lint, removeCorpora, ruleConfig, span, writeCorpus } from '../tests/e2e/support/corpus.js';

const RULE = 'attribution-dropped';
afterAll(removeCorpora);

// A brief written from the wire, with the wire's sources left out.
const brief = `---
title: Morning brief
date: 2025-04-02
---

# Morning brief

Militia fighters shelled the refugee camp at Tawila overnight, killing nine civilians.

The ceasefire in the northern provinces collapsed on Sunday.

Fuel prices in the capital doubled in March.

The border with Chad remains closed to aid trucks.
`;

const wire = ` date 2025-04-01 KHARTOUM (AP) - Militia fighters shelled the refugee camp at Tawila overnight and killed nine civilians, army spokesman Nabil Osman said in a statement.

The ceasefire in the northern provinces collapsed on Sunday, according to the United Nations.

Fuel prices in the capital doubled in March, traders said.

The border with Chad remains closed to aid trucks.
`;

describe(RULE, () => {
  it('flags a plain fact that another article attributes to a named source', async () => {
    const found = (await lint({ 'brief.md': brief, 'wire.txt': wire })).findings(RULE, 'brief.md');
    expect(found.map(span)).toEqual([
      expectedSpan(brief, 'Militia fighters shelled the refugee camp at Tawila overnight, killing nine civilians.'),
      expectedSpan(brief, 'The ceasefire in the northern provinces collapsed on Sunday.'),
    ]);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe('Stated here as fact, but wire.txt attributes it to "army spokesman Nabil Osman".');
    expect(found[1]!.message).toBe('Stated here as fact, but wire.txt attributes it to "the United Nations".');
  });

  it('points at the attributed sentence in the other article', async () => {
    const found = (await lint({ 'brief.md': brief, 'wire.txt': wire })).findings(RULE, 'brief.md');
    const shelling = found[0]!;
    expect(shelling.related).toHaveLength(1);
    const there = expectedSpan(wire, 'KHARTOUM (AP)');
    expect(shelling.related[0]).toMatchObject({ path: 'wire.txt', line: there.line, column: there.column });
    expect(shelling.related[0]!.message.startsWith('wire.txt: "KHARTOUM (AP) - Militia fighters')).toBe(true);
    expect(found[1]!.related[0]).toMatchObject({ path: 'wire.txt', line: expectedSpan(wire, 'The ceasefire').line, column: 1 });
  });

  it('leaves alone claims the other article only pins on anonymous sources, or also states as fact', async () => {
    const found = (await lint({ 'brief.md': brief, 'wire.txt': wire })).findings(RULE);
    const lines = found.map((f) => f.line);
    expect(lines).not.toContain(expectedSpan(brief, 'Fuel prices').line);
    expect(lines).not.toContain(expectedSpan(brief, 'The border with Chad').line);
    // The attributed side is never the one reported.
    expect(found.filter((f) => f.path === 'wire.txt')).toEqual([]);
  });

  it('does not fire when this article attributes the claim too', async () => {
    const sourced = brief
      .replace('killing nine civilians.', 'killing nine civilians, the army said.')
      .replace('collapsed on Sunday.', 'collapsed on Sunday, UN officials said.');
    expect((await lint({ 'brief.md': sourced, 'wire.txt': wire })).findings(RULE)).toEqual([]);
  });

  it('minScore: the least link score between the two claims', async () => {
    const dir = writeCorpus({ 'brief.md': brief, 'wire.txt': wire });
    const model = await claims([dir], { cwd: dir });
    const ceasefire = model.articles.find((a) => a.path === 'brief.md')!.claims.find((c) => c.text.startsWith('The ceasefire'))!;
    const link = model.links.find((l) => (l.from === ceasefire.id || l.to === ceasefire.id) && l.relation === 'corroborates')!;
    expect(link.score).toBeGreaterThanOrEqual(0.45);
    const line = expectedSpan(brief, 'The ceasefire').line;
    const at = async (minScore: number) => (await lint({ 'brief.md': brief, 'wire.txt': wire }, ruleConfig(RULE, 'warning', { minScore }))).findings(RULE).map((f) => f.line);
    expect(await at(link.score)).toContain(line);
    expect(await at(link.score + 0.001)).not.toContain(line);
    expect(await at(1.5)).toEqual([]);
  });

  it('can be turned off and suppressed inline', async () => {
    expect((await lint({ 'brief.md': brief, 'wire.txt': wire }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
    const suppressed = brief.replace('The ceasefire', '<!-- briefcheck-disable-next-line attribution-dropped -- common knowledge by now -->\nThe ceasefire');
    const found = (await lint({ 'brief.md': suppressed, 'wire.txt': wire })).findings(RULE);
    expect(found.map((f) => f.line)).toEqual([expectedSpan(suppressed, 'Militia fighters').line]);
  });
});
