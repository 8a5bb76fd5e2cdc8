// The labelled corpus is data other tests trust, so it is tested too: every
// quoted text must be found where it is said to be, and the corpus must cover
// every rule as often as the tracker asks. The scorer is tested on synthetic
// findings so that a bug in it cannot pass a bad engine or fail a good one.
import { describe, expect, it } from 'vitest';
import type { Finding, Span } from '../../src/types.js';
import { CORPUS_RULES, loadClusters, type Cluster, type LocatedItem } from './harness/fixtures.js';
import { normaliseFindings, score, type ScoredFinding } from './harness/score.js';
import { crossesSentence, lineStarts, sentenceAround } from './harness/sentences.js';
import { coverage, validateCluster } from './harness/validate.js';

const clusters = loadClusters();

describe('corpus fixtures', () => {
  it('are well formed: files, dates, quotes found exactly once within one sentence', () => {
    const problems = clusters.flatMap(validateCluster);
    expect(problems).toEqual([]);
  });

  it('cover every rule as often as the tracker asks', () => {
    const cov = coverage(clusters);
    expect(cov.clusters).toBeGreaterThanOrEqual(40);
    const short = CORPUS_RULES.filter((rule) => (cov.perRule[rule] ?? 0) < (rule === 'naming-variant' ? 6 : 8));
    expect(short.map((rule) => `${rule}: ${cov.perRule[rule]}`)).toEqual([]);
    expect(cov.nearMissClusters).toBeGreaterThanOrEqual(12);
    expect(cov.cleanClusters).toBeGreaterThanOrEqual(3);
  });

  it('mix plain-text datelines and Markdown front matter', () => {
    const all = clusters.flatMap((c) => c.articles);
    expect(all.filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(20);
    expect(all.filter((f) => f.endsWith('.md')).length).toBeGreaterThan(20);
  });
});

describe('sentence locator', () => {
  it('finds the sentence around a substring, across abbreviations and quotes', () => {
    const text = 'First one. Gen. Yevgeny Ivanov arrived at 4:12 a.m. local time, officials said. "Go," he said. Last';
    const at = text.indexOf('arrived');
    const s = sentenceAround(text, at, at + 7);
    expect(text.slice(s.start, s.end)).toBe('Gen. Yevgeny Ivanov arrived at 4:12 a.m. local time, officials said.');
    const q = text.indexOf('Go');
    const qs = sentenceAround(text, q, q + 2);
    expect(text.slice(qs.start, qs.end)).toBe('"Go," he said.');
  });

  it('stops at line ends and handles a substring that ends with the period', () => {
    const text = ' date 2024-01-01\n\nAlpha beta. Gamma delta.\nNext line.';
    const at = text.indexOf('Gamma delta.');
    const s = sentenceAround(text, at, at + 'Gamma delta.'.length);
    expect(text.slice(s.start, s.end)).toBe('Gamma delta.');
    expect(crossesSentence(text, text.indexOf('beta'), text.indexOf('Gamma') + 3)).toBe(true);
    expect(crossesSentence(text, at, at + 5)).toBe(false);
  });
});

// --- scorer self-test on synthetic findings ---------------------------------

function pointAt(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

function finding(cluster: Cluster, ruleId: string, file: string, span: Span, related?: { file: string; span: Span }): Finding {
  const text = cluster.texts.get(file)!;
  const a = pointAt(text, span.start), b = pointAt(text, span.end);
  const rel = related
    ? (() => {
        const rt = cluster.texts.get(related.file)!;
        const ra = pointAt(rt, related.span.start), rb = pointAt(rt, related.span.end);
        return [{ path: related.file, line: ra.line, column: ra.column, endLine: rb.line, endColumn: rb.column, excerpt: '', message: '' }];
      })()
    : [];
  return {
    ruleId, severity: 'warning', message: 'synthetic', path: file, span,
    line: a.line, column: a.column, endLine: b.line, endColumn: b.column, excerpt: '', related: rel,
  };
}

/** The finding an ideal engine would emit for an item, optionally from the other side. */
function ideal(cluster: Cluster, item: LocatedItem, mirrored = false): Finding {
  const related = item.related && item.relatedSentence ? { file: item.related, span: item.relatedSentence } : undefined;
  if (mirrored && related) return finding(cluster, item.rule, related.file, related.span, { file: item.file, span: item.sentence! });
  return finding(cluster, item.rule, item.file, item.sentence!, related);
}

function run(perCluster: (c: Cluster) => Finding[]) {
  const map = new Map<string, ScoredFinding[]>();
  for (const c of clusters) map.set(c.name, normaliseFindings(c, perCluster(c)));
  return score(clusters, map);
}

describe('scorer', () => {
  it('gives 100% precision and recall to the ideal findings', () => {
    const report = run((c) => c.findings.map((item) => ideal(c, item)));
    for (const r of report.rows) expect([r.rule, r.precision, r.recall]).toEqual([r.rule, 1, 1]);
    expect(report.falsePositives).toEqual([]);
    expect(report.looseRelated).toEqual([]);
  });

  it('accepts mirrored findings only for symmetric items', () => {
    const report = run((c) => c.findings.map((item) => ideal(c, item, true)));
    const symmetric = clusters.flatMap((c) => c.findings).filter((i) => i.eitherSide).length;
    const nvOrDirectional = clusters.flatMap((c) => c.findings).filter((i) => !i.eitherSide);
    expect(report.micro.tp).toBe(symmetric + nvOrDirectional.filter((i) => !i.related).length);
    const uaf = report.rows.find((r) => r.rule === 'unconfirmed-as-fact')!;
    expect(uaf.tp).toBe(0);
    expect(uaf.fp).toBe(uaf.expected);
  });

  it('counts misses, strays, near-miss trips and ignores other rules', () => {
    const first = clusters.find((c) => c.findings.length > 0 && c.nearMisses.some((n) => n.sentence))!;
    const dropped = first.findings[0]!;
    const nm = first.nearMisses.find((n) => n.sentence)!;
    const report = run((c) => {
      const fs = c.findings.filter((i) => i !== dropped).map((i) => ideal(c, i));
      if (c === first) {
        fs.push(finding(c, nm.rule, nm.file, nm.sentence!, nm.related && nm.relatedSentence ? { file: nm.related, span: nm.relatedSentence } : undefined));
        fs.push(finding(c, 'hedged-claim', nm.file, nm.sentence!));
      }
      return fs;
    });
    expect(report.falseNegatives.map((m) => [m.cluster, m.item.text])).toEqual([[first.name, dropped.text]]);
    expect(report.falsePositives.map((f) => [f.cluster, f.ruleId])).toEqual([[first.name, nm.rule]]);
    expect(report.nearMissTrips).toHaveLength(1);
    const row = report.rows.find((r) => r.rule === dropped.rule)!;
    expect(row.fn).toBe(1);
    expect(row.recall).toBeLessThan(1);
  });

  it('does not match a finding whose related location is in the wrong file', () => {
    const c = clusters.find((x) => x.findings.some((i) => i.related && x.articles.length >= 3))!;
    const item = c.findings.find((i) => i.related)!;
    const wrong = c.articles.find((a) => a !== item.file && a !== item.related)!;
    const bad = finding(c, item.rule, item.file, item.sentence!, { file: wrong, span: { start: 0, end: 1 } });
    const report = run((x) => (x === c ? [bad] : []));
    expect(report.falsePositives).toHaveLength(1);
    expect(report.micro.tp).toBe(0);
  });
});
