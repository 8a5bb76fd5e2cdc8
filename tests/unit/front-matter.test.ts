// The YAML-free reading of flat front matter (src/load/header.ts) must give
// exactly what the YAML parser gives, or step aside and let it decide.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFrontMatter, simpleFrontMatter } from '../../src/load/header.js';

const yaml = (source: string) => parse(source) ?? {};

// Front matter a newsroom writes every day: read without the parser.
const EVERYDAY = [
  'title: Port strike enters second week\ndate: 2024-03-18\nsource: Harbour Gazette',
  'title: "Council votes, then votes again"\ndate: 2023-11-02',
  "title: 'Mayor: the budget is \"balanced\"'\nurl: https://example.org/a/b?c=d#frag",
  'date: 2022-07-01   \r\nsource: Coastal Wire\r\n',
  '\ntitle: A title with a colon:inside and a hash#tag\n\n',
  'title: Water rates rise 4% from July\nauthor:\nslug: water-rates',
  'title: Ökonomen erwarten 3,5 Prozent Wachstum\ndate: 2021-01-05',
  'title: 12:30 deadline passes\nsource: Agence [Wire] {desk}',
  'Title: capital T key\nsub_title: under_score\nkicker-line: dashed key',
];

// What only a real YAML parser gets right: the fast path must refuse these.
const FOR_THE_PARSER = [
  'count: 42',
  'date: 2024-03-18\ndate: 2024-03-19',
  'flag: true',
  'none: ~',
  'none: Null',
  'ratio: .5',
  'hex: 0x1F',
  'tags:\n  - a\n  - b',
  'title: "escaped \\" quote"',
  "title: 'it''s'",
  'title: trailing # comment',
  'title: a: b',
  'title: folded\n  continuation',
  'title: |\n  block',
  'title: &anchor value',
  'title: *alias',
  'title: !tag value',
  '- just a list',
  'title:\tafter a tab',
  'title: nbsp\u00a0line\n\u00a0',
  'title: lone\rcarriage',
  '__proto__: x',
  'title: [flow, list]',
  'title: -dash start',
  '# only a comment',
];

describe('front matter without the YAML parser', () => {
  it('reads everyday flat front matter, exactly as YAML does', () => {
    for (const source of EVERYDAY) {
      const fast = simpleFrontMatter(source);
      expect(fast, source).toBeDefined();
      expect(fast, source).toEqual(yaml(source));
    }
  });

  it('hands anything else to the parser', () => {
    for (const source of FOR_THE_PARSER) expect(simpleFrontMatter(source), source).toBeUndefined();
  });

  it('gives the same article metadata and problems either way', () => {
    const article = '---\ntitle: "Dockers walk out"\ndate: 2024-03-18\nsource: Harbour Gazette\n---\n\nDockers walked out on Monday.\n';
    const header = readFrontMatter(article)!;
    expect(header.meta).toEqual({ title: 'Dockers walk out', date: '2024-03-18', dateOrigin: 'front-matter', source: 'Harbour Gazette' });
    expect(header.span).toEqual({ start: 0, end: article.indexOf('\n\nDockers') + 1 });
    const bad = readFrontMatter('---\ndate: 2024-02-30\n---\nText.\n')!;
    expect(bad.problems.map((p) => [p.message, p.span])).toEqual([['front matter date "2024-02-30" is not a valid calendar date (YYYY-MM-DD)', { start: 4, end: 8 }]]);
    // Through the parser: a number where text was expected is still read as text.
    expect(readFrontMatter('---\nsource: 1843\n---\n')!.meta).toEqual({ source: '1843' });
  });
});
