// SARIF 2.1.0 for code-scanning dashboards: one run, the rules with their
// descriptions and help, results with level and physical location, and the
// other articles a cross-source finding rests on as relatedLocations.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckResult } from '../pipeline.js';
import type { Rule } from '../rules/types.js';
import type { Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

// Paths inside the working directory are relative references against
// %SRCROOT% (which code scanning takes to be the checkout); a path outside it
// is an absolute file URI, which by the SARIF rules carries no uriBaseId.
function artifact(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

const pascal = (id: string) => id.replace(/(^|-)(\w)/g, (_: string, __: string, c: string) => c.toUpperCase());

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' | 'none'; enabled?: boolean };
  properties?: Record<string, unknown>;
}

function describeRule(r: Rule): RuleDescriptor {
  return {
    id: r.meta.id,
    name: pascal(r.meta.id),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.description },
    help: { text: `${r.meta.description} See ${r.meta.docs} for examples and options.` },
    defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity as Severity], enabled: r.meta.defaultSeverity !== 'off' },
    properties: { scope: r.meta.scope },
  };
}

/** Findings the CLI adds itself (unused-disable) still need a rule descriptor. */
function describeExtra(id: string): RuleDescriptor {
  const text = id === 'unused-disable' ? 'A briefcheck-disable comment that no longer hides any finding.' : `A finding reported by briefcheck (${id}).`;
  const help = id === 'unused-disable' ? `${text} Remove the comment, or name the rule it should silence.` : text;
  return { id, name: pascal(id), shortDescription: { text }, fullDescription: { text }, help: { text: help }, defaultConfiguration: { level: 'warning' } };
}

export function formatSarif(result: CheckResult, rules: readonly Rule[], version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const extra: string[] = [];
  for (const file of result.files) for (const m of file.messages) if (!ruleIndex.has(m.ruleId)) {
    ruleIndex.set(m.ruleId, rules.length + extra.length);
    extra.push(m.ruleId);
  }
  const results = result.files.flatMap((file) =>
    file.messages.map((m) => {
      let relatedId = 0;
      return {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId)!,
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(m.path),
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
                  artifactLocation: artifact(r.path),
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
            rules: [...rules.map(describeRule), ...extra.map(describeExtra)],
          },
        },
        results,
        invocations: [
          {
            executionSuccessful: result.errors.every((e) => e.kind !== 'config' && e.kind !== 'usage'),
            toolExecutionNotifications: result.errors.map((e) => ({
              level: e.kind === 'internal' ? 'error' : 'warning',
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: artifact(e.path), ...(e.line ? { region: { startLine: e.line } } : {}) } }],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
