// Issue 8, part 1: whatever is in the folder, briefcheck does not crash, does
// not hang, says one line per file it could not use, and keeps every finding
// of the good files. Expected positions come from the texts, never from output.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claims } from '../../src/pipeline.js';
import { GOOD_A, GOOD_B, HEDGED } from './support/fixtures.js';
import { expectPairFindings } from './support/expect.js';
import { findings, IS_ROOT, lines, parseJson, rangeOf, removeTempDirs, requireBuild, runCli, stackLines, tempDir, writeTree, type Run } from './support/run.js';

beforeAll(requireBuild);
afterAll(removeTempDirs);

const ROOT_CONFIG = { '.briefcheckrc.yaml': 'root: true\n' };

function mkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}

const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0xff, 0xd8]);
const BAD_DATELINE = ` date 2021-13-45 Market stalls in Dunmarra reopened after the storm.\n\n${HEDGED}\n`;
const BROKEN_FRONT = `---\ndate: 2021-05-01\ntitle: @flood in Lisk\n---\n\n${HEDGED}\n`;
const UNCLOSED_FRONT = `---\ntitle: Flood in Lisk\n\n${HEDGED}\n`;
const IMPOSSIBLE_FRONT = `---\ntitle: Flood in Lisk\ndate: 2021-02-30\n---\n\n${HEDGED}\n`;

describe('a folder of bad inputs next to two good articles', () => {
  let dir: string;
  let run: Run;
  let stylish: Run;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, {
      ...ROOT_CONFIG,
      'a.txt': GOOD_A,
      'b.txt': GOOD_B,
      'empty.txt': '',
      'blank.txt': '\r\n  \n\t\n',
      'binary.txt': BINARY,
      'bad-date.txt': BAD_DATELINE,
      'broken-front.md': BROKEN_FRONT,
      'unclosed-front.md': UNCLOSED_FRONT,
      'impossible-front.md': IMPOSSIBLE_FRONT,
      'folder.txt/.keep': '',
    });
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'up'));
    symlinkSync('.', join(dir, 'loop', 'self'));
    symlinkSync('missing.txt', join(dir, 'dangling.txt'));
    symlinkSync('cycle-2.txt', join(dir, 'cycle-1.txt'));
    symlinkSync('cycle-1.txt', join(dir, 'cycle-2.txt'));
    mkfifo(join(dir, 'pipe.txt'));
    run = runCli(dir, ['.', '--format', 'json'], { timeout: 30_000 });
    stylish = runCli(dir, ['.'], { timeout: 30_000 });
  });

  it('finishes, with exit 2 for the input errors and no stack trace', () => {
    expect(run.code).toBe(2);
    expect(stylish.code).toBe(2);
    expect(stackLines(run.stderr + run.stdout + stylish.stdout + stylish.stderr)).toEqual([]);
  });

  it('keeps every finding of the good articles, at the exact positions', () => {
    expectPairFindings(run);
  });

  it('says one line for each file it could not use, naming the file and the line', () => {
    const errors = parseJson(run).errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ''} ${e.kind}: ${e.message}`);
    expect(errors).toEqual([
      'bad-date.txt:1 input: dateline date "2021-13-45" is not a valid calendar date (YYYY-MM-DD)',
      'binary.txt notice: binary file skipped',
      `broken-front.md:${rangeOf(BROKEN_FRONT, '@flood').line} input: front matter is not valid YAML: Plain value cannot start with reserved character @`,
      'cycle-1.txt notice: symbolic link loop: skipped',
      'cycle-2.txt notice: symbolic link loop: skipped',
      'dangling.txt notice: symbolic link to a file that does not exist: skipped',
      `impossible-front.md:${rangeOf(IMPOSSIBLE_FRONT, 'date:').line} input: front matter date "2021-02-30" is not a valid calendar date (YYYY-MM-DD)`,
      'unclosed-front.md:1 input: front matter starts with --- but is never closed',
    ]);
    // The same lines, once each, in the report people read.
    const out = lines(stylish.stdout);
    for (const e of parseJson(run).errors) {
      const label = e.kind === 'notice' ? 'note' : 'error';
      expect(out.filter((l) => l === `${e.path}${e.line ? `:${e.line}` : ''}: ${label}: ${e.message}`), e.path).toHaveLength(1);
    }
    // Empty, blank, folder-named and looping entries say nothing at all.
    for (const quiet of ['empty.txt', 'blank.txt', 'folder.txt', 'loop/', 'pipe.txt']) expect(stylish.stdout).not.toContain(quiet);
  });

  it('still checks the body of an article whose header is wrong', () => {
    for (const [path, text] of [['bad-date.txt', BAD_DATELINE], ['broken-front.md', BROKEN_FRONT], ['impossible-front.md', IMPOSSIBLE_FRONT]] as const) {
      const hedge = rangeOf(text, 'are thought to');
      expect(findings(run).filter((f) => f.path === path && f.ruleId === 'hedged-claim').map((f) => [f.line, f.column]), path).toEqual([[hedge.line, hedge.column]]);
    }
  });

  it('reads each real file once, however many links lead to it', () => {
    const paths = parseJson(run).files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.includes('loop/'))).toEqual([]);
  });
});

describe('named paths that cannot be read', () => {
  it('says one line for each, never waits on a pipe or a device, and keeps the good findings', () => {
    const dir = tempDir();
    writeTree(dir, { ...ROOT_CONFIG, 'a.txt': GOOD_A, 'b.txt': GOOD_B });
    symlinkSync('missing.txt', join(dir, 'dangling.txt'));
    symlinkSync('cycle-2.txt', join(dir, 'cycle-1.txt'));
    symlinkSync('cycle-1.txt', join(dir, 'cycle-2.txt'));
    const fifo = mkfifo(join(dir, 'pipe.txt'));
    const args = ['a.txt', 'b.txt', 'nope.txt', 'gone/*.txt', 'dangling.txt', 'cycle-1.txt', 'a.txt/inside.txt', ...(fifo ? ['pipe.txt'] : []), '/dev/zero'];
    const run = runCli(dir, [...args, '--format', 'json'], { timeout: 30_000 });
    expect(run.code).toBe(2);
    expectPairFindings(run);
    const errors = parseJson(run).errors.map((e) => `${e.path} ${e.kind}: ${e.message}`);
    expect(errors).toEqual([
      '/dev/zero notice: not a regular file (a pipe, socket or device): skipped',
      'a.txt/inside.txt usage: no such file or folder (a part of the path is a file)',
      'cycle-1.txt usage: symbolic link loop',
      'dangling.txt usage: symbolic link to a file that does not exist',
      'gone/*.txt usage: the pattern matched no files',
      'nope.txt usage: no such file or folder',
      ...(fifo ? ['pipe.txt notice: not a regular file (a pipe, socket or device): skipped'] : []),
    ]);
    expect(stackLines(run.stderr)).toEqual([]);
  });

  // As root every file is readable, so the test drops to an unprivileged user
  // (uid 65534) for the run; as a normal user chmod alone does it.
  it('an unreadable file and an unreadable folder are reported, and the run goes on', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeTree(dir, { ...ROOT_CONFIG, 'a.txt': GOOD_A, 'b.txt': GOOD_B, 'secret.txt': GOOD_A, 'locked/inner.txt': GOOD_B });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    const as = IS_ROOT ? { uid: 65534, gid: 65534 } : {};
    try {
      const run = runCli(dir, ['.', '--format', 'json'], { timeout: 30_000, ...as });
      expect(run.code).toBe(2);
      expectPairFindings(run);
      expect(parseJson(run).errors.map((e) => `${e.path} ${e.kind}: ${e.message}`)).toEqual(['locked input: cannot read folder: permission denied', 'secret.txt input: cannot read file: permission denied']);
      const named = runCli(dir, ['a.txt', 'b.txt', 'secret.txt'], { timeout: 30_000, ...as });
      expect(named.code).toBe(2);
      expect(lines(named.stdout)).toContain('secret.txt: error: cannot read file: permission denied');
      expect(stackLines(run.stderr + named.stdout + named.stderr)).toEqual([]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
      chmodSync(join(dir, 'secret.txt'), 0o644);
    }
  });
});

describe('empty and blank files', () => {
  it('produce no message and do not change the exit code', () => {
    const dir = tempDir();
    writeTree(dir, { ...ROOT_CONFIG, 'a.txt': GOOD_A, 'b.txt': GOOD_B, 'empty.txt': '', 'blank.txt': ' \r\n\r\n\t', 'bom-only.txt': '\ufeff', 'empty.md': '' });
    const run = runCli(dir, ['.', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(parseJson(run).errors).toEqual([]);
    expect(findings(run).map((f) => f.path).filter((p) => p !== 'a.txt' && p !== 'b.txt')).toEqual([]);
    expectPairFindings(run);
  });
});

describe('the same file twice, and two files with the same text', () => {
  it('a file named several ways is read once and reported once', () => {
    const dir = tempDir();
    writeTree(dir, { ...ROOT_CONFIG, 'a.txt': GOOD_A, 'b.txt': GOOD_B, 'sub/.keep': '' });
    symlinkSync('a.txt', join(dir, 'link.txt'));
    const run = runCli(dir, ['a.txt', './a.txt', join(dir, 'a.txt'), 'sub/../a.txt', 'link.txt', '*.txt', 'b.txt', '.', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(parseJson(run).files.map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
    expectPairFindings(run);
    const all = findings(run);
    expect(all.length).toBe(new Set(all.map((f) => JSON.stringify(f))).size);
    for (const f of all) expect(new Set(f.related.map((r) => r.path)).size).toBe(f.related.length);
  });

  it('two files with identical text do not corroborate each other, and both keep their findings', async () => {
    const dir = tempDir();
    writeTree(dir, { ...ROOT_CONFIG, 'a.txt': GOOD_A, 'copy.txt': GOOD_A, 'b.txt': GOOD_B });
    const result = await claims(['.'], { cwd: dir, jobs: 1 });
    const pathOf = (id: string) => id.slice(0, id.lastIndexOf('#'));
    const between = result.links.filter((l) => new Set([pathOf(l.from), pathOf(l.to)]).size === 1 || [pathOf(l.from), pathOf(l.to)].sort().join() === 'a.txt,copy.txt');
    expect(between).toEqual([]);
    // Each copy still disagrees with b.txt, and b.txt's findings name both copies.
    expect(result.links.some((l) => pathOf(l.from) === 'a.txt' || pathOf(l.to) === 'a.txt')).toBe(true);
    expect(result.links.some((l) => pathOf(l.from) === 'copy.txt' || pathOf(l.to) === 'copy.txt')).toBe(true);
    const run = runCli(dir, ['.', '--format', 'json']);
    expectPairFindings(run);
    expectPairFindings(run, { a: GOOD_A, b: GOOD_B }, { a: 'copy.txt', b: 'b.txt' });
    const onB = findings(run).find((f) => f.path === 'b.txt' && f.ruleId === 'unconfirmed-as-fact')!;
    expect(onB.related.map((r) => r.path)).toEqual(['a.txt', 'copy.txt']);
  });
});

describe('deeply nested folders and symbolic link loops', () => {
  it('finds an article 200 folders down, with the config cascade applied on the way', () => {
    const dir = tempDir();
    const levels = Array.from({ length: 200 }, (_, i) => `d${i % 10}`);
    const deep = levels.join('/');
    const middle = levels.slice(0, 100).join('/');
    writeTree(dir, { ...ROOT_CONFIG, 'b.txt': GOOD_B, [`${middle}/.briefcheckrc.yaml`]: 'rules:\n  hedged-claim: "off"\n', [`${deep}/a.txt`]: GOOD_A });
    symlinkSync(join(dir, levels.slice(0, 50).join('/')), join(dir, deep, 'back-up'));
    const run = runCli(dir, ['.', '--format', 'json'], { timeout: 30_000 });
    expect(run.code).toBe(0);
    const deepPath = `${deep}/a.txt`;
    const got = findings(run).filter((f) => f.path === deepPath);
    const three = rangeOf(GOOD_A, 'three weeks');
    expect(got.find((f) => f.ruleId === 'conflicting-number')).toMatchObject({ line: three.line, column: three.column });
    expect(got.filter((f) => f.ruleId === 'hedged-claim')).toEqual([]);
    expect(parseJson(run).files.map((f) => f.path)).toEqual([deepPath, 'b.txt'].sort());
  });
});

describe('impossible dates and broken front matter', () => {
  it('each is one line with the file and the line; the article is still checked', () => {
    const dir = tempDir();
    const files = {
      'month-13.txt': ` date 2021-13-45 ${HEDGED}\n`,
      'feb-30.txt': ` date 2021-02-30\n\n${HEDGED}\n`,
      'not-a-date.txt': ` date yesterday ${HEDGED}\n`,
      'tab-indent.md': `---\ntitle: Flood\n\tsource: Wire\n---\n${HEDGED}\n`,
      'list-front.md': `---\n- a\n- b\n---\n${HEDGED}\n`,
      'crlf-front.md': `---\r\ntitle: Flood\r\ndate: 2022-13-01\r\n---\r\n\r\n${HEDGED}\r\n`,
    };
    writeTree(dir, { ...ROOT_CONFIG, ...files });
    const run = runCli(dir, ['.']);
    expect(run.code).toBe(2);
    expect(stackLines(run.stdout + run.stderr)).toEqual([]);
    const out = lines(run.stdout);
    expect(out).toContain('month-13.txt:1: error: dateline date "2021-13-45" is not a valid calendar date (YYYY-MM-DD)');
    expect(out).toContain('feb-30.txt:1: error: dateline date "2021-02-30" is not a valid calendar date (YYYY-MM-DD)');
    expect(out).toContain('not-a-date.txt:1: error: dateline date "yesterday" is not a valid calendar date (YYYY-MM-DD)');
    expect(out.filter((l) => l.startsWith(`tab-indent.md:${rangeOf(files['tab-indent.md'], '\tsource').line}: error: front matter is not valid YAML`))).toHaveLength(1);
    expect(out).toContain(`list-front.md:${rangeOf(files['list-front.md'], '- a').line}: error: front matter must be a YAML mapping of keys to values`);
    expect(out).toContain(`crlf-front.md:${rangeOf(files['crlf-front.md'], 'date:').line}: error: front matter date "2022-13-01" is not a valid calendar date (YYYY-MM-DD)`);
    const json = runCli(dir, ['.', '--format', 'json']);
    for (const [path, text] of Object.entries(files)) {
      const hedge = rangeOf(text, 'are thought to');
      expect(findings(json).filter((f) => f.path === path && f.ruleId === 'hedged-claim').map((f) => [f.line, f.column]), path).toEqual([[hedge.line, hedge.column]]);
    }
  });
});

describe('very long sentences', () => {
  it('a 1 MB paragraph with no full stop finishes, and the sentence after it is still found exactly', async () => {
    const dir = tempDir();
    const words = ['officials', 'said', 'the', 'council', 'would', 'review', 'about', '300', 'permits', 'in', 'Velmora', 'on', 'Tuesday', 'reports', 'suggest', 'according', 'to', 'the', 'ministry', 'last', 'month'];
    const parts: string[] = [' date 2023-04-12 '];
    let size = 0;
    for (let i = 0; size < 1024 * 1024; i++) {
      const w = words[(i * 7 + (i >> 4)) % words.length]! + (i % 11 === 0 ? ', ' : ' ');
      parts.push(w);
      size += w.length;
    }
    const text = `${parts.join('')}\n\n${HEDGED}\n`;
    writeFileSync(join(dir, 'huge.txt'), text);
    writeFileSync(join(dir, '.briefcheckrc.yaml'), 'root: true\n');
    const run = runCli(dir, ['huge.txt', '--format', 'json'], { timeout: 60_000 });
    expect(run.code).toBe(0);
    const hedge = rangeOf(text, 'are thought to');
    const all = findings(run);
    expect(all.filter((f) => f.ruleId === 'hedged-claim' && f.line === hedge.line).map((f) => [f.line, f.column])).toEqual([[hedge.line, hedge.column]]);
    for (const f of all) {
      expect(f.line === 1 || f.line === hedge.line).toBe(true);
      expect(f.column).toBeGreaterThan(0);
    }
  }, 90_000);

  it('a 30,000-character sentence of clauses is checked in pieces, positions inside the text', () => {
    const dir = tempDir();
    const clauses: string[] = [];
    for (let i = 0; clauses.join(', ').length < 30_000; i++) clauses.push(`the ${['mayor', 'union', 'council', 'minister'][i % 4]} said ${i + 2} boats were seen near Kestrin`);
    const long = `${clauses.join(', ')}.`;
    const text = ` date 2023-04-12 ${long.charAt(0).toUpperCase()}${long.slice(1)}\n\n${HEDGED}\n`;
    writeTree(dir, { ...ROOT_CONFIG, 'long.txt': text });
    const run = runCli(dir, ['long.txt', '--format', 'json']);
    expect(run.code).toBe(0);
    const hedge = rangeOf(text, 'are thought to');
    expect(findings(run).filter((f) => f.ruleId === 'hedged-claim').map((f) => [f.line, f.column])).toEqual([[hedge.line, hedge.column]]);
    const firstLine = text.split('\n')[0]!.length;
    for (const f of findings(run)) if (f.line === 1) expect(f.endColumn).toBeLessThanOrEqual(firstLine + 1);
  });
});
