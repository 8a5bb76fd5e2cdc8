// Human output in the shape ESLint users know: a block per file,
// `line:col  severity  message  rule-id`, related locations under
// cross-source findings, and a summary line. Colour only on a TTY.
import type { CheckResult } from '../pipeline.js';
import type { Severity } from '../types.js';

export interface StylishOptions {
  color: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatStylish(result: CheckResult, options: StylishOptions): string {
  const c = options.color;
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const colour: Record<Severity, number> = { error: 31, warning: 33, info: 36 };
  for (const file of result.files) {
    if (file.messages.length === 0) continue;
    out.push('', paint(c, 4, file.path));
    const widthPos = Math.max(...file.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of file.messages) {
      counts[m.severity]++;
      const pos = `${m.line}:${m.column}`.padEnd(widthPos);
      out.push(`  ${paint(c, 2, pos)}  ${paint(c, colour[m.severity], m.severity.padEnd(7))}  ${m.message}  ${paint(c, 2, m.ruleId)}`);
      for (const r of m.related) out.push(`  ${' '.repeat(widthPos)}    ${paint(c, 2, '↳')} ${r.path}:${r.line}:${r.column}  ${paint(c, 2, r.excerpt)}`);
    }
  }
  for (const e of result.errors) {
    const label = e.kind === 'internal' ? 'internal error' : e.kind === 'notice' ? 'note' : 'error';
    out.push(`${e.path}${e.line ? `:${e.line}` : ''}: ${label}: ${e.message}`);
  }
  const total = counts.error + counts.warning + counts.info;
  if (total > 0) {
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`;
    out.push('', paint(c, counts.error > 0 ? 31 : 33, summary), '');
  } else if (result.errors.length === 0) {
    out.push(`✔ ${result.files.length} article${result.files.length === 1 ? '' : 's'} checked, no problems`);
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}
