// GitHub Actions workflow commands: each finding becomes an annotation on the
// pull request (`::warning file=…,line=…::message`).
import type { CheckResult } from '../pipeline.js';
import type { Severity } from '../types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// Workflow commands need %, CR and LF escaped in data, and also , and : in properties.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(result: CheckResult): string {
  const lines: string[] = [];
  for (const file of result.files) {
    for (const m of file.messages) {
      const related = m.related.length > 0 ? ` (see ${m.related.map((r) => `${r.path}:${r.line}`).join(', ')})` : '';
      lines.push(`::${COMMAND[m.severity]} file=${prop(m.path)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${prop(`briefcheck ${m.ruleId}`)}::${data(m.message + related)}`);
    }
  }
  for (const e of result.errors) lines.push(`::error file=${prop(e.path)}${e.line ? `,line=${e.line}` : ''},title=briefcheck::${data(e.message)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
