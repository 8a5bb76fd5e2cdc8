// Issue 8, part 6: briefcheck never writes to its input. Every file, folder
// and link in the input folder keeps its bytes, size, mode and mtime after
// every kind of run (all formats, claims, cache, output file, workers, stdin,
// --against), and no file appears there except a cache the user asked for.
import { spawnSync } from 'node:child_process';
import { chmodSync, lutimesSync, mkdirSync, readFileSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, claims } from '../../src/pipeline.js';
import { article } from './support/articles.js';
import { GOOD_A, GOOD_B, HEDGED } from './support/fixtures.js';
import { removeTempDirs, requireBuild, runCli, snapshot, tempDir, writeTree, type EntryState } from './support/run.js';

beforeAll(requireBuild);
afterAll(removeTempDirs);

/** A fixed time long ago: a write of any kind would move it. */
const PAST = new Date('2001-02-03T04:05:06Z');

function buildInput(dir: string): void {
  writeTree(dir, {
    '.briefcheckrc.yaml': 'root: true\nrules:\n  unattributed-claim: info\n',
    'a.txt': GOOD_A,
    'b.txt': GOOD_B,
    'crlf.txt': GOOD_A.replace(/\n/g, '\r\n'),
    'cr.txt': GOOD_B.replace(/\n/g, '\r'),
    'utf16.txt': Buffer.from(`\ufeff${GOOD_A}`, 'utf16le'),
    'bom.txt': `\ufeff${GOOD_B}`,
    'latin1.txt': Buffer.from(`${GOOD_A.slice(0, 40)}\xe9\xe8${GOOD_A.slice(40)}`, 'latin1'),
    'binary.txt': Buffer.from([0, 1, 2, 3, 255, 0]),
    'empty.txt': '',
    'suppressed.md': `---\ndate: 2023-04-13\nsource: Wire\n---\n\n# Bridge\n\n<!-- briefcheck-disable-next-line hedged-claim -->\n${HEDGED}\n\n<!-- briefcheck-disable-next-line conflicting-number -->\nNothing here.\n`,
    'broken.md': `---\ntitle: [unclosed\n---\n${HEDGED}\n`,
    'bad-date.txt': ` date 2021-13-45 ${HEDGED}\n`,
    'desk/.briefcheckrc.yaml': 'rules:\n  hedged-claim: warning\n',
    'desk/c.txt': article(41),
    'desk/deeper/d.md': article(42, { format: 'markdown' }),
    'archive/old.txt': article(43),
    'readonly.txt': GOOD_B,
  });
  chmodSync(join(dir, 'readonly.txt'), 0o444);
  symlinkSync('a.txt', join(dir, 'link.txt'));
  symlinkSync('..', join(dir, 'desk', 'up'));
  symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
  spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
  // Oldest first so setting a folder's time is the last thing that touches it.
  const all = [...snapshot(dir).keys()].sort((x, y) => y.split('/').length - x.split('/').length);
  for (const rel of all) lutimesSync(join(dir, rel), PAST, PAST);
  utimesSync(dir, PAST, PAST);
}

function diff(before: Map<string, EntryState>, after: Map<string, EntryState>): string[] {
  const out: string[] = [];
  for (const [rel, state] of before) {
    const now = after.get(rel);
    if (!now) out.push(`${rel}: removed`);
    else for (const key of ['type', 'content', 'size', 'mtimeMs', 'mode'] as const) if (now[key] !== state[key]) out.push(`${rel}: ${key} ${state[key]} → ${now[key]}`);
  }
  for (const rel of after.keys()) if (!before.has(rel)) out.push(`${rel}: created`);
  return out;
}

describe('input files are never written', () => {
  let input: string;
  let outside: string;
  let before: Map<string, EntryState>;
  beforeAll(() => {
    input = tempDir('bc-input-');
    outside = tempDir('bc-output-');
    buildInput(input);
    before = snapshot(input);
    expect(before.size).toBeGreaterThan(20);
    expect(before.get('a.txt')!.mtimeMs).toBe(PAST.getTime());
  });

  const runs: Array<[string, () => string[]]> = [
    ['json, with unused disables reported and command-line rule levels', () => ['.', '--format', 'json', '--report-unused-disable', '--rule', 'hedged-claim:error', '--date', '2023-04-01']],
    ['sarif', () => ['.', '--format', 'sarif']],
    ['claims', () => ['claims', '.', '--format', 'json']],
    ['two worker threads', () => ['.', '--jobs', '2', '--format', 'github']],
    ['an output file elsewhere', () => ['.', '-o', join(outside, 'report.txt')]],
    ['a cache elsewhere (cold)', () => ['.', '--cache', '--cache-location', join(outside, 'cache.bin')]],
    ['the same cache again (warm)', () => ['.', '--cache', '--cache-location', join(outside, 'cache.bin'), '--quiet']],
    ['a reference archive inside the input', () => ['a.txt', 'b.txt', '--against', 'archive/']],
    ['explicit files, links and globs', () => ['link.txt', 'a.txt', 'desk/**/*.md', 'dangling.txt', 'pipe.txt', 'missing.txt']],
  ];
  for (const [name, args] of runs) {
    it(`after: briefcheck ${name}`, () => {
      const run = runCli(input, args(), { timeout: 60_000 });
      expect([0, 1, 2]).toContain(run.code);
      expect(diff(before, snapshot(input))).toEqual([]);
    });
  }

  it('after: --stdin standing for a file of the folder', () => {
    const run = runCli(input, ['--stdin', '--stdin-filename', 'a.txt', '--format', 'json'], { input: `${GOOD_A}\nAn unsaved line, the mayor said.\n` });
    expect(run.code).toBe(0);
    expect(readFileSync(join(input, 'a.txt'), 'utf8')).toBe(GOOD_A);
    expect(diff(before, snapshot(input))).toEqual([]);
  });

  it('after: the library, with a cache elsewhere and in-memory contents', async () => {
    await check(['.'], { cwd: input, cache: join(outside, 'lib-cache.bin'), contents: { 'b.txt': `${GOOD_B}\nEdited in memory.\n` } });
    await claims(['.'], { cwd: input, jobs: 2 });
    expect(diff(before, snapshot(input))).toEqual([]);
  });

  it('with --cache and no location, the only change is the cache file the user asked for', () => {
    const run = runCli(input, ['.', '--cache']);
    expect([0, 1, 2]).toContain(run.code);
    const changes = diff(before, snapshot(input));
    // (The input folder itself is not in the snapshot: adding a file moves its mtime.)
    expect(changes.filter((c) => !c.startsWith('.briefcheckcache:'))).toEqual([]);
    expect(changes).toContain('.briefcheckcache: created');
  });
});

describe('the snapshot notices a change (so the tests above can fail)', () => {
  it('a rewritten file with the same bytes, a touched file, a new file', () => {
    const dir = tempDir();
    writeTree(dir, { 'x.txt': 'one', 'sub/y.txt': 'two' });
    mkdirSync(join(dir, 'empty'));
    for (const rel of ['x.txt', 'sub/y.txt', 'sub', 'empty']) utimesSync(join(dir, rel), PAST, PAST);
    const before = snapshot(dir);
    writeTree(dir, { 'x.txt': 'one' });
    utimesSync(join(dir, 'sub/y.txt'), new Date(), new Date());
    writeTree(dir, { 'z.txt': 'three' });
    const changes = diff(before, snapshot(dir));
    expect(changes.some((c) => c.startsWith('x.txt: mtimeMs'))).toBe(true);
    expect(changes.some((c) => c.startsWith('sub/y.txt: mtimeMs'))).toBe(true);
    expect(changes).toContain('z.txt: created');
  });
});
