// The findings JSON: a versioned contract (docs/json-format.md). Editors and
// CI read it, so fields are only ever added, never renamed, within a version.
import type { CheckResult } from '../pipeline.js';

export const FINDINGS_SCHEMA_VERSION = '1.0';

export function formatJson(result: CheckResult): string {
  const files = result.files.map((f) => ({
    path: f.path,
    errorCount: f.messages.filter((m) => m.severity === 'error').length,
    warningCount: f.messages.filter((m) => m.severity === 'warning').length,
    infoCount: f.messages.filter((m) => m.severity === 'info').length,
    messages: f.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      excerpt: m.excerpt,
      related: m.related.map((r) => ({ path: r.path, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, excerpt: r.excerpt, message: r.message })),
    })),
  }));
  const errors = result.errors.map((e) => ({ path: e.path, ...(e.line ? { line: e.line } : {}), kind: e.kind, message: e.message }));
  return `${JSON.stringify({ version: FINDINGS_SCHEMA_VERSION, tool: 'briefcheck', files, errors }, null, 2)}\n`;
}
