// Issue 8, part 3: a rule that throws (or reports nonsense) costs only its own
// findings on that one file; every other rule and file still runs, and the
// user is told which rule failed where (the stack only with --debug).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesById } from '../../rules/index.js';
import { articleFromText } from '../../src/load/article.js';
import { extractArticle } from '../../src/extract/index.js';
import { check } from '../../src/pipeline.js';
import { runRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';
import type { ArticleClaims } from '../../src/types.js';
import { GOOD_A, GOOD_B, HEDGED } from './support/fixtures.js';
import { findings, lines, parseJson, PROJECT, rangeOf, removeTempDirs, requireBuild, runCli, stackLines, tempDir, writeTree } from './support/run.js';

beforeAll(requireBuild);
afterAll(removeTempDirs);

function fakeRule(id: string, check: Rule['check']): Rule {
  return { meta: { id, description: id, scope: 'article', defaultSeverity: 'warning', docs: '' }, check };
}

/** Reports the first claim of every article: proof that a rule ran. */
const FIRST_CLAIM = fakeRule('first-claim', (ctx) => {
  const c = ctx.claims()[0];
  if (c) ctx.report({ message: 'first claim', span: c.span });
});

function articles(): ArticleClaims[] {
  return [
    extractArticle(articleFromText('a.txt', GOOD_A)),
    extractArticle(articleFromText('b.txt', GOOD_B)),
    extractArticle(articleFromText('c.txt', ` date 2023-04-14 ${HEDGED}\n`)),
  ];
}

function run(rules: Rule[]) {
  const all = articles();
  return runRules({
    reported: all,
    all,
    links: [],
    rules,
    settingsFor: () => new Map(rules.map((r) => [r.meta.id, { severity: 'warning' as const, options: {} }])),
    entityKey: (s) => s.toLowerCase(),
  });
}

const ruleIdsOn = (out: ReturnType<typeof run>, path: string) => out.files.find((f) => f.path === path)!.messages.map((m) => m.ruleId).sort();

describe('the rule engine isolates a failing rule', () => {
  it('a rule that throws on one file: reported for that file and rule; everything else still reported', () => {
    const boom = fakeRule('throws-on-b', (ctx) => {
      if (ctx.article.path === 'b.txt') throw new Error('boom in b');
      ctx.report({ message: 'ran', span: { start: 0, end: 1 } });
    });
    const out = run([boom, FIRST_CLAIM]);
    expect(out.failures).toEqual([{ path: 'b.txt', ruleId: 'throws-on-b', message: 'boom in b', stack: expect.stringContaining('boom in b') }]);
    expect(ruleIdsOn(out, 'a.txt')).toEqual(['first-claim', 'throws-on-b']);
    expect(ruleIdsOn(out, 'b.txt')).toEqual(['first-claim']);
    expect(ruleIdsOn(out, 'c.txt')).toEqual(['first-claim', 'throws-on-b']);
  });

  it('whatever is thrown (a string, undefined, an object that cannot become text) is described, not rethrown', () => {
    const odd: unknown[] = ['a string', undefined, null, 42, Object.create(null), { message: 7 }, Object.defineProperty({}, 'message', { get: () => { throw new Error('no'); } })];
    const rules = odd.map((value, i) => fakeRule(`odd-${i}`, () => {
      throw value;
    }));
    const out = run([...rules, FIRST_CLAIM]);
    expect(out.failures).toHaveLength(odd.length * 3);
    const unshowable = 'a value that cannot be shown as text was thrown';
    expect(out.failures.filter((f) => f.path === 'b.txt').map((f) => f.message)).toEqual(['a string', 'undefined', 'null', '42', unshowable, '[object Object]', unshowable]);
    for (const f of out.failures) expect(typeof f.message).toBe('string');
    for (const path of ['a.txt', 'b.txt', 'c.txt']) expect(ruleIdsOn(out, path)).toEqual(['first-claim']);
  });

  it('a report with an impossible position is a failure of that rule; its good reports are kept', () => {
    const sloppy = fakeRule('sloppy', (ctx) => {
      ctx.report({ message: 'fine', span: { start: 1, end: 5 } });
      ctx.report({ message: 'past the end', span: { start: 0, end: ctx.article.text.length + 10 } });
      ctx.report({ message: 'not a number', span: { start: Number.NaN, end: 3 } });
      ctx.report({ message: 'bad related', span: { start: 1, end: 2 }, related: [{ path: 'a.txt', span: { start: -4, end: 2 }, message: 'x' }] });
    });
    const out = run([sloppy, FIRST_CLAIM]);
    expect(out.failures.map((f) => [f.path, f.ruleId])).toEqual([
      ['a.txt', 'sloppy'],
      ['b.txt', 'sloppy'],
      ['c.txt', 'sloppy'],
    ]);
    expect(out.failures[0]!.message).toMatch(/bad position .*outside the text/);
    for (const file of out.files) {
      expect(file.messages.filter((m) => m.ruleId === 'sloppy').map((m) => [m.message, m.line, m.column])).toEqual([['fine', 1, 2]]);
      expect(file.messages.some((m) => m.ruleId === 'first-claim')).toBe(true);
    }
  });
});

describe('a real rule that throws, through the library and the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeTree(dir, { '.briefcheckrc.yaml': 'root: true\n', 'a.txt': GOOD_A, 'b.txt': GOOD_B, 'c.txt': ` date 2023-04-14 ${HEDGED}\n` });
  });

  it('check(): the failure is an internal error of that rule on that file; the rule still runs on the others', async () => {
    const rule = rulesById.get('hedged-claim')!;
    const original = rule.check;
    rule.check = (ctx) => {
      if (ctx.article.path === 'a.txt') throw new TypeError('injected failure');
      original(ctx);
    };
    try {
      const result = await check(['.'], { cwd: dir, jobs: 1 });
      expect(result.errors).toEqual([{ path: 'a.txt', kind: 'internal', message: 'rule "hedged-claim" failed on this file (internal error: injected failure); other rules still ran', stack: expect.stringContaining('injected failure') }]);
      const on = (path: string) => result.files.find((f) => f.path === path)!.messages.map((m) => m.ruleId);
      expect(on('a.txt')).not.toContain('hedged-claim');
      expect(on('a.txt')).toContain('conflicting-number');
      expect(on('c.txt')).toContain('hedged-claim');
    } finally {
      rule.check = original;
    }
  });

  // The CLI is run with a preloaded module (node --import) that wraps one rule
  // of the built package so it throws on one file: no test hook in the product.
  function hook(ruleId: string, file: string): string {
    const path = join(dir, `throw-${ruleId}.mjs`);
    const rules = pathToFileURL(join(PROJECT, 'dist', 'rules', 'index.js')).href;
    writeFileSync(path, `import { rulesById } from ${JSON.stringify(rules)};\nconst rule = rulesById.get(${JSON.stringify(ruleId)});\nconst original = rule.check;\nrule.check = (ctx) => {\n  if (ctx.article.path === ${JSON.stringify(file)}) throw new RangeError('injected failure in ' + ctx.article.path);\n  return original(ctx);\n};\n`);
    return pathToFileURL(path).href;
  }

  it('briefcheck: one line naming rule and file, other findings intact, stack only with --debug', () => {
    const nodeArgs = ['--import', hook('hedged-claim', 'a.txt')];
    const plain = runCli(dir, ['a.txt', 'b.txt', 'c.txt'], { nodeArgs });
    const out = lines(plain.stdout);
    const line = 'a.txt: internal error: rule "hedged-claim" failed on this file (internal error: injected failure in a.txt); other rules still ran';
    expect(out.filter((l) => l.includes('internal error'))).toEqual([line]);
    expect(stackLines(plain.stdout + plain.stderr)).toEqual([]);
    // Exit code from the findings alone (warnings here): the failure is reported, not fatal.
    expect(plain.code).toBe(0);

    const json = runCli(dir, ['a.txt', 'b.txt', 'c.txt', '--format', 'json'], { nodeArgs });
    const got = findings(json);
    // Gone: that rule on that file. Kept: that rule on the other files, the other rules on that file.
    expect(got.filter((f) => f.path === 'a.txt' && f.ruleId === 'hedged-claim')).toEqual([]);
    const c = ` date 2023-04-14 ${HEDGED}\n`;
    const hedge = rangeOf(c, 'are thought to');
    expect(got.filter((f) => f.path === 'c.txt' && f.ruleId === 'hedged-claim').map((f) => [f.line, f.column])).toEqual([[hedge.line, hedge.column]]);
    for (const [ruleId, needle] of [['conflicting-number', 'three weeks'], ['conflicting-date', 'Tuesday']]) {
      const at = rangeOf(GOOD_A, needle!);
      expect(got.find((f) => f.path === 'a.txt' && f.ruleId === ruleId), ruleId).toMatchObject({ line: at.line, column: at.column });
    }
    expect(parseJson(json).errors).toEqual([{ path: 'a.txt', kind: 'internal', message: expect.stringContaining('injected failure in a.txt') }]);

    const debug = runCli(dir, ['a.txt', 'b.txt', 'c.txt', '--debug'], { nodeArgs });
    expect(debug.stderr).toContain('RangeError: injected failure in a.txt');
    expect(stackLines(debug.stderr).length).toBeGreaterThan(0);
  });

  it('an article whose extraction throws is an internal error of that file only', async () => {
    // A library caller handing over something that is not text: extraction of
    // that one article fails; the others are checked as usual.
    const result = await check(['a.txt', 'b.txt', 'odd.txt'], { cwd: dir, jobs: 1, contents: { 'odd.txt': 42 as unknown as string } });
    expect(result.errors.map((e) => [e.path, e.kind, e.message.split(':')[0]])).toEqual([['odd.txt', 'internal', 'internal error while extracting claims']]);
    expect(result.files.map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
    expect(result.files[0]!.messages.map((m) => m.ruleId)).toContain('conflicting-number');
  });
});
