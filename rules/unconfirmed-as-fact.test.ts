import { afterAll, describe, expect, it } from 'vitest';
import { expectedSpan, lint, removeCorpora, ruleConfig, span } from '../tests/e2e/support/corpus.js';

const RULE = 'unconfirmed-as-fact';
afterAll(removeCorpora);

// A desk summary written from the wire and a local paper, dropping their caution.
const desk = ` date 2025-08-04 Summary for the morning meeting.

The Lakeside chemical plant leaked chlorine into the Mersa river on Saturday.

The plant's owner, Halvorsen Chemicals, has suspended production at the site.

The regional governor ordered schools near the river to close.
`;

const wire = ` date 2025-08-03 MERSA - The Lakeside chemical plant is believed to have leaked chlorine into the Mersa river on Saturday, local officials said.

Halvorsen Chemicals has suspended production at the site, two employees said, speaking on condition of anonymity.

The regional governor ordered schools near the river to close, his office said.
`;

const local = `---
date: 2025-08-04
source: Mersa Gazette
---

Halvorsen Chemicals has suspended production at the Lakeside site, although the company has not confirmed it.
`;

describe(RULE, () => {
  it('flags a plain fact that another article only hedges, pointing at the hedged sentence there', async () => {
    const { findings } = await lint({ 'desk.txt': desk, 'wire.txt': wire });
    const found = findings(RULE, 'desk.txt');
    const leak = found.find((f) => f.line === expectedSpan(desk, 'The Lakeside').line)!;
    expect(leak).toBeDefined();
    expect(span(leak)).toEqual(expectedSpan(desk, 'The Lakeside chemical plant leaked chlorine into the Mersa river on Saturday.'));
    expect(leak.severity).toBe('warning');
    expect(leak.message).toBe('Stated here as fact, but wire.txt only hedges it ("is believed to").');
    expect(leak.related).toHaveLength(1);
    expect(leak.related[0]!.path).toBe('wire.txt');
    const there = expectedSpan(wire, 'MERSA - The Lakeside');
    expect([leak.related[0]!.line, leak.related[0]!.column]).toEqual([there.line, there.column]);
    expect(leak.related[0]!.message.startsWith('wire.txt only hedges it ("is believed to"): "MERSA - The Lakeside')).toBe(true);
  });

  it('names an anonymous source as the weakness', async () => {
    const found = (await lint({ 'desk.txt': desk, 'wire.txt': wire })).findings(RULE, 'desk.txt');
    const halt = found.find((f) => f.line === expectedSpan(desk, "The plant's owner").line)!;
    expect(halt.message).toBe('Stated here as fact, but wire.txt rests it on an anonymous source ("two employees").');
    expect(halt.related.map((r) => [r.path, r.line])).toEqual([['wire.txt', expectedSpan(wire, 'Halvorsen Chemicals has suspended').line]]);
  });

  it('counts every weaker report and lists each as a related location, sorted by path', async () => {
    const found = (await lint({ 'desk.txt': desk, 'wire.txt': wire, 'local/gazette.md': local })).findings(RULE, 'desk.txt');
    const halt = found.find((f) => f.line === expectedSpan(desk, "The plant's owner").line)!;
    // The message names the file only; the related locations carry the full path.
    expect(halt.message).toBe('Stated here as fact, but gazette.md says it is not confirmed ("has not confirmed") (and 1 more).');
    expect(halt.related.map((r) => [r.path, r.line, r.column])).toEqual([
      ['local/gazette.md', expectedSpan(local, 'Halvorsen Chemicals').line, 1],
      ['wire.txt', expectedSpan(wire, 'Halvorsen Chemicals has suspended').line, 1],
    ]);
  });

  it('reports only in the article that states the fact, not in the one that hedges', async () => {
    const { findings } = await lint({ 'desk.txt': desk, 'wire.txt': wire, 'gazette.md': local });
    expect(findings(RULE, 'wire.txt')).toEqual([]);
    expect(findings(RULE, 'gazette.md')).toEqual([]);
  });

  it('does not flag a claim the other article also states firmly, nor one this article attributes itself', async () => {
    const { findings } = await lint({ 'desk.txt': desk, 'wire.txt': wire });
    // "ordered schools … to close": the wire attributes it to a named office, it is not weaker.
    expect(findings(RULE, 'desk.txt').some((f) => f.line === expectedSpan(desk, 'The regional governor').line)).toBe(false);
    const sourced = desk.replace('leaked chlorine into the Mersa river on Saturday.', 'leaked chlorine into the Mersa river on Saturday, the environment agency said.');
    const again = (await lint({ 'desk.txt': sourced, 'wire.txt': wire })).findings(RULE, 'desk.txt');
    expect(again.some((f) => f.line === expectedSpan(sourced, 'The Lakeside').line)).toBe(false);
  });

  it('needs the same claim: an unrelated hedged sentence elsewhere is not a reason', async () => {
    const other = ` date 2025-08-03 Fishermen downstream are believed to have lost a week of work after the spring floods.
`;
    expect((await lint({ 'desk.txt': desk, 'fishing.txt': other })).findings(RULE)).toEqual([]);
  });

  it('is off when configured off, and an inline comment suppresses it in Markdown', async () => {
    expect((await lint({ 'desk.txt': desk, 'wire.txt': wire }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
    const md = `---
date: 2025-08-04
---

<!-- briefcheck-disable-next-line unconfirmed-as-fact -- confirmed by our reporter at the scene -->
The Lakeside chemical plant leaked chlorine into the Mersa river on Saturday.
`;
    expect((await lint({ 'desk.md': md, 'wire.txt': wire })).findings(RULE)).toEqual([]);
    const control = md.replace(/<!--.*-->\n/, '');
    expect((await lint({ 'desk.md': control, 'wire.txt': wire })).findings(RULE).map((f) => [f.path, f.line])).toEqual([['desk.md', 5]]);
  });
});
