// Issue 8, part 2: every configuration mistake is one line naming the file,
// the line and the key; exit code 2; no stack trace; no findings printed as
// if the run had worked.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { GOOD_A, GOOD_B } from './support/fixtures.js';
import { lines, removeTempDirs, requireBuild, runCli, stackLines, tempDir, writeTree } from './support/run.js';

beforeAll(requireBuild);
afterAll(removeTempDirs);

interface Case {
  name: string;
  config: string;
  /** The line the message must name (computed from the config text by `lineOf`). */
  line: number | undefined;
  /** Words the message must contain: the key or value at fault. */
  mentions: string[];
}

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in config`);
  return i + 1;
}

function mk(name: string, config: string, at: string | undefined, mentions: string[]): Case {
  return { name, config, line: at === undefined ? undefined : lineOf(config, at), mentions };
}

const CASES: Case[] = [
  mk('invalid YAML: an unclosed flow list', 'root: true\nrules:\n  hedged-claim: [warning\n', 'hedged-claim', ['invalid YAML', 'rules.hedged-claim']),
  mk('invalid YAML: an unclosed quote', 'root: true\nrules:\n  anonymous-source: "warning\n  hedged-claim: info\n', 'anonymous-source', ['invalid YAML', 'rules.anonymous-source']),
  mk('invalid YAML: a duplicate key', 'root: true\nrules:\n  hedged-claim: info\nroot: false\n', 'root: false', ['invalid YAML', 'root']),
  mk('invalid YAML: bad indentation', 'root: true\nrules:\n    hedged-claim: info\n  naming-variant: info\n', 'naming-variant', ['invalid YAML', 'naming-variant']),
  mk('invalid YAML: tabs', 'root: true\nrules:\n\thedged-claim: info\n', 'hedged-claim', ['invalid YAML']),
  mk('an unknown rule', 'root: true\nrules:\n  hedged-claims: warning\n', 'hedged-claims', ['unknown rule', 'hedged-claims', 'hedged-claim']),
  mk('an unknown rule in an override', 'root: true\noverrides:\n  - files: ["**/*.md"]\n    rules:\n      no-such-rule: "off"\n', 'no-such-rule', ['unknown rule', 'no-such-rule', 'overrides.rules']),
  mk('a bad severity', 'root: true\nrules:\n  hedged-claim: loud\n', 'hedged-claim', ['bad severity', '"loud"', 'rules.hedged-claim']),
  mk('a bad severity in a list', 'root: true\nrules:\n  hedged-claim: [2, {}]\n', 'hedged-claim', ['bad severity', 'rules.hedged-claim']),
  mk('an empty level list', 'root: true\nrules:\n  hedged-claim: []\n', 'hedged-claim', ['rules.hedged-claim', 'level']),
  mk('an option of the wrong type', 'root: true\nrules:\n  date-inconsistency: [warning, {maxCueDistance: four}]\n', 'maxCueDistance', ['maxCueDistance', 'number', '"four"']),
  mk('a boolean option given a number', 'root: true\nrules:\n  date-inconsistency:\n    - warning\n    - checkTense: 1\n', 'checkTense', ['checkTense', 'boolean']),
  mk('an unknown option', 'root: true\nrules:\n  date-inconsistency: [warning, {maxCueDistanse: 3}]\n', 'maxCueDistanse', ['unknown option', 'maxCueDistanse', 'maxCueDistance']),
  mk('options that are not a mapping', 'root: true\nrules:\n  hedged-claim: [warning, 3]\n', 'hedged-claim', ['options', 'mapping']),
  mk('an unknown top-level key', 'root: true\nrulez:\n  hedged-claim: warning\n', 'rulez', ['unknown key', 'rulez']),
  mk('root that is not a boolean', 'root: "yes"\n', 'root', ['root', 'true or false']),
  mk('a config that is a list', '- rules\n- root\n', '- rules', ['mapping']),
  mk('ignore that is not a list', 'root: true\nignore: 5\n', 'ignore', ['ignore', 'glob']),
  mk('an alias that is not a name', 'root: true\naliases:\n  Harbour Board: 3\n', 'Harbour Board', ['aliases', 'Harbour Board']),
  mk('an override without files', 'root: true\noverrides:\n  - rules:\n      hedged-claim: "off"\n', '- rules', ['override', 'files']),
  mk('a bad maxFileSize', 'root: true\nmaxFileSize: huge\n', 'maxFileSize', ['maxFileSize', '20MB']),
  mk('a negative maxFileSize', 'root: true\nmaxFileSize: -5\n', 'maxFileSize', ['maxFileSize']),
  mk('several YAML documents', 'root: true\n---\nroot: false\n', '---', ['invalid YAML']),
  mk('a binary file', 'root: true\n\u0000\u0001\u0002', undefined, ['binary']),
];

/**
 * Exactly one line, `<file>[:<line>]: error: <message>` (stylish, on stdout) or
 * `<file>[:<line>]: <message>` (machine formats, on stderr). Config files are
 * named by their absolute path.
 */
function expectOneConfigLine(out: string, file: string, c: Pick<Case, 'line' | 'mentions'>, label = 'error: '): void {
  const all = lines(out);
  expect(all, out).toHaveLength(1);
  const line = all[0]!;
  expect(line.startsWith(`${file}${c.line ? `:${c.line}` : ''}: ${label}`), line).toBe(true);
  for (const word of c.mentions) expect(line, line).toContain(word);
}

/** Cases also run through the CLI (the others through the library, which the CLI prints as is). */
const THROUGH_CLI = new Set(['invalid YAML: an unclosed flow list', 'invalid YAML: a duplicate key', 'an unknown rule', 'a bad severity', 'an option of the wrong type', 'an unknown top-level key', 'a bad maxFileSize', 'a binary file']);

describe('configuration mistakes', () => {
  for (const c of CASES) {
    it(`${c.name}: one line with file, line and key; exit 2`, async () => {
      const dir = tempDir();
      writeTree(dir, { '.briefcheckrc.yaml': c.config, 'a.txt': GOOD_A, 'b.txt': GOOD_B });
      const result = await check(['.'], { cwd: dir, jobs: 1 });
      expect(result.files).toEqual([]);
      expect(result.errors).toEqual([{ path: join(dir, '.briefcheckrc.yaml'), ...(c.line ? { line: c.line } : {}), kind: 'config', message: expect.any(String) }]);
      for (const word of c.mentions) expect(result.errors[0]!.message).toContain(word);
      if (!THROUGH_CLI.has(c.name)) return;
      const run = runCli(dir, ['.']);
      expect(run.code).toBe(2);
      expectOneConfigLine(run.stdout, join(dir, '.briefcheckrc.yaml'), c);
      expect(stackLines(run.stdout + run.stderr)).toEqual([]);
      // Machine formats: an empty report on stdout, the same one line on stderr.
      if (c.name !== 'an unknown rule') return;
      const json = runCli(dir, ['.', '--format', 'json']);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout).files).toEqual([]);
      expectOneConfigLine(json.stderr, join(dir, '.briefcheckrc.yaml'), c, '');
    });
  }

  it('a config in a sub-folder is named by its own path', () => {
    const dir = tempDir();
    const config = 'rules:\n  hedged-claim: sometimes\n';
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\n', 'a.txt': GOOD_A, 'desk/.briefcheckrc.yaml': config, 'desk/b.txt': GOOD_B });
    const run = runCli(dir, ['.']);
    expect(run.code).toBe(2);
    expectOneConfigLine(run.stdout, join(dir, 'desk/.briefcheckrc.yaml'), { line: 2, mentions: ['"sometimes"', 'rules.hedged-claim'] });
  });

  it('CRLF line endings and a BOM do not move the line', () => {
    const dir = tempDir();
    writeTree(dir, { '.briefcheckrc.yaml': '\ufeffroot: true\r\nrules:\r\n\r\n  hedged-claim: loud\r\n', 'a.txt': GOOD_A });
    const run = runCli(dir, ['a.txt']);
    expect(run.code).toBe(2);
    expectOneConfigLine(run.stdout, join(dir, '.briefcheckrc.yaml'), { line: 4, mentions: ['"loud"'] });
  });

  it('a config that is a folder, given with --config or found on the way up', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': GOOD_A, 'settings/.keep': '' });
    const named = runCli(dir, ['a.txt', '--config', 'settings']);
    expect(named.code).toBe(2);
    expectOneConfigLine(named.stdout, join(dir, 'settings'), { line: undefined, mentions: ['folder'] });
    mkdirSync(join(dir, 'desk', '.briefcheckrc.yaml'), { recursive: true });
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\n', 'desk/b.txt': GOOD_B });
    const found = runCli(dir, ['.']);
    expect(found.code).toBe(2);
    expectOneConfigLine(found.stdout, join(dir, 'desk/.briefcheckrc.yaml'), { line: undefined, mentions: ['folder'] });
    expect(stackLines(named.stdout + named.stderr + found.stdout + found.stderr)).toEqual([]);
  });

  it('--config naming a missing file is an error even when no article is found', () => {
    const dir = tempDir();
    writeTree(dir, { 'empty/.keep': '' });
    const run = runCli(dir, ['empty', '--config', 'nope.yaml']);
    expect(run.code).toBe(2);
    expectOneConfigLine(run.stdout, join(dir, 'nope.yaml'), { line: undefined, mentions: ['no such file'] });
  });

  it('the library reports the same error, with --config resolved against its cwd', async () => {
    const dir = tempDir();
    writeTree(dir, { 'conf/bad.yaml': 'root: true\nrules:\n  hedged-claim: loud\n', 'a.txt': GOOD_A });
    const result = await check(['a.txt'], { cwd: dir, config: 'conf/bad.yaml', jobs: 1 });
    expect(result.files).toEqual([]);
    expect(result.errors).toEqual([{ path: join(dir, 'conf/bad.yaml'), line: 3, kind: 'config', message: expect.stringContaining('"loud"') }]);
  });

  it('bad command-line values are one line too, with exit 2', () => {
    const dir = tempDir();
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\n', 'a.txt': GOOD_A });
    for (const args of [['--rule', 'hedged-claim:loud'], ['--rule', 'no-such-rule:off'], ['--date', '2021-13-45x'], ['--format', 'yaml'], ['--jobs', '0'], ['--max-warnings', 'many'], ['--nope']]) {
      const run = runCli(dir, ['a.txt', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)[0], args.join(' ')).toMatch(/^briefcheck: /);
      expect(stackLines(run.stderr)).toEqual([]);
    }
  });
});
