// SARIF 2.1.0 for code-scanning dashboards: one run, the rules with their
// descriptions and help, results with level and physical location, and the
// other articles a cross-source finding rests on as relatedLocations.
import type { CheckResult } from '../pipeline.js';
import type { Rule } from '../rules/types.js';
import type { Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(result: CheckResult, rules: readonly Rule[], version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const results = result.files.flatMap((file) =>
    file.messages.map((m) => {
      let relatedId = 0;
      return {
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId)! } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uri(m.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, snippet: { text: m.excerpt } },
            },
          },
        ],
        ...(m.related.length > 0
          ? {
              relatedLocations: m.related.map((r) => ({
                id: ++relatedId,
                message: { text: r.message },
                physicalLocation: {
                  artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
                  region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn, snippet: { text: r.excerpt } },
                },
              })),
            }
          : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'briefcheck',
            version,
            informationUri: 'https://www.npmjs.com/package/briefcheck',
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.description },
              help: { text: `${r.meta.description} See ${r.meta.docs} for examples and options.` },
              defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity as Severity], enabled: r.meta.defaultSeverity !== 'off' },
              properties: { scope: r.meta.scope },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        results,
        invocations: [
          {
            executionSuccessful: result.errors.every((e) => e.kind !== 'config' && e.kind !== 'usage'),
            toolExecutionNotifications: result.errors.map((e) => ({
              level: e.kind === 'internal' ? 'error' : 'warning',
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: uri(e.path) }, ...(e.line ? { region: { startLine: e.line } } : {}) } }],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
