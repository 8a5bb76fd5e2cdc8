// The CLI flags CI jobs and editor integrations lean on: --stdin with
// --stdin-filename, --quiet, --max-warnings, --output-file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, jsonMessages, parseReport, positionOf, readText, removeFolders, requireBuild, runCli } from './support.js';

afterAll(removeFolders);
beforeAll(requireBuild);

// A desk folder whose own (non-root) config makes hedges errors; the fixture's root config still applies above it.
const DESK_CONFIG = 'rules:\n  hedged-claim: error\n';

describe('--stdin --stdin-filename', () => {
  it('checks the piped text as if it were that file: its folder’s config, its path in the findings', () => {
    const dir = fixture('newsroom', { 'new/desk/.briefcheckrc.yaml': DESK_CONFIG });
    const text = readText(dir, 'new/harbor-followup.txt');
    const run = runCli(dir, ['--stdin', '--stdin-filename', 'new/desk/draft.txt', '--against', 'archive/', '--format', 'json'], text);
    expect(existsSync(join(dir, 'new/desk/draft.txt'))).toBe(false);
    const report = parseReport(run);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['new/desk/draft.txt']);
    const messages = jsonMessages(run);
    const hedge = messages.find((m) => m.ruleId === 'hedged-claim')!;
    expect(hedge.severity).toBe('error'); // from new/desk/.briefcheckrc.yaml
    expect([hedge.line, hedge.column]).toEqual([positionOf(text, 'is thought to').line, positionOf(text, 'is thought to').column]);
    const number = messages.find((m) => m.ruleId === 'conflicting-number')!;
    expect(number.severity).toBe('error'); // from the fixture's root config
    expect(number.related[0]!.path).toBe('archive/harbor-approval.txt');
    expect(run.code).toBe(1);
  });

  it('the same text under another name takes that folder’s config', () => {
    const dir = fixture('newsroom', { 'new/desk/.briefcheckrc.yaml': DESK_CONFIG });
    const run = runCli(dir, ['--stdin', '--stdin-filename', 'new/draft.txt', '--against', 'archive/', '--format', 'json'], readText(dir, 'new/harbor-followup.txt'));
    const messages = jsonMessages(run);
    expect(messages.every((m) => m.path === 'new/draft.txt')).toBe(true);
    expect(messages.find((m) => m.ruleId === 'hedged-claim')?.severity).toBe('info');
  });

  it('the piped text wins over the file on disk of the same name', () => {
    const dir = fixture('newsroom');
    const fixed = readText(dir, 'new/harbor-followup.txt').replace('five new container berths', 'three new container berths');
    const messages = jsonMessages(runCli(dir, ['--stdin', '--stdin-filename', 'new/harbor-followup.txt', '--against', 'archive/', '--format', 'json'], fixed));
    expect(messages.some((m) => m.ruleId === 'conflicting-number')).toBe(false);
    expect(messages.some((m) => m.ruleId === 'hedged-claim')).toBe(true);
  });

  it('refuses paths next to --stdin (usage error, exit 2)', () => {
    const dir = fixture('newsroom');
    const run = runCli(dir, ['--stdin', 'new/'], 'text');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--stdin/);
  });
});

describe('--quiet, --max-warnings, --output-file', () => {
  const args = ['new/', '--against', 'archive/', '--format', 'json'];

  it('--quiet keeps errors only', () => {
    const dir = fixture('newsroom');
    const all = jsonMessages(runCli(dir, args));
    expect(all.some((m) => m.severity !== 'error')).toBe(true);
    const run = runCli(dir, [...args, '--quiet']);
    const quiet = jsonMessages(run);
    expect(quiet.map((m) => [m.ruleId, m.severity])).toEqual(all.filter((m) => m.severity === 'error').map((m) => [m.ruleId, m.severity]));
    expect(quiet.map((m) => m.ruleId)).toEqual(['conflicting-number']);
    expect(run.code).toBe(1);
  });

  it('--max-warnings N fails the run when there are more than N warnings', () => {
    const dir = fixture('newsroom');
    // With the number conflict as a warning, the run has warnings only.
    const warn = [...args, '--rule', 'conflicting-number:warning'];
    const warnings = jsonMessages(runCli(dir, warn)).filter((m) => m.severity === 'warning').length;
    expect(warnings).toBeGreaterThanOrEqual(2);
    expect(runCli(dir, warn).code).toBe(0);
    expect(runCli(dir, [...warn, '--max-warnings', String(warnings)]).code).toBe(0);
    const over = runCli(dir, [...warn, '--max-warnings', String(warnings - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`too many warnings (maximum: ${warnings - 1})`);
    expect(runCli(dir, [...warn, '--max-warnings', 'some']).code).toBe(2);
  });

  it('--output-file writes the report there and nothing to stdout', () => {
    const dir = fixture('newsroom');
    const printed = runCli(dir, [...args.slice(0, 3), '--format', 'sarif']);
    const run = runCli(dir, [...args.slice(0, 3), '--format', 'sarif', '--output-file', 'briefcheck.sarif']);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(printed.code);
    expect(readText(dir, 'briefcheck.sarif')).toBe(printed.stdout);
  });
});
