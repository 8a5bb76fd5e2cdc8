import { afterAll, describe, expect, it } from 'vitest';
import { expectedSpan, lint, removeCorpora, ruleConfig, span } from '../tests/e2e/support/corpus.js';

const RULE = 'conflicting-attribution';
afterAll(removeCorpora);

const monday = ` date 2025-01-20 VALDORA - The council approved the transport budget on Monday.

"This budget is a betrayal of every family that rides the bus," transport commissioner Elena Ruiz said.

"Not a single depot has closed in ten years," said Marta Quill, the head of the bus operator.

Finance Director Omar Haddad defended the cuts as the only way to balance the books.
`;

const tuesday = ` date 2025-01-21 The council approved the transport budget on Monday.

"This budget is a betrayal of every family that rides the bus," Elena Ruiz, the transport commissioner, said.

"Not a single depot has closed in ten years," said Luis Ortega, the deputy mayor.

Deputy Finance Director Omar Haddad defended the cuts as the only way to balance the books.
`;

describe(RULE, () => {
  it('flags the same quote put in different mouths, at the source, in both articles', async () => {
    const { findings } = await lint({ 'monday.txt': monday, 'tuesday.txt': tuesday });
    const here = findings(RULE, 'monday.txt').find((f) => f.line === expectedSpan(monday, '"Not a single').line)!;
    expect(span(here)).toEqual(expectedSpan(monday, 'Marta Quill, the head of the bus operator'));
    expect(here.severity).toBe('warning');
    expect(here.message).toBe('Here this is said by "Marta Quill, the head of the bus operat…", but tuesday.txt puts it in the mouth of "Luis Ortega, the deputy mayor".');
    const other = expectedSpan(tuesday, 'Luis Ortega, the deputy mayor');
    expect(here.related.map((r) => ({ path: r.path, line: r.line, column: r.column, endColumn: r.endColumn }))).toEqual([
      { path: 'tuesday.txt', line: other.line, column: other.column, endColumn: other.endColumn },
    ]);
    const there = findings(RULE, 'tuesday.txt').find((f) => f.line === other.line)!;
    expect(span(there)).toEqual(other);
    expect(there.related[0]).toMatchObject({ path: 'monday.txt', line: expectedSpan(monday, 'Marta Quill').line, column: expectedSpan(monday, 'Marta Quill').column });
  });

  it('sees the same person behind "title Name said" and "Name, the title, said"', async () => {
    const { findings } = await lint({ 'monday.txt': monday, 'tuesday.txt': tuesday });
    const quoteLine = expectedSpan(monday, '"This budget').line;
    expect(findings(RULE).some((f) => f.line === quoteLine)).toBe(false);
  });

  it('flags a person given a different title in another article, at the title', async () => {
    const { findings } = await lint({ 'monday.txt': monday, 'tuesday.txt': tuesday });
    const here = findings(RULE, 'monday.txt').find((f) => f.message.startsWith('Omar Haddad'))!;
    expect(here).toBeDefined();
    expect(span(here)).toEqual(expectedSpan(monday, 'Finance Director'));
    expect(here.message).toBe('Omar Haddad is called "Finance Director" here, but "Deputy Finance Director" in tuesday.txt.');
    // A changed title is often a promotion: reported below the rule's warning level.
    expect(here.severity).toBe('info');
    expect(here.related.map((r) => [r.path, r.line, r.column])).toEqual([['tuesday.txt', expectedSpan(tuesday, 'Deputy Finance Director').line, 1]]);
    const there = findings(RULE, 'tuesday.txt').find((f) => f.message.startsWith('Omar Haddad'))!;
    expect(span(there)).toEqual(expectedSpan(tuesday, 'Deputy Finance Director'));
  });

  it('treats titles that differ only in case or a leading article as the same, and lists every other title', async () => {
    const a = ` date 2025-01-20 Finance Director Omar Haddad defended the cuts as the only way to balance the books.
`;
    const b = ` date 2025-01-20 The finance director Omar Haddad defended the cuts as the only way to balance the books.
`;
    const c = ` date 2025-01-20 Deputy Finance Director Omar Haddad defended the cuts as the only way to balance the books.
`;
    const { findings } = await lint({ 'a.txt': a, 'b.txt': b, 'c.txt': c });
    // a and b agree with each other; each disagrees only with c.
    expect(findings(RULE, 'a.txt').map((f) => f.related.map((r) => r.path))).toEqual([['c.txt']]);
    expect(findings(RULE, 'b.txt').map((f) => f.related.map((r) => r.path))).toEqual([['c.txt']]);
    expect(span(findings(RULE, 'b.txt')[0]!)).toEqual(expectedSpan(b, 'finance director'));
    const fromC = findings(RULE, 'c.txt');
    expect(fromC).toHaveLength(1);
    expect(fromC[0]!.related.map((r) => [r.path, r.line, r.column])).toEqual([
      ['a.txt', 1, expectedSpan(a, 'Finance Director').column],
      ['b.txt', 1, expectedSpan(b, 'finance director').column],
    ]);
  });

  it('tells one office from another by the word before the head, and a fuller title from another title', async () => {
    const a = ` date 2025-03-03 Chief operating officer Lena Ruiz said the outage was fixed. Health minister Ivo Brand visited the site.
`;
    const b = ` date 2025-03-03 Chief technology officer Lena Ruiz said the outage was fixed. The minister, Ivo Brand, visited the site.
`;
    const { findings } = await lint({ 'a.txt': a, 'b.txt': b });
    const titles = findings(RULE, 'a.txt').filter((f) => f.severity === 'info');
    // "operating" / "technology" officer: two offices. "Health minister" / "minister": the same one, said more fully.
    expect(titles.map((f) => f.message)).toEqual(['Lena Ruiz is called "Chief operating officer" here, but "Chief technology officer" in b.txt.']);
    expect(span(titles[0]!)).toEqual(expectedSpan(a, 'Chief operating officer'));
  });

  it('titles: false reports only statements in different mouths', async () => {
    const found = (await lint({ 'monday.txt': monday, 'tuesday.txt': tuesday }, ruleConfig(RULE, 'warning', { titles: false }))).findings(RULE);
    expect(found.some((f) => f.message.startsWith('Omar Haddad'))).toBe(false);
    expect(found.map((f) => [f.path, f.line])).toEqual([
      ['monday.txt', expectedSpan(monday, '"Not a single').line],
      ['tuesday.txt', expectedSpan(tuesday, '"Not a single').line],
    ]);
  });

  it('can be turned off and suppressed inline', async () => {
    expect((await lint({ 'monday.txt': monday, 'tuesday.txt': tuesday }, ruleConfig(RULE, 'off'))).findings(RULE)).toEqual([]);
    const md = `---
date: 2025-01-21
---

<!-- briefcheck-disable-next-line conflicting-attribution -- both said it, on different days -->
"Not a single depot has closed in ten years," said Luis Ortega, the deputy mayor.
`;
    expect((await lint({ 'monday.txt': monday, 'tuesday.md': md }, ruleConfig(RULE, 'warning', { titles: false }))).findings(RULE, 'tuesday.md')).toEqual([]);
  });
});
