// Scoring findings against the labelled clusters. A finding matches an
// expected item when the rule is the same, it sits in the item's file and
// overlaps the sentence around `text`, and (when `related` is given) one of its
// related locations points into `related`. For symmetric rules the mirror
// image also matches. Several findings on one item count once; a finding that
// matches nothing is a false positive of its rule.
import { relative, resolve, sep } from 'node:path';
import type { Finding, Span } from '../../../src/types.js';
import { CORPUS_RULES, type Cluster, type LocatedItem } from './fixtures.js';
import { lineStarts, offsetAt, overlaps } from './sentences.js';

export interface ScoredFinding {
  cluster: string;
  ruleId: string;
  /** File name relative to the cluster folder. */
  file: string;
  span: Span;
  line: number;
  column: number;
  message: string;
  excerpt: string;
  related: Array<{ file: string; span?: Span }>;
}

export interface RuleRow {
  rule: string;
  expected: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Miss {
  cluster: string;
  item: LocatedItem;
}

export interface EvalReport {
  rows: RuleRow[];
  micro: RuleRow;
  falsePositives: ScoredFinding[];
  falseNegatives: Miss[];
  /** False positives that land exactly on a documented near-miss of the same rule. */
  nearMissTrips: Array<{ finding: ScoredFinding; item: LocatedItem }>;
  /** Matched items whose related location points into the right file but not at `related_text`'s sentence. */
  looseRelated: Miss[];
}

const CORPUS_RULE_SET: ReadonlySet<string> = new Set(CORPUS_RULES);

/** Path of a finding relative to its cluster folder, with forward slashes. */
export function clusterRelative(clusterDir: string, path: string): string {
  return relative(clusterDir, resolve(clusterDir, path)).split(sep).join('/');
}

/** Keeps only the corpus rules' findings and puts them in cluster terms. */
export function normaliseFindings(cluster: Cluster, messages: readonly Finding[]): ScoredFinding[] {
  const starts = new Map<string, number[]>();
  const startsOf = (file: string): number[] | undefined => {
    const text = cluster.texts.get(file);
    if (text === undefined) return undefined;
    let s = starts.get(file);
    if (!s) starts.set(file, (s = lineStarts(text)));
    return s;
  };
  const out: ScoredFinding[] = [];
  for (const m of messages) {
    if (!CORPUS_RULE_SET.has(m.ruleId)) continue;
    out.push({
      cluster: cluster.name,
      ruleId: m.ruleId,
      file: clusterRelative(cluster.dir, m.path),
      span: m.span,
      line: m.line,
      column: m.column,
      message: m.message,
      excerpt: m.excerpt,
      related: (m.related ?? []).map((r) => {
        const file = clusterRelative(cluster.dir, r.path);
        const s = startsOf(file);
        const len = cluster.texts.get(file)?.length ?? 0;
        const span = s
          ? { start: offsetAt(s, len, r.line, r.column), end: offsetAt(s, len, r.endLine, r.endColumn) }
          : undefined;
        if (span && span.end <= span.start) span.end = span.start + 1;
        return { file, span };
      }),
    });
  }
  return out;
}

function forwardMatch(item: LocatedItem, f: ScoredFinding): boolean {
  return (
    f.file === item.file &&
    item.sentence !== undefined &&
    overlaps(f.span, item.sentence) &&
    (!item.related || f.related.some((r) => r.file === item.related))
  );
}

function reverseMatch(item: LocatedItem, f: ScoredFinding): boolean {
  return (
    item.eitherSide &&
    item.related !== undefined &&
    f.file === item.related &&
    item.relatedSentence !== undefined &&
    overlaps(f.span, item.relatedSentence) &&
    f.related.some((r) => r.file === item.file)
  );
}

export function matches(item: LocatedItem, f: ScoredFinding): boolean {
  return f.ruleId === item.rule && (forwardMatch(item, f) || reverseMatch(item, f));
}

/** Does the finding's related location point at the other side's sentence (not just its file)? */
function relatedIsTight(item: LocatedItem, f: ScoredFinding): boolean {
  if (forwardMatch(item, f)) {
    if (!item.relatedSentence) return true;
    return f.related.some((r) => r.file === item.related && r.span && overlaps(r.span, item.relatedSentence!));
  }
  return f.related.some((r) => r.file === item.file && r.span && item.sentence && overlaps(r.span, item.sentence));
}

function ratio(num: number, den: number, empty: number): number {
  return den === 0 ? empty : num / den;
}

function row(rule: string, expected: number, tp: number, fp: number): RuleRow {
  const fn = expected - tp;
  return {
    rule,
    expected,
    tp,
    fp,
    fn,
    // No findings at all: perfect if nothing was expected, a failure otherwise.
    precision: ratio(tp, tp + fp, expected === 0 ? 1 : 0),
    recall: ratio(tp, expected, 1),
  };
}

export function score(clusters: readonly Cluster[], findings: ReadonlyMap<string, ScoredFinding[]>): EvalReport {
  const counts = new Map<string, { expected: number; tp: number; fp: number }>();
  for (const r of CORPUS_RULES) counts.set(r, { expected: 0, tp: 0, fp: 0 });
  const report: EvalReport = {
    rows: [],
    micro: row('(micro)', 0, 0, 0),
    falsePositives: [],
    falseNegatives: [],
    nearMissTrips: [],
    looseRelated: [],
  };
  for (const cluster of clusters) {
    const found = findings.get(cluster.name) ?? [];
    for (const item of cluster.findings) {
      const c = counts.get(item.rule);
      if (!c) continue;
      c.expected++;
      const hits = found.filter((f) => matches(item, f));
      if (hits.length > 0) {
        c.tp++;
        if (!hits.some((f) => relatedIsTight(item, f))) report.looseRelated.push({ cluster: cluster.name, item });
      } else {
        report.falseNegatives.push({ cluster: cluster.name, item });
      }
    }
    for (const f of found) {
      if (cluster.findings.some((item) => matches(item, f))) continue;
      counts.get(f.ruleId)!.fp++;
      report.falsePositives.push(f);
      const trip = cluster.nearMisses.find(
        (n) =>
          n.rule === f.ruleId &&
          ((n.file === f.file && n.sentence !== undefined && overlaps(f.span, n.sentence)) ||
            (n.related === f.file && n.relatedSentence !== undefined && overlaps(f.span, n.relatedSentence))),
      );
      if (trip) report.nearMissTrips.push({ finding: f, item: trip });
    }
  }
  let expected = 0, tp = 0, fp = 0;
  for (const [rule, c] of counts) {
    report.rows.push(row(rule, c.expected, c.tp, c.fp));
    expected += c.expected;
    tp += c.tp;
    fp += c.fp;
  }
  report.micro = row('(micro)', expected, tp, fp);
  return report;
}
