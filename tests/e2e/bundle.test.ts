// The installed command (package.json "bin") is the bundled CLI in dist/cli/
// (scripts/bundle.mjs), built from the same sources as dist/src/, which the
// other suites run. The two must behave the same: same output, same exit
// code, same files written, for every command and format.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './support/cli.js';

const BUNDLE = join(ROOT, 'dist', 'cli', 'main.js');
const UNBUNDLED = join(ROOT, 'dist', 'src', 'cli', 'main.js');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copyOfFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefcheck-bundle-'));
  made.push(dir);
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

function run(cli: string, cwd: string, args: string[], input?: string) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000, ...(input !== undefined ? { input } : {}) });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run both builds of the command with the same arguments in the same folder. */
function both(args: string[], input?: string, cwd = FIXTURES) {
  return { bundled: run(BUNDLE, cwd, args, input), unbundled: run(UNBUNDLED, cwd, args, input) };
}

describe('the bundled command', () => {
  it('is what package.json installs, and runs as a script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin.briefcheck).toBe('dist/cli/main.js');
    expect(readFileSync(BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it.each([
    ['stylish', ['newsroom/', 'clean/', 'strict/', 'suppress/']],
    ['json', ['newsroom/', 'strict/', 'suppress/', '--format', 'json']],
    ['sarif', ['newsroom/', '--format', 'sarif']],
    ['github', ['newsroom/', '--format', 'github']],
    ['claims', ['claims', 'newsroom/', '--format', 'json']],
    ['a config setting rules', ['strict/', '--rule', 'hedged-claim:error', '--report-unused-disable']],
    ['a missing path', ['clean/', 'no-such-folder/']],
    ['a usage error', ['--format', 'xml', 'clean/']],
    ['a glob and an ignore pattern', ['**/*.md', '--ignore-pattern', '**/desk/**']],
    ['--version', ['--version']],
    ['--help', ['--help']],
  ])('gives the same output and exit code: %s', (_name, args) => {
    const { bundled, unbundled } = both(args);
    expect(bundled).toEqual(unbundled);
    expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(0);
  });

  it('reads standard input and front matter the same way', () => {
    const article = readFileSync(join(FIXTURES, 'suppress', 'field-notes.md'), 'utf8');
    const { bundled, unbundled } = both(['--stdin', '--stdin-filename', 'notes.md', '--format', 'json'], article);
    expect(bundled).toEqual(unbundled);
    expect(JSON.parse(bundled.stdout).files[0].path).toBe('notes.md');
  });

  it('writes and reads a claims cache the unbundled command reads and writes', async () => {
    const dir = copyOfFixtures();
    const args = ['newsroom/desk/', '--against', 'newsroom/wire/', '--format', 'json', '--cache', '--cache-location', 'claims.cache'];
    const first = run(BUNDLE, dir, args);
    expect(existsSync(join(dir, 'claims.cache'))).toBe(true);
    const second = run(UNBUNDLED, dir, args);
    const third = run(BUNDLE, dir, args);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(first.stderr).toBe('');
    // Salted alike: a cache one of them wrote is not thrown away by the other.
    const { readCacheFile } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'cache', 'claims-cache.js')).href);
    const { baseSalt } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'cache', 'salt.js')).href);
    expect(readCacheFile(join(dir, 'claims.cache')).salt).toBe(`${baseSalt()}|date=`);
  });

  it('extracts in worker threads from its own worker entry', async () => {
    const worker = join(ROOT, 'dist', 'cli', 'worker.js');
    expect(existsSync(worker)).toBe(true);
    const extractBatch = (await import(pathToFileURL(worker).href)).default as (jobs: Array<{ path: string; text: string }>) => Array<{ ok: boolean; claims?: { claims: unknown[] } }>;
    const [result] = extractBatch([{ path: 'a.txt', text: ' date 2024-03-05 The council approved the budget on Tuesday, a spokesperson said.\n' }]);
    expect(result!.ok).toBe(true);
    expect(result!.claims!.claims.length).toBeGreaterThan(0);
    // And a run with --jobs 2 over several articles gives the one-thread findings.
    const dir = copyOfFixtures();
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `copy-${i}.md`), readFileSync(join(dir, 'newsroom', 'desk', 'morning-brief.md'), 'utf8'));
    const parallel = run(BUNDLE, dir, ['.', '--format', 'json', '--jobs', '2']);
    expect(parallel).toEqual(run(UNBUNDLED, dir, ['.', '--format', 'json', '--jobs', '1']));
    expect(JSON.parse(parallel.stdout).files.length).toBeGreaterThan(6);
  });
});
