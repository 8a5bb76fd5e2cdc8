// Issue 8, part 1 (continued): encodings, line endings and streams. The
// positions a user sees must be exact in the text as decoded, whatever the
// bytes were; standard input is decoded like a file; a reader that stops
// early is not a crash.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_A, GOOD_B, HEDGED } from './support/fixtures.js';
import { expectPairFindings, runCliBytes } from './support/expect.js';
import { CLI, findings, lines, parseJson, rangeOf, removeTempDirs, requireBuild, runCli, stackLines, tempDir, writeTree } from './support/run.js';

beforeAll(requireBuild);
afterAll(removeTempDirs);

const ROOT_CONFIG = { '.briefcheckrc.yaml': 'root: true\n' };
const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

describe('encodings and line endings', () => {
  const variants: Array<[string, (text: string) => Uint8Array]> = [
    ['CRLF line endings', (t) => Buffer.from(t.replace(/\n/g, '\r\n'))],
    ['CR line endings', (t) => Buffer.from(t.replace(/\n/g, '\r'))],
    ['mixed line endings', (t) => Buffer.from(t.replace(/\n/g, (_m, i: number) => ['\r\n', '\r', '\n'][i % 3]!))],
    ['UTF-8 with a BOM', (t) => Buffer.from(`\ufeff${t}`)],
    ['UTF-16 LE with a BOM', (t) => Buffer.from(`\ufeff${t}`, 'utf16le')],
    ['UTF-16 BE with a BOM', (t) => Buffer.from(`\ufeff${t}`, 'utf16le').swap16()],
    ['UTF-16 LE with CRLF', (t) => Buffer.from(`\ufeff${t.replace(/\n/g, '\r\n')}`, 'utf16le')],
    ['UTF-8 saved twice with a BOM', (t) => Buffer.from(`\ufeff\ufeff${t}`)],
  ];
  for (const [name, encode] of variants) {
    it(`${name}: same findings, positions exact in the decoded text`, () => {
      const dir = tempDir();
      // An accent and an astral character before the findings: columns count UTF-16 code units.
      const a = GOOD_A.replace('The harbour bridge', 'The old harbour bridge (Ñ 🌊)');
      expect(a).not.toBe(GOOD_A);
      const bytes = encode(a);
      writeTree(dir, { ...ROOT_CONFIG, 'a.txt': bytes, 'b.txt': GOOD_B });
      const run = runCli(dir, ['.', '--format', 'json']);
      expect(run.code).toBe(0);
      expect(parseJson(run).errors).toEqual([]);
      // Positions count from after the byte-order mark(s), as editors show them.
      const decoded = new TextDecoder(name.includes('16 BE') ? 'utf-16be' : name.includes('16') ? 'utf-16le' : 'utf-8').decode(bytes).replace(/^\ufeff+/, '');
      expectPairFindings(run, { a: decoded, b: GOOD_B });
      // Excerpts are cut from the same text the positions count in.
      expect(findings(run).find((f) => f.path === 'a.txt' && f.ruleId === 'conflicting-number')!.excerpt).toBe('three weeks');
    });
  }

  it('invalid UTF-8: one note, the bytes replaced, findings and positions kept', () => {
    const dir = tempDir();
    // A cut-off three-byte sequence (two bytes, one replacement character) and a stray byte.
    const cut = GOOD_A.indexOf('harbour') + 3;
    const bytes = Buffer.concat([Buffer.from(GOOD_A.slice(0, cut)), Buffer.from([0xe2, 0x82]), Buffer.from(GOOD_A.slice(cut, cut + 2)), Buffer.from([0xff]), Buffer.from(GOOD_A.slice(cut + 2))]);
    expect(new TextDecoder().decode(bytes)).toContain('har\ufffdbo\ufffdur');
    writeTree(dir, { ...ROOT_CONFIG, 'a.txt': bytes, 'b.txt': GOOD_B });
    const run = runCli(dir, ['.', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(parseJson(run).errors).toEqual([{ path: 'a.txt', kind: 'notice', message: 'file is not valid UTF-8; invalid bytes were replaced' }]);
    expectPairFindings(run, { a: new TextDecoder().decode(bytes), b: GOOD_B });
  });
});

describe('standard input', () => {
  const text = ` date 2023-04-12 Officials met on Monday.\r\n\r\n${HEDGED}\r\n`;
  const hedge = rangeOf(text, 'are thought to');
  for (const [name, bytes] of [
    ['UTF-8 with a BOM', Buffer.from(`\ufeff${text}`)],
    ['UTF-16 LE with a BOM', Buffer.from(`\ufeff${text}`, 'utf16le')],
  ] as const) {
    it(`${name}: decoded as a file would be, positions exact`, () => {
      const dir = tempDir();
      writeTree(dir, ROOT_CONFIG);
      const run = runCliBytes(dir, ['--stdin', '--stdin-filename', 'piped.txt', '--format', 'json'], bytes);
      expect(run.code).toBe(0);
      expect(findings(run).filter((f) => f.ruleId === 'hedged-claim').map((f) => [f.path, f.line, f.column, f.excerpt])).toEqual([['piped.txt', hedge.line, hedge.column, 'are thought to']]);
    });
  }

  it('binary input is refused in one line, exit 2', () => {
    const dir = tempDir();
    writeTree(dir, ROOT_CONFIG);
    const run = runCliBytes(dir, ['--stdin'], BINARY);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(['briefcheck: standard input: binary file skipped']);
  });
});

describe('a reader that stops early', () => {
  it('(briefcheck claims . --format json | head -1) ends quietly, without a stack trace', async () => {
    const dir = tempDir();
    const files: Record<string, string> = { ...ROOT_CONFIG };
    for (let i = 0; i < 60; i++) files[`a${i}.txt`] = GOOD_A.replace('three', String(i + 2));
    files['b.txt'] = GOOD_B;
    writeTree(dir, files);
    const child = spawn(process.execPath, [CLI, 'claims', '.', '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stackLines(stderr)).toEqual([]);
    expect(stderr).not.toContain('EPIPE');
    expect([0, 1]).toContain(code);
  });
});

