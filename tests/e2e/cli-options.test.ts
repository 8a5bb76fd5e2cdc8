// The CLI on the seeds demo, inline suppression, --quiet, --output-file, and
// the promise that a run never touches its inputs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, fixtureText, ROOT, runCli } from './support/cli.js';
import { place, removeCorpora, writeCorpus } from './support/corpus.js';

afterAll(removeCorpora);

interface Report {
  files: Array<{ path: string; messages: Array<{ ruleId: string; severity: string; line: number; column: number; related: Array<{ path: string; line: number }> }> }>;
}

describe('the seeds demo', () => {
  it('reports, in the 000_ article, a claim stated as fact that the 002_ article only hedges', () => {
    const names = readdirSync(join(ROOT, 'seeds')).sort();
    const first = `seeds/${names.find((n) => n.startsWith('000_'))!}`;
    const second = `seeds/${names.find((n) => n.startsWith('002_'))!}`;
    const r = runCli(['seeds/', '--format', 'json'], ROOT);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const found = report.files.find((f) => f.path === first)!.messages.filter((m) => m.ruleId === 'unconfirmed-as-fact');
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.some((m) => m.related.some((x) => x.path === second))).toBe(true);
  });
});

describe('inline suppression in Markdown', () => {
  const NOTES = 'suppress/field-notes.md';
  const notes = fixtureText(NOTES);

  it('hides what the comments name, and nothing else', () => {
    const r = runCli([NOTES, '--format', 'json']);
    const messages = (JSON.parse(r.stdout) as Report).files[0]!.messages;
    const first = place(notes, 'a senior aid official');
    const last = place(notes, 'apparently');
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['anonymous-source', first.line, first.column],
      ['hedged-claim', last.line, last.column],
    ]);
  });

  it('without the comments, the same article has the hidden findings', () => {
    const bare = notes.replace(/<!--[^>]*-->\n/g, '');
    const dir = writeCorpus({ 'field-notes.md': bare });
    const messages = (JSON.parse(runCli(['field-notes.md', '--format', 'json'], dir).stdout) as Report).files[0]!.messages;
    const expected = [
      ['anonymous-source', place(bare, 'a senior aid official')],
      ['anonymous-source', place(bare, 'a second official')],
      ['hedged-claim', place(bare, 'is thought to')],
      ['hedged-claim', place(bare, 'reportedly')],
      ['hedged-claim', place(bare, 'apparently')],
    ] as const;
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(expected.map(([id, p]) => [id, p.line, p.column]));
  });
});

describe('--quiet and --output-file', () => {
  it('--quiet keeps only errors', () => {
    const quiet = runCli(['newsroom/', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/warning|info/);
    const strict = runCli(['newsroom/', '--quiet', '--rule', 'anonymous-source:error', '--format', 'json']);
    expect(strict.code).toBe(1);
    const messages = (JSON.parse(strict.stdout) as Report).files.flatMap((f) => f.messages);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages.every((m) => m.ruleId === 'anonymous-source' && m.severity === 'error')).toBe(true);
  });

  it('--output-file writes the report to the file and nothing to stdout', () => {
    const out = join(writeCorpus({}), 'report.json');
    const r = runCli(['newsroom/', '--format', 'json', '--output-file', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runCli(['newsroom/', '--format', 'json']).stdout);
  });

  it('--output-file writes the stylish report without colour codes', () => {
    const out = join(writeCorpus({}), 'report.txt');
    runCli(['newsroom/', '-o', out]);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/\u001b\[/);
    expect(text.startsWith('newsroom/desk/morning-brief.md\n')).toBe(true);
  });
});

describe('inputs are never modified', () => {
  function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
    const out = new Map<string, { bytes: string; mtimeMs: number }>();
    const walk = (d: string) => {
      for (const name of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, name.name);
        if (name.isDirectory()) walk(p);
        else out.set(relative(dir, p), { bytes: readFileSync(p).toString('base64'), mtimeMs: statSync(p).mtimeMs });
      }
    };
    walk(dir);
    return out;
  }

  it('leaves every fixture and config file byte-for-byte and mtime unchanged after check and claims', () => {
    const before = snapshot(FIXTURES);
    expect(before.size).toBeGreaterThanOrEqual(6);
    runCli(['.', '--format', 'json']);
    runCli(['.']);
    runCli(['claims', '.', '--format', 'json']);
    expect(snapshot(FIXTURES)).toEqual(before);
  });
});

describe('help and version', () => {
  it('--help and --version exit 0', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: briefcheck');
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
