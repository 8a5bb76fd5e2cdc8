// The benchmark's table and its targets (issue 7). A benchmark, not a timed
// test: it prints PASS / FAIL and never fails the build.
import type { Measurement } from '../measure.js';

export interface Row {
  size: number;
  jobs: number;
  /** The generated corpus: what the measurements read. */
  files: number;
  bytes: number;
  parse: Measurement;
  check: Measurement;
}

export interface TargetResult {
  name: string;
  status: 'PASS' | 'FAIL' | 'n/a';
  value: string;
}

const STAGES = ['load', 'extract', 'entities', 'align', 'rules'];

const mbps = (r: Row, m: Measurement) => r.bytes / 1e6 / (m.ms / 1000);
const aps = (r: Row, m: Measurement) => r.files / (m.ms / 1000);

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatTable(rows: Row[]): string {
  const stageNames = [...STAGES];
  for (const r of rows) for (const k of Object.keys(r.check.timings ?? {})) if (!stageNames.includes(k)) stageNames.push(k);
  const header = ['size', 'jobs', 'articles', 'MB', 'check s', 'art/s', 'MB/s', 'parse MB/s', 'ratio', 'RSS MB', 'pairs', 'pairs/art', 'findings',
    ...stageNames.map((s) => `${s} ms`), 'report+ ms'];
  const body = rows.map((r) => {
    const c = r.check;
    const lead = [fmt(r.size), String(r.jobs), fmt(r.files), fmt(r.bytes / 1e6, 2)];
    if (c.failed) return [...lead, `FAILED after ${fmt(c.ms / 1000, 1)} s: ${c.failed}`];
    const t = c.timings ?? {};
    const staged = stageNames.reduce((n, s) => n + (t[s] ?? 0), 0);
    return [
      ...lead, fmt(c.ms / 1000, 2), fmt(aps(r, c), 0), fmt(mbps(r, c), 2), r.parse.failed ? '-' : fmt(mbps(r, r.parse), 2),
      r.parse.failed ? '-' : fmt(mbps(r, c) / mbps(r, r.parse), 3),
      fmt(c.maxRssKb / 1024), fmt(c.candidatePairs ?? 0), fmt((c.candidatePairs ?? 0) / r.files, 1), fmt(c.findings ?? 0),
      ...stageNames.map((s) => (t[s] === undefined ? '-' : fmt(t[s]!))),
      c.timings ? fmt(c.ms - staged) : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.filter((row) => row.length === header.length).map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (cells.length === header.length ? c.padStart(widths[i]!) : i < 4 ? c.padStart(widths[i]!) : c)).join('  ');
  const notes = [
    ...rows.filter((r) => r.check.reportError).map((r) => `${fmt(r.size)} (jobs ${r.jobs}): the check ran but its report failed (${r.check.reportError}); check s excludes the report`),
    'check s: whole check (load + parse + extract + align + rules + JSON report), without module loading',
    'ratio: check MB/s over bare retext-english parse MB/s of the same files, same run; RSS: peak of the check process',
    'report+ ms: check time not in any stage (JSON formatting, sorting, glue)',
  ];
  return [line(header), ...body.map(line), '', ...notes].join('\n');
}

export function evaluateTargets(rows: Row[], jobs: number): TargetResult[] {
  const single = rows.filter((r) => r.jobs === 1).sort((a, b) => a.size - b.size);
  const out: TargetResult[] = [];
  const failed = (r: Row) => (r.check.failed ? `check failed: ${r.check.failed}` : r.check.reportError ? `report failed: ${r.check.reportError}` : undefined);
  const crashed = (r: Row) => (r.check.failed ? `check failed: ${r.check.failed}` : undefined);
  for (const r of single) {
    if (failed(r)) {
      out.push({ name: `pipeline throughput ≥ 0.5× bare parse at ${fmt(r.size)}`, status: 'FAIL', value: failed(r)! });
      continue;
    }
    const ratio = mbps(r, r.check) / mbps(r, r.parse);
    out.push({ name: `pipeline throughput ≥ 0.5× bare parse at ${fmt(r.size)}`, status: ratio >= 0.5 ? 'PASS' : 'FAIL', value: `${ratio.toFixed(3)}× (${mbps(r, r.check).toFixed(2)} vs ${mbps(r, r.parse).toFixed(2)} MB/s)` });
  }
  const largest = single[single.length - 1];
  if (largest && jobs > 1) {
    const multi = rows.find((r) => r.size === largest.size && r.jobs === jobs);
    const bad = failed(largest) ?? (multi && failed(multi));
    const speedup = multi && !bad ? mbps(multi, multi.check) / mbps(largest, largest.check) : NaN;
    out.push({ name: `--jobs ${jobs} ≥ 1.7× one thread at ${fmt(largest.size)}`, status: speedup >= 1.7 ? 'PASS' : 'FAIL', value: bad ?? `${speedup.toFixed(2)}×` });
  } else {
    out.push({ name: '--jobs 2 ≥ 1.7× one thread at the largest size', status: 'n/a', value: 'run with --jobs 2' });
  }
  // Growth: 2,000 → 8,000 when both were run, else the last two sizes; allowed 1.1× the size ratio (4 → 4.4).
  const r2000 = single.find((r) => r.size === 2000);
  const r8000 = single.find((r) => r.size === 8000);
  const [a, b] = r2000 && r8000 ? [r2000, r8000] : [single[single.length - 2], largest];
  if (a && b && a !== b) {
    const limit = 1.1 * (b.size / a.size);
    const bad = failed(a) ?? failed(b);
    const badPairs = crashed(a) ?? crashed(b);
    const tRatio = b.check.ms / a.check.ms;
    const pRatio = (b.check.candidatePairs ?? 0) / Math.max(1, a.check.candidatePairs ?? 0);
    out.push({ name: `t(${fmt(b.size)}) / t(${fmt(a.size)}) ≤ ${limit.toFixed(1)}`, status: !bad && tRatio <= limit ? 'PASS' : 'FAIL', value: bad ?? tRatio.toFixed(2) });
    out.push({ name: `pairs(${fmt(b.size)}) / pairs(${fmt(a.size)}) ≤ ${limit.toFixed(1)}`, status: !badPairs && pRatio <= limit ? 'PASS' : 'FAIL', value: badPairs ?? `${pRatio.toFixed(2)} (${fmt(a.check.candidatePairs ?? 0)} → ${fmt(b.check.candidatePairs ?? 0)})` });
  }
  out.push({ name: 'peak RSS < 1 GB at 20,000 articles', status: 'n/a', value: 'run with --rss-only 20000' });
  return out;
}
