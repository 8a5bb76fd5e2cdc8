// Precision and recall of the cross-source rules on the labelled clusters.
// Each cluster is checked on its own, as a user would check a folder of
// articles about one story. Only the corpus rules count; article-scope rules
// (unattributed-claim, anonymous-source, hedged-claim...) are ignored.
//
// Two sets: clusters/ (the engine was tuned while its developers looked at it,
// so its figures flatter the engine) and unseen/ (written blind, never tuned
// against: the honest figure for text nobody here has seen).
//
//   npx vitest run tests/corpus/eval.test.ts
//   CORPUS_ONLY=07 npx vitest run tests/corpus/eval.test.ts    # clusters whose name contains 07
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { loadCluster, loadClusters, type Cluster } from './harness/fixtures.js';
import { formatReport } from './harness/format.js';
import { normaliseFindings, score, type ScoredFinding } from './harness/score.js';

/** The issue's target for every rule. */
const TARGET = 0.85;

type Floors = Record<string, { precision: number; recall: number }>;

/**
 * What the engine reaches today on clusters/ (measured, minus 0.03, rounded
 * down, and never below the issue's 0.85): the test fails on any regression
 * below these. Raise them as the engine improves; never lower them.
 */
const FLOORS: Floors = {
  'unconfirmed-as-fact': { precision: 0.9, recall: 0.85 },
  'contradicted-claim': { precision: 0.97, recall: 0.9 },
  'attribution-dropped': { precision: 0.97, recall: 0.89 },
  'conflicting-date': { precision: 0.97, recall: 0.9 },
  'conflicting-number': { precision: 0.97, recall: 0.93 },
  'conflicting-attribution': { precision: 0.97, recall: 0.97 },
  'naming-variant': { precision: 0.97, recall: 0.97 },
};

/**
 * unseen/: regression floors only. First scoring, 2026-11-22, written blind and
 * scored after the engine round that took clusters/ to the figures above
 * (precision / recall): unconfirmed-as-fact .71/.50, contradicted-claim .67/.50,
 * attribution-dropped .36/.44, conflicting-date .25/.18, conflicting-number
 * .50/.15, conflicting-attribution .60/.55, naming-variant 1.00/.55; micro
 * .56/.40 (29 of 73 found, 23 false positives). That gap, not the clusters/
 * table, is what to expect on news nobody here has read. Its error CLASSES
 * (not its sentences) then drove one round of general fixes, each written
 * against new clusters in clusters/, so later figures here are no longer blind.
 * After that round (clusters 52-61): micro .73/.64; per rule below. Floors: those
 * figures minus 0.05, rounded down; never lowered.
 */
const UNSEEN_FLOORS: Floors = {
  'unconfirmed-as-fact': { precision: 0.8, recall: 0.55 },
  'contradicted-claim': { precision: 0.95, recall: 0.82 },
  'attribution-dropped': { precision: 0.41, recall: 0.61 },
  'conflicting-date': { precision: 0.45, recall: 0.31 },
  'conflicting-number': { precision: 0.61, recall: 0.56 },
  'conflicting-attribution': { precision: 0.95, recall: 0.67 },
  'naming-variant': { precision: 0.83, recall: 0.67 },
};

const UNSEEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'unseen');

function loadUnseen(only?: string): Cluster[] {
  return readdirSync(UNSEEN_DIR)
    .filter((name) => statSync(join(UNSEEN_DIR, name)).isDirectory() && (!only || name.includes(only)))
    .sort()
    .map((name) => loadCluster(join(UNSEEN_DIR, name), name));
}

/** Checks every cluster, prints the table, and returns the rules below their floors and the run errors. */
async function evaluate(title: string, clusters: Cluster[], floors: Floors, defaultFloor: { precision: number; recall: number }) {
  const { check } = await import('../../src/index.js');
  const findings = new Map<string, ScoredFinding[]>();
  const errors: string[] = [];
  for (const cluster of clusters) {
    const result = await check([cluster.dir], { cwd: cluster.dir });
    const messages: Finding[] = result.files.flatMap((f) => f.messages);
    findings.set(cluster.name, normaliseFindings(cluster, messages));
    for (const e of result.errors) errors.push(`${cluster.name}: ${e.path}${e.line ? `:${e.line}` : ''} ${e.kind}: ${e.message}`);
  }
  const report = score(clusters, findings);
  console.log(`\n${title}: corpus evaluation over ${clusters.length} clusters\n\n${formatReport(report, errors)}\n`);
  const rows = report.rows.filter((r) => r.expected > 0 || r.fp > 0);
  console.log(rows.map((r) => `${title}: ${r.rule.padEnd(24)} ${r.precision >= TARGET && r.recall >= TARGET ? 'meets' : 'below'} the ${TARGET} target`).join('\n'));
  const failing = rows
    .filter((r) => {
      const floor = floors[r.rule] ?? defaultFloor;
      return r.precision < floor.precision || r.recall < floor.recall;
    })
    .map((r) => `${r.rule}: precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)} (floor ${JSON.stringify(floors[r.rule] ?? defaultFloor)})`);
  return { failing, errors };
}

describe('cross-source rules on the labelled corpus', () => {
  it(`hold their measured precision and recall per rule on clusters/ (target ${TARGET})`, async () => {
    const clusters = loadClusters(process.env.CORPUS_ONLY);
    expect(clusters.length).toBeGreaterThan(0);
    const { failing, errors } = await evaluate('clusters', clusters, FLOORS, { precision: TARGET, recall: TARGET });
    expect(failing).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('hold their first-run precision and recall on the blind set unseen/', async () => {
    const clusters = loadUnseen(process.env.CORPUS_ONLY);
    if (process.env.CORPUS_ONLY && clusters.length === 0) return;
    expect(clusters.length).toBeGreaterThanOrEqual(16);
    const { failing, errors } = await evaluate('unseen', clusters, UNSEEN_FLOORS, { precision: 0, recall: 0 });
    expect(failing).toEqual([]);
    expect(errors).toEqual([]);
  });
});
