import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/load/article.js';
import { computeLineStarts, pointAt } from '../../src/load/line-index.js';
import { splitSentences } from '../../src/parse/sentences.js';
import { findDirectives } from '../../src/load/directives.js';

describe('load: datelines and front matter', () => {
  it('reads a dateline followed by body text on the same line', () => {
    const text = ' date 2022-03-04 Flooding closed the coastal road. Crews worked overnight.';
    const a = articleFromText('a.txt', text);
    expect(a.meta.date).toBe('2022-03-04');
    const sentences = splitSentences(a).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['Flooding closed the coastal road.', 'Crews worked overnight.']);
  });

  it('reports an impossible dateline date and keeps the article undated', () => {
    const a = articleFromText('a.txt', ' date 2021-13-45\n\nText.');
    expect(a.meta.date).toBeUndefined();
    expect(a.problems[0]!.message).toMatch(/not a valid calendar date/);
  });

  it('reads Markdown front matter and masks markup without moving offsets', () => {
    const text = '---\ndate: 2023-06-01\nsource: Harbour Gazette\ntitle: Strike\n---\n# Port strike ends\n\nDock workers **returned** to work, the [union](http://x.example) said.\n';
    const a = articleFromText('b.md', text);
    expect(a.meta).toMatchObject({ date: '2023-06-01', source: 'Harbour Gazette', title: 'Strike', dateOrigin: 'front-matter' });
    const sentences = splitSentences(a);
    const body = sentences.map((s) => text.slice(s.start, s.end));
    expect(body[0]).toBe('Port strike ends');
    expect(body[1]).toContain('Dock workers **returned** to work');
    expect(a.headings).toHaveLength(1);
  });

  it('reports broken front matter with its line', () => {
    const a = articleFromText('c.md', '---\ndate: [2023\n---\nBody.');
    expect(a.problems[0]!.message).toMatch(/front matter is not valid YAML/);
  });

  it('uses --date only for undated articles', () => {
    expect(articleFromText('a.txt', 'No dateline here.', { date: '2020-01-02' }).meta).toMatchObject({ date: '2020-01-02', dateOrigin: 'option' });
    expect(articleFromText('a.txt', ' date 2021-05-06\nText.', { date: '2020-01-02' }).meta.date).toBe('2021-05-06');
  });
});

describe('load: positions', () => {
  it('maps offsets to 1-based line/column for LF, CRLF and CR', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `one${nl}two${nl}three`;
      const starts = computeLineStarts(text);
      expect(pointAt(starts, text.indexOf('three'))).toEqual({ line: 3, column: 1 });
      expect(pointAt(starts, text.indexOf('wo'))).toEqual({ line: 2, column: 2 });
    }
  });

  it('finds suppression directives with rules and reasons', () => {
    const text = 'a\n<!-- briefcheck-disable-next-line hedged-claim, anonymous-source -- quoted verbatim -->\nb';
    const d = findDirectives(text, 'markdown', (o) => pointAt(computeLineStarts(text), o).line);
    expect(d).toEqual([expect.objectContaining({ kind: 'disable-next-line', rules: ['hedged-claim', 'anonymous-source'], line: 2 })]);
  });
});
