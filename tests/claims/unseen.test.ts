// Checks the second held-out claim set (unseen/) as DATA only: it never runs the
// extractor. The set was written blind (see unseen/README.md), so these tests only make
// sure the labels are well formed, the set is kept apart from set/ and heldout/, and the
// classes are balanced enough for per-class scores to mean something.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CERTAINTIES, KINDS, REASONS, SET_DIR, loadSet, locate, stats, validate, type LabelledArticle } from './dataset.js';

const UNSEEN_DIR = join(dirname(SET_DIR), 'unseen');
const unseen = loadSet(UNSEEN_DIR);
const tuning = loadSet(SET_DIR);
const heldout = loadSet(join(dirname(SET_DIR), 'heldout'));

const sentencesOf = (articles: LabelledArticle[]): string[] => articles.flatMap((a) => a.sentences.map((s) => s.text.trim()));

describe('unseen claim set: well formed', () => {
  it('is split into 6 to 9 files by register', () => {
    const files = readdirSync(UNSEEN_DIR).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.length).toBeLessThanOrEqual(9);
    expect(new Set(unseen.map((a) => a.file)).size).toBe(files.length);
  });

  it('finds every labelled sentence in its article, in order, without overlaps', () => {
    const problems: string[] = [];
    for (const a of unseen) {
      let prevEnd = -1;
      locate(a).forEach((s, i) => {
        if (s.start === -1) problems.push(`${a.id} sentence ${i + 1}: not found after the previous one`);
        else if (s.start < prevEnd) problems.push(`${a.id} sentence ${i + 1}: overlaps the previous one`);
        else prevEnd = s.end;
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has valid labels, sources present in the text and nothing left unlabelled', () => {
    const problems = unseen.flatMap(validate);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('locates every source, and a stated source span holds exactly the source text', () => {
    for (const a of unseen) {
      for (const s of locate(a)) {
        if (s.source === null) {
          expect(s.sourceSpan, `${a.id}: ${s.text}`).toBeNull();
          continue;
        }
        expect(s.sourceSpan, `${a.id}: source "${s.source}" not found`).not.toBeNull();
        expect(a.text.slice(s.sourceSpan!.start, s.sourceSpan!.end)).toBe(s.source);
      }
    }
  });

  it('uses both formats, and markdown articles carry front matter', () => {
    const markdown = unseen.filter((a) => a.format === 'markdown');
    expect(markdown.length).toBeGreaterThanOrEqual(5);
    expect(unseen.length - markdown.length).toBeGreaterThanOrEqual(30);
    for (const a of markdown) expect(a.text.startsWith('---\n'), a.id).toBe(true);
  });
});

describe('unseen claim set: kept apart from the other sets', () => {
  it('has article ids unique within itself and unused by set/ and heldout/', () => {
    const ids = unseen.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const others = new Set([...tuning, ...heldout].map((a) => a.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  it('shares no sentence with set/ or heldout/', () => {
    // Short stock lines ("PRESS RELEASE", "What we know") may recur; real sentences must not.
    const others = new Set([...sentencesOf(tuning), ...sentencesOf(heldout)]);
    const shared = sentencesOf(unseen).filter((t) => t.length > 30 && others.has(t));
    expect(shared).toEqual([]);
  });

  it('repeats no real sentence within itself', () => {
    const texts = sentencesOf(unseen).filter((t) => t.length > 30);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});

describe('unseen claim set: size and balance', () => {
  const st = stats(unseen);

  it('has at least 250 sentences in at least 50 articles', () => {
    console.log(`unseen claim set: ${JSON.stringify(st, null, 1)}`);
    expect(st.sentences).toBeGreaterThanOrEqual(250);
    expect(st.articles).toBeGreaterThanOrEqual(50);
  });

  it('has at least 20 sentences of every certainty class and attribution kind', () => {
    for (const c of CERTAINTIES) expect(st.certainty[c], `certainty ${c}`).toBeGreaterThanOrEqual(20);
    for (const k of KINDS) expect(st.attribution[k], `attribution ${k}`).toBeGreaterThanOrEqual(20);
  });

  it('has at least 15 non-claims of every reason and 50 in all', () => {
    const byReason = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<(typeof REASONS)[number], number>;
    for (const a of unseen) for (const s of a.sentences) if (!s.claim && s.reason !== null) byReason[s.reason]++;
    for (const r of REASONS) expect(byReason[r], `reason ${r}`).toBeGreaterThanOrEqual(15);
    expect(st.notClaim).toBeGreaterThanOrEqual(50);
  });

  it('exercises carried-over, pronoun and source-after-clause attributions', () => {
    expect(st.inherited).toBeGreaterThanOrEqual(15);
    expect(st.pronounSources).toBeGreaterThanOrEqual(10);
    expect(st.sourceAfterClause).toBeGreaterThanOrEqual(20);
    expect(st.longCueAtEnd).toBeGreaterThanOrEqual(10);
    // Realism: plain background is a real share of news text.
    expect(st.certainty.asserted / st.sentences).toBeGreaterThan(0.15);
  });
});
