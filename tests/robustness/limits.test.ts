// Issue 8, part 5: resource limits. A per-file size limit with a clear
// message (configurable, and checked before reading, so a 5 GB file costs
// nothing); and, behind BRIEFCHECK_HEAVY=1, a 50 MB article and 50,000 files
// with their peak memory and time printed and bounded.
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from './support/articles.js';
import { EXPECTED, GOOD_A, GOOD_B, HEDGED } from './support/fixtures.js';
import { findings, HEAVY, lines, parseJson, rangeOf, removeTempDirs, requireBuild, runCli, tempDir, writeTree, type Run } from './support/run.js';

beforeAll(requireBuild);
afterAll(removeTempDirs);

/** `text` padded with harmless prose to exactly `bytes` bytes. */
function padTo(text: string, bytes: number): string {
  let out = text;
  while (Buffer.byteLength(out) < bytes) out += 'The market reopened. ';
  return out.slice(0, bytes);
}

describe('the per-file size limit', () => {
  it('maxFileSize in the config: the big file is one line, the others are checked', () => {
    const dir = tempDir();
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\nmaxFileSize: 2KB\n', 'a.txt': GOOD_A, 'b.txt': GOOD_B, 'big.txt': padTo(` date 2023-01-01 ${HEDGED} `, 3072) });
    const run = runCli(dir, ['.']);
    expect(run.code).toBe(2);
    expect(lines(run.stdout).filter((l) => l.startsWith('big.txt'))).toEqual(['big.txt: error: file is 3 KB, over the 2 KB limit: not checked (raise maxFileSize in .briefcheckrc.yaml)']);
    const json = runCli(dir, ['.', '--format', 'json']);
    expect(parseJson(json).files.map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
    const three = rangeOf(GOOD_A, 'three weeks');
    expect(findings(json).find((f) => f.ruleId === 'conflicting-number')).toMatchObject({ path: 'a.txt', line: three.line, column: three.column });
  });

  it('a limit in bytes, and a nearer config that raises it for its own folder', () => {
    const dir = tempDir();
    const big = padTo(` date 2023-01-01 ${HEDGED} `, 1500);
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\nmaxFileSize: 1000\n', 'x.txt': big, 'long/.briefcheckrc.yaml': 'maxFileSize: 1MB\n', 'long/y.txt': big });
    const run = runCli(dir, ['.', '--format', 'json']);
    expect(parseJson(run).errors).toEqual([{ path: 'x.txt', kind: 'input', message: 'file is 1.5 KB, over the 1000 bytes limit: not checked (raise maxFileSize in .briefcheckrc.yaml)' }]);
    expect(parseJson(run).files.map((f) => f.path)).toEqual(['long/y.txt']);
  });

  it('the default limit (64 MB) is checked before reading: a 5 GB file is skipped at once', () => {
    const dir = tempDir();
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\n', 'a.txt': GOOD_A, 'b.txt': GOOD_B });
    // Sparse files: the size is real, the disk space is not used.
    writeFileSync(join(dir, 'over.txt'), '');
    truncateSync(join(dir, 'over.txt'), 64 * 1024 * 1024 + 1);
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 5 * 1024 * 1024 * 1024);
    const run = runCli(dir, ['.', '--format', 'json'], { timeout: 30_000, nodeArgs: ['--import', rssHook()] });
    expect(parseJson(run).errors).toEqual([
      { path: 'huge.txt', kind: 'input', message: 'file is 5 GB, over the 64 MB limit: not checked (raise maxFileSize in .briefcheckrc.yaml)' },
      { path: 'over.txt', kind: 'input', message: 'file is 64.0 MB, over the 64 MB limit: not checked (raise maxFileSize in .briefcheckrc.yaml)' },
    ]);
    expect(findings(run).some((f) => f.path === 'a.txt' && f.ruleId === 'conflicting-number')).toBe(true);
    // Nothing of the 5 GB was read: the whole run stays small.
    expect(peakRssMb(run)).toBeLessThan(400);
  });
});

// --- heavy cases ---------------------------------------------------------

let hookFile: string | undefined;
/** A module preloaded into the CLI that prints its peak memory on exit. */
function rssHook(): string {
  if (!hookFile) {
    hookFile = join(tempDir('bc-hook-'), 'rss.mjs');
    writeFileSync(hookFile, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => writeSync(2, `briefcheck-peak-rss-kb=${process.resourceUsage().maxRSS}\\n`));\n");
  }
  return pathToFileURL(hookFile).href;
}

function peakRssMb(run: Run): number {
  const m = /briefcheck-peak-rss-kb=(\d+)/.exec(run.stderr);
  if (!m) throw new Error(`no peak RSS reported: ${run.stderr.slice(0, 500)}`);
  return Number(m[1]) / 1024;
}

const heavy = HEAVY ? describe : describe.skip;

heavy('heavy inputs (BRIEFCHECK_HEAVY=1)', () => {
  it('a 50 MB article: finishes, keeps exact positions at its very end, memory bounded', () => {
    const dir = tempDir('bc-heavy-');
    const parts: string[] = [' date 2023-06-01 '];
    let size = 0;
    for (let seed = 1; size < 50 * 1024 * 1024; seed++) {
      const body = article(seed, { paragraphs: 6 }).replace(/^ date \S+ /, '');
      parts.push(body, '\n');
      size += body.length + 1;
    }
    parts.push(`${HEDGED}\n`);
    const text = parts.join('');
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\n', 'big.txt': text });
    const run = runCli(dir, ['big.txt', '--format', 'json', '-o', join(dir, 'report.json')], { timeout: 3_600_000, nodeArgs: ['--import', rssHook()] });
    const mb = peakRssMb(run);
    console.log(`50 MB article: ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB in ${(run.ms / 1000).toFixed(0)} s, peak RSS ${mb.toFixed(0)} MB`);
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: Array<{ path: string; messages: Array<{ ruleId: string; line: number; column: number }> }> };
    const hedge = rangeOf(text, 'are thought to', text.split('are thought to').length - 2);
    expect(report.files[0]!.messages.filter((m) => m.ruleId === 'hedged-claim' && m.line === hedge.line).map((m) => m.column)).toEqual([hedge.column]);
    // Bounded: ~2 GB measured (claims kept, trees dropped chunk by chunk); one parse tree of the whole file would take ~5.5 GB.
    expect(mb).toBeLessThan(3500);
  }, 3_700_000);

  it('50,000 small files: every one checked, the planted disagreement found, memory bounded', () => {
    const dir = tempDir('bc-heavy-');
    writeFileSync(join(dir, '.briefcheckrc.yaml'), 'root: true\n');
    const N = 50_000;
    let bytes = 0;
    for (let i = 0; i < N - 2; i++) {
      const folder = join(dir, `desk-${String(i % 250).padStart(3, '0')}`, `day-${String(Math.floor(i / 250) % 20).padStart(2, '0')}`);
      if (i < 5000) mkdirSync(folder, { recursive: true });
      const text = article(100_000 + i, { paragraphs: 1 + (i % 3), format: i % 7 === 0 ? 'markdown' : 'text' });
      bytes += text.length;
      writeFileSync(join(folder, `story-${i}.${i % 7 === 0 ? 'md' : 'txt'}`), text);
    }
    writeTree(dir, { 'desk-249/day-19/zz-a.txt': GOOD_A, 'desk-249/day-19/zz-b.txt': GOOD_B });
    const run = runCli(dir, ['.', '--format', 'json', '-o', join(dir, 'report.json')], { timeout: 3_600_000, nodeArgs: ['--import', rssHook()] });
    const mb = peakRssMb(run);
    console.log(`50,000 files (${(bytes / 1048576).toFixed(1)} MB): in ${(run.ms / 1000).toFixed(0)} s, peak RSS ${mb.toFixed(0)} MB`);
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: Array<{ path: string; messages: Array<{ ruleId: string; line: number; column: number }> }>; errors: unknown[] };
    expect(report.files).toHaveLength(N);
    expect(report.errors).toEqual([]);
    const onA = report.files.find((f) => f.path === 'desk-249/day-19/zz-a.txt')!.messages;
    for (const e of EXPECTED.filter((x) => x.file === 'a')) {
      const want = rangeOf(GOOD_A, e.text);
      expect(onA.filter((m) => m.ruleId === e.ruleId).map((m) => [m.line, m.column]), e.ruleId).toContainEqual([want.line, want.column]);
    }
    expect(mb).toBeLessThan(3500);
  }, 3_700_000);
});
