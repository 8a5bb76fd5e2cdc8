import { afterAll, describe, expect, it } from 'vitest';
import { expectedSpan, lint, removeCorpora, ruleConfig, span } from '../tests/e2e/support/corpus.js';

const RULE = 'contradicted-claim';
afterAll(removeCorpora);

const council = ` date 2025-01-20 VALDORA - Mayor Ines Calder approved the sale of the municipal water company to a private consortium.

The copper mine at Rio Seco reopened after the strike, the company said.

The national airline cancelled all flights to the island on Friday.
`;

const reply = ` date 2025-01-21 A spokesperson for Mayor Ines Calder denied that the sale of the municipal water company to a private consortium had been approved.

The copper mine at Rio Seco has not reopened after the strike, union officials said.

The national airline cancelled all flights to the island on Friday, the transport ministry said.
`;

describe(RULE, () => {
  it('flags a claim another article reports as denied, over the claim, with the denial as related location', async () => {
    const found = (await lint({ 'council.txt': council, 'reply.txt': reply })).findings(RULE, 'council.txt');
    const sale = found.find((f) => f.line === 1)!;
    expect(span(sale)).toEqual(expectedSpan(council, 'VALDORA - Mayor Ines Calder approved the sale of the municipal water company to a private consortium.'));
    expect(sale.severity).toBe('warning');
    expect(sale.message).toBe('reply.txt reports a denial ("denied") of this claim.');
    expect(sale.related.map((r) => [r.path, r.line, r.column])).toEqual([['reply.txt', 1, expectedSpan(reply, 'A spokesperson').column]]);
    expect(sale.related[0]!.excerpt.startsWith('A spokesperson for Mayor Ines Calder denied')).toBe(true);
  });

  it('flags a claim another article negates ("reopened" / "has not reopened")', async () => {
    const found = (await lint({ 'council.txt': council, 'reply.txt': reply })).findings(RULE, 'council.txt');
    const mine = found.find((f) => f.line === expectedSpan(council, 'The copper mine').line)!;
    expect(mine).toBeDefined();
    expect(span(mine)).toEqual(expectedSpan(council, 'The copper mine at Rio Seco reopened after the strike, the company said.'));
    expect(mine.message).toBe('reply.txt says the opposite of this claim.');
    expect(mine.related.map((r) => [r.path, r.line])).toEqual([['reply.txt', expectedSpan(reply, 'The copper mine').line]]);
  });

  it('flags opposite verbs ("close" / "keep … open") as saying the opposite', async () => {
    const a = ` date 2025-03-02 The city council voted on Thursday to close the public library in Harrow Street, the mayor's office said.
`;
    const b = `---
date: 2025-03-03
source: Harrow Weekly
---

The city council voted on Thursday to keep the public library in Harrow Street open.
`;
    // Opposite words contradict both ways: each article gets the finding, pointing at the other.
    const found = (await lint({ 'a.txt': a, 'b.md': b })).all().filter((f) => f.ruleId === RULE);
    expect(found.map((f) => f.path).sort()).toEqual(['a.txt', 'b.md']);
    for (const f of found) {
      expect(f.message).toMatch(/^(?:a\.txt|b\.md) says the opposite \(.+\) of this claim\.$/);
      const other = f.path === 'a.txt' ? { path: 'b.md', line: 6 } : { path: 'a.txt', line: 1 };
      expect(f.related.map((r) => ({ path: r.path, line: r.line }))).toEqual([other]);
    }
  });

  it('does not report in the article that carries the denial, nor on claims both articles agree on', async () => {
    const { findings } = await lint({ 'council.txt': council, 'reply.txt': reply });
    expect(findings(RULE, 'reply.txt').some((f) => f.line === 1)).toBe(false);
    expect(findings(RULE, 'council.txt').some((f) => f.line === expectedSpan(council, 'The national airline').line)).toBe(false);
  });

  it('needs the same claim: a denial of something else does not contradict', async () => {
    const other = ` date 2025-01-21 The harbour master denied that the ferry to the island had been overloaded.
`;
    expect((await lint({ 'council.txt': council, 'harbour.txt': other })).findings(RULE)).toEqual([]);
  });

  it('takes the level from config and is suppressed inline', async () => {
    const asError = (await lint({ 'council.txt': council, 'reply.txt': reply }, ruleConfig(RULE, 'error'))).findings(RULE);
    expect(asError.length).toBeGreaterThanOrEqual(2);
    expect(asError.every((f) => f.severity === 'error')).toBe(true);
    expect((await lint({ 'council.txt': council, 'reply.txt': reply }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
    const md = `---
date: 2025-01-20
---

<!-- briefcheck-disable-next-line contradicted-claim -- the denial came before the signed decree -->
Mayor Ines Calder approved the sale of the municipal water company to a private consortium.
`;
    expect((await lint({ 'council.md': md, 'reply.txt': reply })).findings(RULE)).toEqual([]);
    const control = md.replace(/<!--.*-->\n/, '');
    expect((await lint({ 'council.md': control, 'reply.txt': reply })).findings(RULE).map((f) => [f.path, f.line])).toEqual([['council.md', 5]]);
  });
});
