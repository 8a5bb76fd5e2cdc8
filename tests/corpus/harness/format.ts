// Plain-text rendering of an evaluation, written for the developer who has to
// improve the engine: the per-rule table first, then every miss with enough
// context (cluster, file, line, text) to open the fixture and see why.
import type { EvalReport, RuleRow } from './score.js';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function tableRow(r: RuleRow): string {
  return [
    r.rule.padEnd(24),
    String(r.expected).padStart(8),
    String(r.tp).padStart(4),
    String(r.fp).padStart(4),
    String(r.fn).padStart(4),
    pct(r.precision),
    pct(r.recall),
  ].join(' ');
}

const oneLine = (s: string, max = 110): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function formatReport(report: EvalReport, errors: readonly string[] = []): string {
  const out: string[] = [];
  out.push('rule                     expected   TP   FP   FN   prec%  recall%');
  for (const r of report.rows) out.push(tableRow(r));
  out.push(tableRow(report.micro));

  out.push('', `False positives (${report.falsePositives.length}):`);
  for (const f of report.falsePositives) {
    const rel = f.related.map((r) => r.file).join(', ');
    out.push(`  ${f.cluster}/${f.file}:${f.line}:${f.column} ${f.ruleId}: ${oneLine(f.message)}`);
    out.push(`      excerpt: ${oneLine(f.excerpt)}${rel ? `  (related: ${rel})` : ''}`);
  }

  out.push('', `False negatives (${report.falseNegatives.length}):`);
  for (const { cluster, item } of report.falseNegatives) {
    const rel = item.related ? `  <-> ${item.related}: "${oneLine(item.related_text ?? '', 60)}"` : '';
    out.push(`  ${cluster}/${item.file}:${item.line ?? '?'} ${item.rule}: "${oneLine(item.text, 70)}"${rel}`);
  }

  if (report.nearMissTrips.length > 0) {
    out.push('', `Documented near-misses that were flagged (${report.nearMissTrips.length}, already counted as FP):`);
    for (const { finding, item } of report.nearMissTrips) {
      out.push(`  ${finding.cluster}/${finding.file}:${finding.line} ${finding.ruleId}: ${oneLine(item.note ?? item.text, 90)}`);
    }
  }

  if (report.looseRelated.length > 0) {
    out.push('', `Matched, but the related location misses the expected sentence (${report.looseRelated.length}, informational):`);
    for (const { cluster, item } of report.looseRelated) {
      out.push(`  ${cluster}/${item.file}:${item.line ?? '?'} ${item.rule}: related should be at "${oneLine(item.related_text ?? '', 60)}"`);
    }
  }

  if (errors.length > 0) {
    out.push('', `Errors reported by check() (${errors.length}):`);
    for (const e of errors) out.push(`  ${e}`);
  }
  return out.join('\n');
}
