// The benchmark generator: deterministic, the asked number of files, every
// style present, news-sized articles, conflicts that are really in the text.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GenerateResult } from '../../bench/generate.js';

const dirs: string[] = [];
function corpus(n: number, seed = 1): { dir: string; result: GenerateResult; files: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'bc-gen-test-'));
  dirs.push(dir);
  const result = generateCorpus(dir, n, seed);
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) files.set(name, readFileSync(join(dir, name), 'utf8'));
  return { dir, result, files };
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function digest(files: Map<string, string>): string {
  const h = createHash('sha256');
  for (const [name, text] of files) h.update(name + '\0' + text + '\0');
  return h.digest('hex');
}

const big = corpus(400);

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed and different bytes for another seed', () => {
    const a = corpus(37, 7);
    const b = corpus(37, 7);
    const c = corpus(37, 8);
    expect(digest(a.files)).toBe(digest(b.files));
    expect(digest(a.files)).not.toBe(digest(c.files));
    expect(a.result.bytes).toBe(b.result.bytes);
  });

  it('writes exactly the number of files asked for and reports their bytes', () => {
    const small = corpus(37, 7);
    expect(small.files.size).toBe(37);
    expect(small.result.files).toBe(37);
    let bytes = 0;
    for (const text of small.files.values()) bytes += Buffer.byteLength(text);
    expect(small.result.bytes).toBe(bytes);
    expect(big.files.size).toBe(400);
  });

  it('makes a smaller corpus the start of a larger one with the same seed', () => {
    const small = corpus(60);
    // all but the last cluster, which the smaller corpus may cut short
    const lastCluster = [...small.files.keys()].pop()!.slice(0, 5);
    for (const [name, text] of small.files) {
      if (name.startsWith(lastCluster)) continue;
      expect(big.files.get(name), name).toBe(text);
    }
  });

  it('groups articles in clusters of 2 to 6 on the same event', () => {
    const sizes = new Map<string, number>();
    for (const name of big.files.keys()) sizes.set(name.slice(0, 5), (sizes.get(name.slice(0, 5)) ?? 0) + 1);
    const counts = [...sizes.values()].slice(0, -1);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(big.result.clusters).toBe(sizes.size);
  });

  it('mixes the file styles: dated text, wire datelines, front matter, briefs, releases', () => {
    const texts = [...big.files.entries()];
    const dated = texts.filter(([n, t]) => n.endsWith('.txt') && /^\uFEFF? date \d{4}-\d{2}-\d{2}/.test(t));
    const wire = texts.filter(([, t]) => /^[A-Z][A-Z' .-]+, [A-Z][a-z]+ \d{1,2}(, \d{4})? \([^)]+\) (-|--|—) \S/m.test(t));
    const md = texts.filter(([n, t]) => n.endsWith('.md') && /^\uFEFF?---\r?\ntitle: ".+"\r?\ndate: \d{4}-\d{2}-\d{2}\r?\nsource: ".+"/.test(t));
    const briefs = texts.filter(([, t]) => t.includes('## Summary') && /\n- \S/.test(t));
    const releases = texts.filter(([, t]) => t.includes('FOR IMMEDIATE RELEASE'));
    expect(dated.length).toBeGreaterThan(60);
    expect(wire.length).toBeGreaterThan(40);
    expect(md.length).toBeGreaterThan(60);
    expect(briefs.length).toBeGreaterThan(5);
    expect(releases.length).toBeGreaterThan(5);
  });

  it('writes news-sized articles of 6 to 15 paragraphs with no template debris', () => {
    const sizes = [...big.files.values()].map((t) => Buffer.byteLength(t));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(1800);
    expect(mean).toBeLessThan(3200);
    expect(Math.max(...sizes)).toBeLessThan(6000);
    for (const [name, text] of big.files) {
      expect(text, name).not.toMatch(/[\u0001\u0002{}]|undefined|NaN|\s\s[.,]| ,/);
      if (/^ date /.test(text) && !text.includes('FOR IMMEDIATE')) {
        const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('date '));
        expect(paragraphs.length, name).toBeGreaterThanOrEqual(6);
        expect(paragraphs.length, name).toBeLessThanOrEqual(16); // + an optional headline
      }
    }
    expect(new Set(big.files.values()).size).toBe(big.files.size);
  });

  it('uses a vocabulary that grows with the corpus, as real news does', () => {
    const namesIn = (texts: string[]) => {
      const set = new Set<string>();
      for (const t of texts) for (const m of t.matchAll(/\b[A-Z][a-z]{3,}\b/g)) set.add(m[0]);
      return set.size;
    };
    const texts = [...big.files.values()];
    expect(namesIn(texts)).toBeGreaterThan(namesIn(texts.slice(0, 100)) * 2.2);
  });

  it('varies attribution and certainty', () => {
    const all = [...big.files.values()].join('\n');
    for (const cue of [/ said\b/, /\baccording to\b/i, /told [A-Z]/, /on condition of anonymity|familiar with the matter|asked not to be named/, /\b(is|are) (thought|believed|understood) to have\b/, /\bdeclined to confirm\b|\bcould not be independently verified\b/, /\bdenied that\b|\brejected reports\b/, /"[A-Z][^"]+," /, /\b(yesterday|last week|last month|on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/, /\b(two|three|four|five|six|seven|eight|nine)\b/, /\d{1,3},\d{3}/, / percent|%| per cent/]) {
      expect(all).toMatch(cue);
    }
  });

  it('plants each kind of conflict between two articles of one cluster, visibly', () => {
    const planted = big.result.planted;
    const types = new Set(planted.map((p) => p.type));
    expect([...types].sort()).toEqual(['certainty', 'date', 'number', 'quote', 'spelling', 'title']);
    for (const p of planted) {
      expect(big.files.has(p.files[0]), p.files[0]).toBe(true);
      expect(big.files.has(p.files[1]), p.files[1]).toBe(true);
      expect(p.files[0].slice(0, 5)).toBe(p.files[1].slice(0, 5));
      expect(p.files[0]).not.toBe(p.files[1]);
      if (p.type === 'spelling') {
        const [, original, variant] = /"(.+)" vs "(.+)"/.exec(p.detail)!;
        expect(big.files.get(p.files[1])).toContain(variant);
        const word = new RegExp(`(^|[^\\p{L}])${original}([^\\p{L}]|$)`, 'u');
        if (!variant!.includes(original!)) expect(big.files.get(p.files[1])).not.toMatch(word);
        expect(big.files.get(p.files[0])).toContain(original);
      }
      if (p.type === 'certainty') expect(p.detail).toMatch(/^main fact (asserted|named) vs (hedged|unconfirmed|denied)$/);
    }
  });
});
