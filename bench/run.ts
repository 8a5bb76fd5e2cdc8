// `npm run bench`: generates corpora of 500, 2,000 and 8,000 articles and
// measures, each in a fresh child process, a bare retext-english parse of the
// files and the whole `check` (load + parse + extract + align + rules + JSON
// report), then prints throughput, their ratio, stage times, peak RSS and the
// candidate claim pairs examined, and the targets with PASS / FAIL.
//
//   node dist/bench/run.js [--sizes 500,2000,8000] [--jobs N] [--seed S]
//                          [--archive N | --no-archive] [--options JSON] [--timeout S]
//   node dist/bench/run.js --rss-only 20000 [--jobs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate.js';
import type { Measurement } from './measure.js';
import { evaluateTargets, formatTable, type Row, type TargetResult } from './lib/report.js';
import { projectRoot } from '../src/project-root.js';

const here = dirname(fileURLToPath(import.meta.url));
const MEASURE = join(here, 'measure.js');

interface Args {
  sizes: number[];
  jobs: number;
  seed: number;
  archive?: number;
  rssOnly?: number;
  options: string;
  /** Seconds one measurement may take before it is stopped and reported as failed. */
  timeout: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [500, 2000, 8000], jobs: 1, seed: 1, options: '{}', timeout: 1800 };
  let archive: number | undefined | null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v!;
    };
    if (a === '--sizes') args.sizes = value().split(',').map(positive);
    else if (a === '--jobs') args.jobs = positive(value());
    else if (a === '--seed') args.seed = positive(value());
    else if (a === '--archive') archive = positive(value());
    else if (a === '--no-archive') archive = null;
    else if (a === '--rss-only') args.rssOnly = positive(value());
    else if (a === '--options') args.options = value();
    else if (a === '--timeout') args.timeout = positive(value());
    else usage(`unknown argument ${a}`);
  }
  // Issue 6: one new article against a cached archive, by default at 2,000.
  args.archive = archive === null ? undefined : archive ?? (args.sizes.includes(2000) ? 2000 : undefined);
  return args;
}

function positive(s: string): number {
  const n = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) usage(`not a positive integer: ${s}`);
  return n;
}

function usage(message: string): never {
  console.error(`${message}\nusage: node dist/bench/run.js [--sizes 500,2000,8000] [--jobs N] [--seed S] [--archive N | --no-archive] [--options JSON] [--timeout S]\n       node dist/bench/run.js --rss-only 20000 [--jobs N]`);
  process.exit(2);
}

/** Runs one measurement in a fresh process; a crash (e.g. out of memory) becomes a failed row, not the end of the run. */
let timeoutMs = 1_800_000;

function measure(mode: string, target: string, extra: string[]): Measurement {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [MEASURE, mode, target, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs });
  if (child.status !== 0) {
    const reason = /heap out of memory/.test(child.stderr)
      ? 'out of memory (JS heap)'
      : child.error && /ETIMEDOUT/.test(String(child.error))
      ? `stopped after the ${timeoutMs / 1000} s time limit`
      : `exit ${child.status ?? child.signal}: ${firstError(child.stderr)}`;
    log(`measurement ${mode} ${target} failed: ${reason}`);
    return { mode, files: 0, bytes: 0, ms: performance.now() - t0, maxRssKb: 0, failed: reason };
  }
  const line = child.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as Measurement;
}

/** The error line of a crashed child's stderr ("RangeError: Invalid string length"), else its last line. */
function firstError(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return (lines.find((l) => /^\w*Error\b/.test(l)) ?? lines[lines.length - 1] ?? '').slice(0, 300);
}

const log = (s: string) => process.stderr.write(s + '\n');

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  timeoutMs = args.timeout * 1000;
  const root = mkdtempSync(join(tmpdir(), 'briefcheck-bench-'));
  const checkArgs = (jobs: number) => ['--jobs', String(jobs), '--options', args.options];
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    seed: args.seed,
    jobs: args.jobs,
    options: JSON.parse(args.options),
  };
  try {
    if (args.rssOnly) {
      const dir = join(root, `corpus-${args.rssOnly}`);
      const gen = generateCorpus(dir, args.rssOnly, args.seed);
      log(`generated ${gen.files} articles, ${(gen.bytes / 1e6).toFixed(1)} MB`);
      const m = measure('check', dir, checkArgs(args.jobs));
      const mb = m.maxRssKb / 1024;
      const pass = !m.failed && mb < 1024;
      console.log(m.failed
        ? `check at ${args.rssOnly} articles failed after ${(m.ms / 1000).toFixed(1)} s: ${m.failed}`
        : `peak RSS of check at ${args.rssOnly} articles (${(m.bytes / 1e6).toFixed(1)} MB, --jobs ${args.jobs}): ${mb.toFixed(0)} MB in ${(m.ms / 1000).toFixed(1)} s`);
      console.log(`target: peak RSS under 1 GB at ${args.rssOnly} articles: ${pass ? 'PASS' : 'FAIL'}`);
      out.rssOnly = { articles: args.rssOnly, measurement: m, pass };
      return;
    }

    const rows: Row[] = [];
    for (const size of args.sizes) {
      const dir = join(root, `corpus-${size}`);
      const gen = generateCorpus(dir, size, args.seed);
            log(`${size}: generated ${gen.files} articles, ${(gen.bytes / 1e6).toFixed(2)} MB; parsing…`);
      const parse = measure('parse', dir, []);
      log(`${size}: bare parse ${(parse.ms / 1000).toFixed(2)} s; checking…`);
      const check = measure('check', dir, checkArgs(1));
      log(`${size}: check ${(check.ms / 1000).toFixed(2)} s`);
      rows.push({ size, jobs: 1, parse, check, files: gen.files, bytes: gen.bytes });
      if (args.jobs > 1) {
        const multi = measure('check', dir, checkArgs(args.jobs));
        log(`${size}: check --jobs ${args.jobs} ${(multi.ms / 1000).toFixed(2)} s`);
        rows.push({ size, jobs: args.jobs, parse, check: multi, files: gen.files, bytes: gen.bytes });
      }
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(formatTable(rows));
    let archive: string | undefined;
    if (args.archive) {
      log(`one new article against a ${args.archive}-article archive…`);
      archive = measureArchive(args);
      console.log('\n' + archive);
    }
    const targets: TargetResult[] = evaluateTargets(rows, args.jobs);
    console.log('\nTargets');
    for (const t of targets) console.log(`  ${t.status.padEnd(4)}  ${t.name}: ${t.value}`);
    Object.assign(out, { rows, targets, archive });
  } finally {
    rmSync(root, { recursive: true, force: true });
    const outDir = join(projectRoot, 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'last.json'), JSON.stringify(out, null, 1) + '\n');
  }
}

/**
 * Issue 6: one new article against a cached archive, next to the archive from
 * cold. bench/cache-ratio.ts measures it through the CLI; we run it and relay its line.
 */
function measureArchive(args: Args): string {
  const extra = args.jobs > 1 ? ['--jobs', String(args.jobs)] : [];
  const child = spawnSync(process.execPath, [join(here, 'cache-ratio.js'), String(args.archive), '--seed', String(args.seed), ...extra], { encoding: 'utf8' });
  if (child.status !== 0) return `cache-ratio failed (exit ${child.status ?? child.signal}): ${child.stderr.slice(-2000)}`;
  return child.stdout.trim();
}

main();
