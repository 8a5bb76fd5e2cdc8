// The blind held-out clusters under unseen/ are data only: nobody tunes the
// engine against them and nothing here scores it. This test checks the data
// with the same validator the tuning corpus uses (fixtures.test.ts), pointed at
// unseen/ through the harness's loadCluster(dir, name), and checks that the set
// is big enough to measure every corpus rule.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_RULES, loadCluster, type Cluster } from './harness/fixtures.js';
import { validateCluster } from './harness/validate.js';

const UNSEEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'unseen');

function loadUnseen(): Cluster[] {
  return readdirSync(UNSEEN_DIR)
    .filter((name) => statSync(join(UNSEEN_DIR, name)).isDirectory())
    .sort()
    .map((name) => loadCluster(join(UNSEEN_DIR, name), name));
}

const clusters = loadUnseen();
const findings = clusters.flatMap((c) => c.findings);
const nearMisses = clusters.flatMap((c) => c.nearMisses);

describe('unseen held-out corpus', () => {
  it('is well formed: files, dates, quotes found exactly once within one sentence', () => {
    expect(clusters.flatMap(validateCluster)).toEqual([]);
  });

  it('has at least 16 clusters of 2-4 articles', () => {
    expect(clusters.length).toBeGreaterThanOrEqual(16);
    const sizes = clusters.filter((c) => c.articles.length < 2 || c.articles.length > 4).map((c) => c.name);
    expect(sizes).toEqual([]);
  });

  it('plants at least 5 items of every corpus rule', () => {
    const short = CORPUS_RULES.map((rule) => [rule, findings.filter((f) => f.rule === rule).length] as const).filter(
      ([, n]) => n < 5,
    );
    expect(short).toEqual([]);
  });

  it('has at least as many structured near-misses as planted findings, every quote located', () => {
    expect(nearMisses.length).toBeGreaterThanOrEqual(findings.length);
    expect(nearMisses.filter((n) => n.sentence === undefined).map((n) => n.text)).toEqual([]);
    expect(findings.filter((f) => f.sentence === undefined).map((f) => f.text)).toEqual([]);
  });

  it('mixes plain-text datelines and Markdown front matter', () => {
    const all = clusters.flatMap((c) => c.articles);
    expect(all.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(12);
    expect(all.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(12);
  });

  it('spells every naming-variant minority form exactly once in its cluster', () => {
    const problems: string[] = [];
    for (const c of clusters) {
      for (const f of c.findings.filter((x) => x.rule === 'naming-variant')) {
        // The item's text starts or ends with the variant; the whole quote must be unique cluster-wide.
        const n = [...c.texts.values()].reduce((acc, t) => acc + t.split(f.text).length - 1, 0);
        if (n !== 1) problems.push(`${c.name}: "${f.text}" occurs ${n} times in the cluster`);
      }
    }
    expect(problems).toEqual([]);
  });
});
