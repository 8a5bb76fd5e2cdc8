// SARIF 2.1.0: validated against the official schema (draft-04, with its uri /
// date-time formats checked), plus what code-scanning uploaders rely on:
// rules with descriptions and help, levels, physical locations relative to the
// checkout, relatedLocations into the archive articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/report/sarif.js';
import { rules } from '../../rules/index.js';
import type { CheckResult } from '../../src/pipeline.js';
import { fixture, PROJECT, positionOf, readText, removeFolders, requireBuild, runCli } from './support.js';

const schema = JSON.parse(readFileSync(join(PROJECT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// CommonJS: module.exports is the class, and so is its .default (what TypeScript sees).
const Ajv = AjvDraft04.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not valid with the u flag
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
const validate = ajv.compile(schema);

function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Log = any;

afterAll(removeFolders);

describe('--format sarif on a run with cross-source findings', () => {
  let dir: string;
  let log: Log;
  let code: number | null;
  beforeAll(() => {
    requireBuild();
    dir = fixture('newsroom');
    const run = runCli(dir, ['new/', '--against', 'archive/', '--format', 'sarif']);
    code = run.code;
    log = JSON.parse(run.stdout);
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(schemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(code).toBe(1); // conflicting-number is an error in the fixture config
  });

  it('the validator is live: a broken log is rejected', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(schemaErrors(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('describes every rule with shortDescription, help and a default level', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('briefcheck');
    expect(driver.rules.map((r: Log) => r.id)).toEqual(rules.map((r) => r.meta.id));
    for (const r of driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(10);
      expect(r.help.text).toContain(`rules/${r.id}.md`);
      expect(['error', 'warning', 'note', 'none']).toContain(r.defaultConfiguration.level);
    }
    for (const result of log.runs[0].results) expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('maps error / warning / info to error / warning / note', () => {
    const levels = Object.fromEntries(log.runs[0].results.map((r: Log) => [r.ruleId, r.level]));
    expect(levels).toMatchObject({ 'conflicting-number': 'error', 'unconfirmed-as-fact': 'warning', 'hedged-claim': 'note' });
    expect(new Set(Object.values(levels))).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('reports only the positional articles, with checkout-relative locations', () => {
    const uris = new Set(log.runs[0].results.map((r: Log) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['new/bridge-draft.md', 'new/harbor-followup.txt']);
    for (const r of log.runs[0].results) expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    // %SRCROOT% is left to the consumer (code scanning: the checkout); never pinned to file:///.
    expect(log.runs[0].originalUriBaseIds?.['%SRCROOT%']?.uri).not.toBe('file:///');
  });

  it('gives the conflicting number its region and the archive article as a relatedLocation', () => {
    const fresh = readText(dir, 'new/harbor-followup.txt');
    const archived = readText(dir, 'archive/harbor-approval.txt');
    const result = log.runs[0].results.find((r: Log) => r.ruleId === 'conflicting-number');
    const here = positionOf(fresh, 'five new container berths');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: here.line, startColumn: here.column, endLine: here.endLine, endColumn: here.endColumn, snippet: { text: 'five new container berths' } });
    expect(result.message.text).toContain('three new container berths');
    expect(result.relatedLocations).toHaveLength(1);
    const related = result.relatedLocations[0];
    const there = positionOf(archived, 'three new container berths');
    expect(related.id).toBe(1);
    expect(related.physicalLocation.artifactLocation).toEqual({ uri: 'archive/harbor-approval.txt', uriBaseId: '%SRCROOT%' });
    expect(related.physicalLocation.region).toMatchObject({ startLine: there.line, startColumn: there.column, endColumn: there.endColumn });
    expect(related.message.text).toContain('harbor-approval.txt');
  });

  it('points a hedge finding of the Markdown draft at its source sentence in the archive', () => {
    const result = log.runs[0].results.find((r: Log) => r.ruleId === 'unconfirmed-as-fact');
    const draft = readText(dir, 'new/bridge-draft.md');
    const archived = readText(dir, 'archive/bridge-closure.md');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(positionOf(draft, 'The contractor Brantwell').line);
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('archive/bridge-closure.md');
    expect(result.relatedLocations[0].physicalLocation.region.startLine).toBe(positionOf(archived, 'The contractor Brantwell').line);
  });
});

describe('formatSarif edge cases', () => {
  const base = (path: string, ruleId: string): CheckResult => ({
    files: [{ path, messages: [{ ruleId, severity: 'warning', message: 'm', path, span: { start: 0, end: 1 }, line: 2, column: 1, endLine: 2, endColumn: 5, excerpt: 'abcd', related: [] }] }],
    errors: [{ path: 'x/broken.md', line: 3, message: 'bad front matter', kind: 'input' }],
    stats: { articles: 1, claims: 0, candidatePairs: 0, links: 0, timings: {} },
    unusedDisables: [],
  });

  it('writes a file outside the working folder as an absolute file URI without uriBaseId', () => {
    const log = JSON.parse(formatSarif(base('/srv/news desk/a#1.txt', 'hedged-claim'), rules, '1.2.3'));
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL('/srv/news desk/a#1.txt').href });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('file:///srv/news%20desk/a%231.txt');
  });

  it('percent-encodes relative paths and reports input errors as tool notifications', () => {
    const log = JSON.parse(formatSarif(base('desk/a b.txt', 'hedged-claim'), rules, '1.2.3'));
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('desk/a%20b.txt');
    const note = log.runs[0].invocations[0].toolExecutionNotifications[0];
    expect(note).toMatchObject({ level: 'warning', message: { text: 'bad front matter' } });
    expect(note.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'x/broken.md' }, region: { startLine: 3 } });
  });

  it('gives findings the CLI adds itself (unused-disable) a rule descriptor too', () => {
    const log = JSON.parse(formatSarif(base('a.md', 'unused-disable'), rules, '1.2.3'));
    expect(schemaErrors(log)).toEqual([]);
    const driver = log.runs[0].tool.driver;
    const result = log.runs[0].results[0];
    expect(driver.rules[result.ruleIndex].id).toBe('unused-disable');
    expect(driver.rules[result.ruleIndex].help.text).toMatch(/disable/);
    expect(driver.rules).toHaveLength(rules.length + 1);
  });
});
