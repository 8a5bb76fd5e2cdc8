// Issue 4: the number of candidate claim pairs the aligner examines must grow
// about linearly with the corpus, not with its square. Generated corpora of
// 500 and 4,000 articles (8× more): pairs may grow at most 8 × 1.25 = 10×.
// BRIEFCHECK_SCALING_SIZES=small,large changes the two sizes (e.g. for a quick run).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { check } from '../../src/index.js';

const [SMALL, LARGE] = (process.env.BRIEFCHECK_SCALING_SIZES ?? '500,4000').split(',').map(Number) as [number, number];
const root = mkdtempSync(join(tmpdir(), 'bc-scaling-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function pairsAt(articles: number): Promise<{ pairs: number; claims: number; seconds: number }> {
  const dir = join(root, String(articles));
  const generated = generateCorpus(dir, articles, 1);
  expect(generated.files).toBe(articles);
  const t0 = performance.now();
  const result = await check([dir]);
  const seconds = (performance.now() - t0) / 1000;
  expect(result.errors.filter((e) => e.kind === 'internal')).toEqual([]);
  expect(result.stats.articles).toBe(articles);
  return { pairs: result.stats.candidatePairs, claims: result.stats.claims, seconds };
}

describe('alignment scaling on generated corpora', () => {
  it(`examines about linearly many candidate pairs from ${SMALL} to ${LARGE} articles`, async () => {
    const small = await pairsAt(SMALL);
    const large = await pairsAt(LARGE);
    const growth = LARGE / SMALL;
    const ratio = large.pairs / Math.max(1, small.pairs);
    console.log(
      `candidate pairs: ${SMALL} articles → ${small.pairs} (${small.claims} claims, ${small.seconds.toFixed(1)} s); ` +
        `${LARGE} articles → ${large.pairs} (${large.claims} claims, ${large.seconds.toFixed(1)} s); ratio ${ratio.toFixed(2)} (linear: ${growth}, allowed ${(growth * 1.25).toFixed(1)})`,
    );
    expect(small.pairs).toBeGreaterThan(0);
    expect(ratio).toBeLessThanOrEqual(growth * 1.25);
  }, 900_000);

  it('generates the same bytes for the same seed (so the figures are comparable run to run)', () => {
    const a = generateCorpus(join(root, 'det-a'), 25, 3);
    const b = generateCorpus(join(root, 'det-b'), 25, 3);
    expect(b).toEqual(a);
    const names = readdirSync(join(root, 'det-a')).sort();
    expect(readdirSync(join(root, 'det-b')).sort()).toEqual(names);
    expect(names).toHaveLength(25);
    for (const name of names) {
      expect(readFileSync(join(root, 'det-b', name)).equals(readFileSync(join(root, 'det-a', name))), name).toBe(true);
    }
  });
});
