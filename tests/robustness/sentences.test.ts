// Issue 8, resource limits inside the parser: a big file is parsed in chunks
// cut at blank lines (one tree of 50 MB would take ~5 GB), and a "sentence"
// longer than MAX_SENTENCE_CHARS is cut into pieces. Chunking must not change
// a single sentence or paragraph number; cutting must keep every offset exact.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/load/article.js';
import { mendAbbreviations } from '../../src/parse/abbreviations.js';
import { capSentence, MAX_SENTENCE_CHARS, parseChunks, splitSentences } from '../../src/parse/sentences.js';
import { article, paragraph, Random } from './support/articles.js';

describe('parsing in chunks', () => {
  const endings: Array<[string, (t: string) => string]> = [
    ['LF', (t) => t],
    ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
    ['CR', (t) => t.replace(/\n/g, '\r')],
    ['blank lines with spaces', (t) => t.replace(/\n\n/g, '\n \t\n')],
  ];
  for (const [name, convert] of endings) {
    it(`gives the same sentences and paragraphs as one parse (${name})`, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const format = seed % 3 === 0 ? 'markdown' : 'text';
        const text = convert(article(seed, { paragraphs: 15 + (seed % 10), format }));
        const a = articleFromText(format === 'markdown' ? 'x.md' : 'x.txt', text);
        const whole = splitSentences(a, { chunkChars: 1e9 });
        expect(whole.length).toBeGreaterThan(5);
        // Chunks larger than any paragraph: every cut falls on a blank line.
        for (const chunkChars of [1600, 2400, 3200]) {
          if (chunkChars === 1600) expect(parseChunks(text, 0, text.length, chunkChars).length, `seed ${seed}`).toBeGreaterThan(1);
          expect(splitSentences(a, { chunkChars }), `seed ${seed}, chunks of ${chunkChars}`).toEqual(whole);
        }
      }
    });
  }

  it('a paragraph per line with no blank lines: cut at line ends, nothing changes', () => {
    const r = new Random(3);
    const text = `${Array.from({ length: 40 }, () => paragraph(r, 2)).join('\n')}\n`;
    const a = articleFromText('x.txt', text);
    const whole = splitSentences(a, { chunkChars: 1e9 });
    expect(new Set(whole.map((s) => s.paragraph)).size).toBeGreaterThan(30);
    expect(splitSentences(a, { chunkChars: 1500 })).toEqual(whole);
  });

  it('hard-wrapped text with no blank line: cut inside a sentence, paragraphs kept, text in order', () => {
    const r = new Random(4);
    const flat = Array.from({ length: 30 }, () => paragraph(r, 3)).join(' ');
    const text = flat.replace(/(.{60,70}) /g, '$1\n');
    const a = articleFromText('x.txt', text);
    const whole = splitSentences(a, { chunkChars: 1e9 });
    const chunked = splitSentences(a, { chunkChars: 1500 });
    expect(parseChunks(text, 0, text.length, 1500).some((c) => c.continues)).toBe(true);
    for (let i = 1; i < chunked.length; i++) expect(chunked[i]!.start).toBeGreaterThanOrEqual(chunked[i - 1]!.end);
    for (const s of chunked) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    // Only the sentences that straddle a cut differ.
    // Only the sentences that straddle a cut differ, and the others keep their paragraph numbers.
    const same = chunked.filter((s) => whole.some((w) => w.start === s.start && w.end === s.end && w.paragraph === s.paragraph)).length;
    expect(same).toBeGreaterThan(whole.length - 2 * Math.ceil(text.length / 1500));
  });

  it('chunks stay near the target size and cover the text exactly', () => {
    const text = 'word '.repeat(50_000);
    const chunks = parseChunks(text, 0, text.length, 10_000);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.start).toBe(chunks[i - 1]!.end);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(10_000);
    expect(chunks.length).toBeLessThan(60);
  });
});

describe('capping over-long sentences', () => {
  it('cuts at clause ends, never inside a word or a surrogate pair, and loses no text', () => {
    const r = new Random(11);
    const clause = () => `the ${r.pick(['mayor', 'union', 'court'])} said ${r.int(2, 900)} boats 🌊 were seen`;
    let long = '';
    while (long.length < 25_000) long += `${clause()}, `;
    long += 'end.';
    const pieces = capSentence(long, 0, long.length, 1000);
    expect(pieces.length).toBeGreaterThan(20);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(1000);
      const text = long.slice(p.start, p.end);
      expect(text).toBe(text.trim());
      expect(/[\uD800-\uDBFF]$/.test(text) || /^[\uDC00-\uDFFF]/.test(text)).toBe(false);
    }
    // Only whitespace falls between pieces.
    for (let i = 1; i < pieces.length; i++) expect(long.slice(pieces[i - 1]!.end, pieces[i]!.start).trim()).toBe('');
    expect(long.slice(pieces[0]!.start, pieces.at(-1)!.end).replace(/\s+/g, '')).toBe(long.replace(/\s+/g, ''));
  });

  it('cuts a run with no spaces at all at the limit', () => {
    const run = 'x'.repeat(10_500);
    expect(capSentence(run, 0, run.length, 4000)).toEqual([
      { start: 0, end: 4000 },
      { start: 4000, end: 8000 },
      { start: 8000, end: 10_500 },
    ]);
  });

  it('leaves real sentences whole, and a pathological one becomes claims with exact spans', () => {
    const r = new Random(5);
    const normal = article(7, { paragraphs: 5 });
    expect(splitSentences(articleFromText('n.txt', normal)).every((s) => s.end - s.start < MAX_SENTENCE_CHARS)).toBe(true);
    let run = '';
    while (run.length < 3 * MAX_SENTENCE_CHARS) run += `${paragraph(r, 1).replace(/[.?!]$/, '')}, `;
    const text = ` date 2022-01-01 ${run}\n\nThe ferry resumed service on Monday, the operator said.\n`;
    const slices = splitSentences(articleFromText('p.txt', text));
    expect(slices.length).toBeGreaterThanOrEqual(4);
    expect(slices.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(new Set(slices.slice(0, -1).map((s) => s.paragraph)).size).toBe(1);
    const last = slices.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe('The ferry resumed service on Monday, the operator said.');
    expect(last.paragraph).toBe(1);
  });

  it('mending "Dr." breaks never rebuilds a sentence past the cap', () => {
    // Pieces that each end in "Dr." before a capital: mending would join them all.
    const unit = 'Officials met Dr. ';
    const text = `${unit.repeat(2000)}Ab.`;
    const slices = [];
    for (let at = 0; at < text.length - 3; at += unit.length) slices.push({ start: at, end: at + unit.length - 1, paragraph: 0 });
    const mended = mendAbbreviations(slices, text);
    expect(mended.length).toBeLessThan(slices.length);
    for (const s of mended) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
