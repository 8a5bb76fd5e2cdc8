import { afterAll, describe, expect, it } from 'vitest';
import { expectedSpan, lint, removeCorpora, ruleConfig, span } from '../tests/e2e/support/corpus.js';

const RULE = 'conflicting-number';
afterAll(removeCorpora);

const first = ` date 2024-03-05 MANILA - A ferry carrying 214 passengers ran aground off Mindoro island on Monday, the coast guard said.

Rescuers pulled 38 people from the water near Calapan, coast guard spokesman Armando Balilo said.

The ferry operator has paid 2.5 million pesos in fines since 2019, the maritime agency said.

The coast guard deployed four vessels and a helicopter to the scene.
`;

const update = ` date 2024-03-05 A ferry carrying 241 passengers ran aground off Mindoro island on Monday, the coast guard said.

Rescuers pulled dozens of people from the water near Calapan, coast guard spokesman Armando Balilo said.

The ferry operator has paid about 2.5 million pesos in fines since 2019, the maritime agency said.

The coast guard deployed more than three vessels and a helicopter to the scene.
`;

describe(RULE, () => {
  it('flags a transposed figure at the number, with the other article\'s number as related location', async () => {
    const { findings } = await lint({ 'first.txt': first, 'update.txt': update });
    const here = findings(RULE, 'first.txt');
    expect(here).toHaveLength(1);
    expect(span(here[0]!)).toEqual(expectedSpan(first, '214 passengers'));
    expect(here[0]!.severity).toBe('warning');
    expect(here[0]!.message).toBe('This says "214 passengers", but update.txt says "241 passengers" for the same thing.');
    expect(here[0]!.excerpt).toBe('214 passengers');
    expect(here[0]!.related).toHaveLength(1);
    expect(here[0]!.related[0]).toMatchObject({ path: 'update.txt', ...expectedSpan(update, '241 passengers'), excerpt: '241 passengers' });
  });

  it('reports in both articles, each pointing at the other', async () => {
    const there = (await lint({ 'first.txt': first, 'update.txt': update })).findings(RULE, 'update.txt');
    expect(there).toHaveLength(1);
    expect(span(there[0]!)).toEqual(expectedSpan(update, '241 passengers'));
    expect(there[0]!.related[0]).toMatchObject({ path: 'first.txt', ...expectedSpan(first, '214 passengers') });
  });

  it('reads vague and hedged amounts as ranges: "dozens" fits 38, "about 2.5 million" fits 2.5 million, "more than three" fits four', async () => {
    const { findings } = await lint({ 'first.txt': first, 'update.txt': update });
    const lines = findings(RULE).map((f) => f.line);
    for (const fine of ['Rescuers pulled', 'The ferry operator', 'The coast guard deployed']) {
      expect(lines, fine).not.toContain(expectedSpan(first, fine).line);
    }
  });

  it('does not compare numbers of different things or of unrelated claims', async () => {
    const a = `---
date: 2024-07-01
---

The airline carried 41 million passengers last year, its annual report shows.
`;
    const b = `---
date: 2024-07-01
---

The airline's pilots union has 4,100 members, union chair Dag Moe said.
`;
    expect((await lint({ 'a.md': a, 'b.md': b })).findings(RULE)).toEqual([]);
  });

  it('can be raised to error, turned off, and suppressed inline', async () => {
    const asError = (await lint({ 'first.txt': first, 'update.txt': update }, ruleConfig(RULE, 'error'))).findings(RULE);
    expect(asError.map((f) => f.severity)).toEqual(['error', 'error']);
    expect((await lint({ 'first.txt': first, 'update.txt': update }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
    const suppressed = first.replace(' date 2024-03-05 MANILA', ' date 2024-03-05\nbriefcheck-disable-next-line conflicting-number -- the later count includes crew\nMANILA');
    const found = (await lint({ 'first.txt': suppressed, 'update.txt': update })).findings(RULE);
    expect(found.map((f) => f.path)).toEqual(['update.txt']);
  });
});
