// Assertions shared by the robustness tests: the good pair's findings, at
// positions computed from the texts (never from the tool's output).
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { EXPECTED, GOOD_A, GOOD_B } from './fixtures.js';
import { CLI, findings, rangeOf, type Run } from './run.js';

/** The pair's findings are all there, at positions computed from `texts` (the text as decoded). */
export function expectPairFindings(run: Run, texts: { a: string; b: string } = { a: GOOD_A, b: GOOD_B }, paths = { a: 'a.txt', b: 'b.txt' }): void {
  const all = findings(run);
  for (const e of EXPECTED) {
    const want = { path: paths[e.file], ruleId: e.ruleId, ...rangeOf(texts[e.file], e.text, e.nth) };
    const got = all.filter((f) => f.path === want.path && f.ruleId === want.ruleId).map((f) => ({ path: f.path, ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }));
    expect(got, `${e.ruleId} on ${want.path}`).toContainEqual(want);
  }
  // A cross-source finding points at the right place in the other file too.
  const number = all.find((f) => f.path === paths.a && f.ruleId === 'conflicting-number')!;
  const five = rangeOf(texts.b, 'five weeks');
  expect(number.related.map((r) => ({ path: r.path, line: r.line, column: r.column }))).toEqual([{ path: paths.b, line: five.line, column: five.column }]);
}

/** The CLI with raw bytes on standard input. */
export function runCliBytes(cwd: string, args: string[], input: Uint8Array): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error || r.signal) throw new Error(`did not finish: ${r.error?.message ?? r.signal}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: 0 };
}

