// Issue 8: no input may make briefcheck hang. The Markdown masks and the
// suppression comments used regexes that rescanned to the end of the line (or
// file) from every start: a line of 20,000 "![" took 2 s, of 1 MB would take
// hours. They are scanners now; this test holds them to the old results on
// random input (the old regexes, kept here as the oracle) and to linear time
// on the inputs that used to blow up.
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/types.js';
import { articleFromText } from '../../src/load/article.js';
import { findDirectives } from '../../src/load/directives.js';
import { markdownLayout } from '../../src/load/markdown-mask.js';
import { extractArticle } from '../../src/extract/index.js';
import { Random } from './support/articles.js';

// --- the previous implementation, as the oracle (correct, but quadratic) ---
const OLD = {
  FENCE: /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm,
  HTML_COMMENT: /<!--[\s\S]*?-->/g,
  HEADING: /^([ \t]{0,3}#{1,6}[ \t]+)([^\n]*?)[ \t#]*$/gm,
  BLOCK_MARKER: /^[ \t]*(?:>[ \t]?)+|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm,
  THEMATIC_BREAK: /^[ \t]*(?:[-*_][ \t]*){3,}$/gm,
  IMAGE: /!\[[^\]\n]*\]\([^)\n]*\)/g,
  LINK: /(\[)[^\]\n]*(\]\([^)\n]*\))/g,
  HTML_TAG: /<\/?[A-Za-z][^<>\n]*>/g,
  EMPHASIS: /\*\*|__|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])|`/gu,
  HTML_DIRECTIVE: /<!--\s*briefcheck-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g,
  TEXT_DIRECTIVE: /^[ \t]*(?:#|\/\/)?[ \t]*briefcheck-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)$/gm,
};

function collect(pattern: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else each(m);
  }
}

function oldLayout(text: string, from: number): { masks: Span[]; headings: Span[] } {
  const body = text.slice(from);
  const masks: Span[] = [];
  const headings: Span[] = [];
  const add = (start: number, end: number) => masks.push({ start: from + start, end: from + end });
  collect(OLD.FENCE, body, (m) => add(m.index, m.index + m[0].length));
  collect(OLD.HTML_COMMENT, body, (m) => add(m.index, m.index + m[0].length));
  collect(OLD.HEADING, body, (m) => {
    add(m.index, m.index + m[1]!.length);
    const start = m.index + m[1]!.length;
    headings.push({ start: from + start, end: from + start + m[2]!.length });
  });
  collect(OLD.THEMATIC_BREAK, body, (m) => add(m.index, m.index + m[0].length));
  collect(OLD.BLOCK_MARKER, body, (m) => add(m.index, m.index + m[0].length));
  collect(OLD.IMAGE, body, (m) => add(m.index, m.index + m[0].length));
  collect(OLD.LINK, body, (m) => {
    add(m.index, m.index + 1);
    const close = m.index + m[0].length - m[2]!.length;
    add(close, m.index + m[0].length);
  });
  collect(OLD.HTML_TAG, body, (m) => add(m.index, m.index + m[0].length));
  collect(OLD.EMPHASIS, body, (m) => add(m.index, m.index + m[0].length));
  return { masks, headings };
}

function oldDirectives(text: string, format: 'text' | 'markdown'): Array<{ kind: string; rules: string[]; span: Span }> {
  if (!text.includes('briefcheck-')) return [];
  const out: Array<{ kind: string; rules: string[]; span: Span }> = [];
  const ruleList = (raw: string) => (raw.split(/\s--\s|\s--$/)[0] ?? '').split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  for (const pattern of format === 'markdown' ? [OLD.HTML_DIRECTIVE] : [OLD.HTML_DIRECTIVE, OLD.TEXT_DIRECTIVE]) {
    collect(pattern, text, (m) => out.push({ kind: m[1]!, rules: ruleList(m[2] ?? ''), span: { start: m.index, end: m.index + m[0].length } }));
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out.filter((d, i) => i === 0 || d.span.start >= out[i - 1]!.span.end);
}

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const PIECES = ['[', ']', '(', ')', '![', '](', 'a', 'b c', ' ', '\t', '\n', '\r\n', '\r', '#', '# ', '## x ##', '<!--', '-->', '<b>', '</i>', '*', '**', '_', '`', '```\n', '~~~', '> ', '- ', '1. ', '---', 'briefcheck-disable-next-line', 'briefcheck-enable', '<!-- briefcheck-disable a, b -- why -->', '// ', 'x-y', 'é', '🌊'];

function randomMarkdown(r: Random): string {
  let s = '';
  for (let i = r.int(1, 60); i > 0; i--) s += r.pick(PIECES);
  return s;
}

describe('Markdown masks and suppression comments: same results as before, in linear time', () => {
  it('match the previous regexes on 4,000 random inputs', () => {
    const r = new Random(8);
    for (let i = 0; i < 4000; i++) {
      const text = randomMarkdown(r);
      const from = r.int(0, 3) === 0 ? r.int(0, text.length) : 0;
      const got = markdownLayout(text, from);
      const want = oldLayout(text, from);
      expect([...got.masks].sort(byStart), JSON.stringify(text)).toEqual([...want.masks].sort(byStart));
      expect(got.headings, JSON.stringify(text)).toEqual(want.headings);
      for (const format of ['text', 'markdown'] as const) {
        const mine = findDirectives(text, format, () => 1).map((d) => ({ kind: d.kind, rules: d.rules, span: d.span }));
        expect(mine, `${format} ${JSON.stringify(text)}`).toEqual(oldDirectives(text, format));
      }
    }
  });

  const N = 200_000;
  const cases: Array<[string, string]> = [
    ['a line of "["', '['.repeat(N)],
    ['a line of "!["', '!['.repeat(N / 2)],
    ['a line of "[a]("', '[a]('.repeat(N / 4)],
    ['unclosed comments', '<!--'.repeat(N / 4)],
    ['a heading with a long tail of spaces', `# x${' '.repeat(N)}#x`],
    ['unclosed suppression comments', '<!-- briefcheck-disable '.repeat(N / 24)],
    ['a long line of spaces in a file with a directive', `${' '.repeat(N)}x\nbriefcheck-enable\n`],
    ['a line of "<a"', '<a'.repeat(N / 2)],
    ['unclosed fences', '```\n'.repeat(N / 4)],
  ];
  for (const [name, text] of cases) {
    it(`${name} (${(text.length / 1000).toFixed(0)} KB) is loaded in well under a second`, () => {
      const t0 = performance.now();
      markdownLayout(text, 0);
      findDirectives(text, 'text', () => 1);
      findDirectives(text, 'markdown', () => 1);
      const ms = performance.now() - t0;
      // Linear is a few milliseconds; the old regexes took minutes at this size.
      expect(ms).toBeLessThan(1000);
    });
  }

  it('a 100 KB Markdown file of unclosed brackets goes through the whole extraction', () => {
    const text = `---\ndate: 2023-01-02\n---\n${'[Harbour ![pier]( '.repeat(6000)}\n\nThe council said the pier would reopen.\n`;
    const t0 = performance.now();
    const claims = extractArticle(articleFromText('brackets.md', text));
    expect(performance.now() - t0).toBeLessThan(20_000);
    const last = claims.claims.at(-1)!;
    expect(last.text).toBe('The council said the pier would reopen.');
    expect(last.span.start).toBe(text.indexOf('The council'));
  });
});
