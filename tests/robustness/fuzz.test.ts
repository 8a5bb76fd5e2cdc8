// Issue 8, part 4: mutated articles through the whole pipeline. No crash, no
// internal error, every position inside its file, and the same output every
// time (and with or without worker threads).
//
// Default: 2,000 articles. BRIEFCHECK_HEAVY=1 runs 20,000 (or
// BRIEFCHECK_FUZZ_COUNT); BRIEFCHECK_FUZZ_SEED replays another seed. A failure
// names the file, its seed and the mutations applied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/pipeline.js';
import { computeLineStarts, pointAt } from '../../src/load/line-index.js';
import { decode } from '../../src/load/read.js';
import { article, Random } from './support/articles.js';
import { LIMITS, mutate } from './support/mutate.js';
import { HEAVY, parseJson, removeTempDirs, requireBuild, runCli, tempDir, writeTree } from './support/run.js';

const COUNT = Number(process.env.BRIEFCHECK_FUZZ_COUNT ?? (HEAVY ? 20_000 : 2_000));
const SEED = Number(process.env.BRIEFCHECK_FUZZ_SEED ?? 20_261_122);
const GROUP = 100;
if (HEAVY) LIMITS.repeat = 2000;

beforeAll(requireBuild);
afterAll(removeTempDirs);

interface Made {
  seed: number;
  applied: string[];
}

/**
 * One folder of GROUP articles: ten events, each told by ten "outlets" whose
 * numbers and dates drift (so cross-source rules have links to work on), each
 * then mutated (most mutations leave enough text for links to survive).
 */
function makeGroup(dir: string, group: number): Map<string, Made> {
  const made = new Map<string, Made>();
  const files: Record<string, Buffer> = { '.briefcheckrc.yaml': Buffer.from('root: true\n') };
  for (let event = 0; event < GROUP / 10; event++) {
    const base = SEED * 7 + group * 1000 + event;
    for (let outlet = 0; outlet < 10; outlet++) {
      const seed = base * 16 + outlet;
      const r = new Random(seed);
      const markdown = r.int(0, 3) === 0;
      let text = article(base, { format: markdown ? 'markdown' : 'text', date: `2022-0${r.int(1, 9)}-1${r.int(0, 9)}` });
      text = text.replace(/\d+/g, (d) => (r.int(0, 3) === 0 ? String(r.int(1, 999)) : d));
      if (r.int(0, 2) === 0) text = text.replace(/ said/g, ' is thought to have said');
      const { bytes, applied } = mutate(Buffer.from(text), r);
      const name = `e${event}-o${outlet}.${markdown ? 'md' : 'txt'}`;
      files[name] = bytes;
      made.set(name, { seed, applied });
    }
  }
  writeTree(dir, files);
  return made;
}

/** The result without what may differ between runs (timings) or machines (stacks). */
function normal(result: CheckResult): string {
  const { timings: _t, ...stats } = result.stats;
  return JSON.stringify({ files: result.files, errors: result.errors.map(({ stack: _s, ...e }) => e), stats, unusedDisables: result.unusedDisables });
}

/** Internal errors of a run, one line each, naming the file, its seed and its mutations. */
function internalErrors(result: CheckResult, made: Map<string, Made>, group: number): string[] {
  const where = (path: string) => `group ${group} ${path} (seed ${made.get(path)?.seed}, ${made.get(path)?.applied.join('+') || 'unmutated'})`;
  return result.errors.filter((e) => e.kind === 'internal').map((e) => `${where(e.path)}: ${e.message}${e.stack ? `\n${e.stack.split('\n').slice(0, 4).join('\n')}` : ''}`);
}

function expectSane(result: CheckResult, dir: string, made: Map<string, Made>): void {
  const where = (path: string) => `${path} (seed ${made.get(path)?.seed}, ${made.get(path)?.applied.join('+') || 'unmutated'}; replay with BRIEFCHECK_FUZZ_SEED=${SEED})`;
  const texts = new Map<string, string>();
  const textOf = (path: string) => {
    let t = texts.get(path);
    if (t === undefined) {
      const read = decode(readFileSync(join(dir, path)));
      t = read.ok ? read.text.replace(/^\ufeff/, '') : '';
      texts.set(path, t);
    }
    return t;
  };
  const paths = result.files.map((f) => f.path);
  expect(paths).toEqual([...paths].sort());
  for (const file of result.files) {
    const text = textOf(file.path);
    const starts = computeLineStarts(text);
    let previous = { line: 0, column: 0 };
    for (const m of file.messages) {
      const at = `${where(file.path)} ${m.ruleId} ${m.line}:${m.column}`;
      expect(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= text.length, at).toBe(true);
      expect(pointAt(starts, m.span.start), at).toEqual({ line: m.line, column: m.column });
      expect(pointAt(starts, m.span.end), at).toEqual({ line: m.endLine, column: m.endColumn });
      expect(m.line > previous.line || (m.line === previous.line && m.column >= previous.column), `${at}: findings out of order`).toBe(true);
      previous = m;
      for (const rel of m.related) {
        const other = textOf(rel.path);
        const lastLine = computeLineStarts(other).length;
        expect(rel.line >= 1 && rel.line <= lastLine && rel.column >= 1, `${at} → ${rel.path}:${rel.line}:${rel.column}`).toBe(true);
      }
    }
  }
}

describe(`fuzz: ${COUNT} mutated articles through the whole pipeline (seed ${SEED})`, () => {
  const groups = Math.ceil(COUNT / GROUP);
  const dirs: string[] = [];
  let findings = 0;
  let mutated = 0;
  const internal: string[] = [];

  it('never crashes, never reports an internal error, keeps every position inside its file, and gives the same output twice', async () => {
    const t0 = performance.now();
    for (let g = 0; g < groups; g++) {
      const dir = tempDir('bc-fuzz-');
      dirs.push(dir);
      const made = makeGroup(dir, g);
      mutated += [...made.values()].filter((m) => m.applied.length > 0).length;
      const first = await check(['.'], { cwd: dir, jobs: 1 });
      internal.push(...internalErrors(first, made, g));
      expectSane(first, dir, made);
      findings += first.files.reduce((n, f) => n + f.messages.length, 0);
      expect(first.stats.articles + first.errors.filter((e) => e.kind === 'notice' && e.message === 'binary file skipped').length).toBe(GROUP);
      // Determinism: every tenth folder again, its files named in reverse order.
      if (g % 10 === 0) {
        const names = [...made.keys()].reverse();
        const again = await check(names, { cwd: dir, jobs: 1 });
        expect(normal(again), `folder ${g}`).toBe(normal(first));
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`fuzz: ${groups * GROUP} articles (${mutated} mutated) in ${seconds.toFixed(1)} s, ${findings} findings, ${internal.length} internal errors, seed ${SEED}`);
    // A rule or extraction failure is isolated (the run went on), but it is a bug all the same.
    expect(internal, `replay with BRIEFCHECK_FUZZ_SEED=${SEED}`).toEqual([]);
    expect(mutated).toBeGreaterThanOrEqual(COUNT);
    expect(findings).toBeGreaterThan(COUNT);
  }, HEAVY ? 3_600_000 : 300_000);

  it('the CLI gives the same bytes with worker threads and without', () => {
    const dir = dirs[0]!;
    const one = runCli(dir, ['.', '--format', 'json', '--jobs', '1'], { timeout: 120_000 });
    const two = runCli(dir, ['.', '--format', 'json', '--jobs', '2'], { timeout: 120_000 });
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    expect(parseJson(one).errors.filter((e) => e.kind === 'internal')).toEqual([]);
  }, 300_000);
});
