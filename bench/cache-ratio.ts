// The figure for "checking one new article against a cached archive costs a
// small fraction of processing the archive" (issue 6). It generates an archive
// of N articles plus one new article from the same story as some of them, then
// times, each as a fresh `briefcheck` process (start-up included, as a CI job
// sees it):
//   cold   — `briefcheck archive/` with no cache;
//   prime  — `briefcheck archive/ --cache` (builds the cache; reported, not in the ratio);
//   warm   — `briefcheck new.txt --against archive/ --cache` (median of 3 runs),
//            each from the primed cache, so the new article is never in it:
//            the run reads the cache, extracts one article and writes the cache back.
// and prints one line: cold time, warm time, and warm / cold (aim: below 0.05);
// then a second line with the stage times of one more warm check run in this
// process through the library (where the remaining time goes).
//
//   node dist/bench/cache-ratio.js [archiveSize] [--seed S] [--jobs N] [--keep]
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from '../src/pipeline.js';
import { projectRoot } from '../src/project-root.js';
import { generateCorpus } from './generate.js';

// The command as installed (package.json "bin"): the bundled CLI.
const CLI = join(projectRoot, 'dist', 'cli', 'main.js');
const TARGET = 0.05;

interface Args {
  size: number;
  seed: number;
  jobs?: number;
  keep: boolean;
}

function parse(argv: string[]): Args {
  const args: Args = { size: 2000, seed: 7, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--jobs') args.jobs = Number(argv[++i]);
    else if (a === '--keep') args.keep = true;
    else if (/^\d+$/.test(a)) args.size = Number(a);
    else throw new Error(`unknown argument "${a}" (usage: cache-ratio [archiveSize] [--seed S] [--jobs N] [--keep])`);
  }
  if (!(args.size >= 2) || !Number.isInteger(args.seed)) throw new Error('archiveSize must be at least 2 and --seed a whole number');
  return args;
}

/**
 * Generate size + 1 articles; the new one is the last article that is not the
 * first of its story, so the archive holds at least one article it can conflict with.
 * Generated names are `<cluster>-<index>-<outlet>.<ext>`.
 */
function makeCorpus(root: string, size: number, seed: number): { archive: string; fresh: string; bytes: number } {
  const generated = join(root, 'generated');
  generateCorpus(generated, size + 1, seed);
  const names = readdirSync(generated).sort();
  const fresh = [...names].reverse().find((n) => !/^\d+-0-/.test(n));
  if (!fresh) throw new Error('the generated corpus has no story told twice');
  const archive = join(root, 'archive');
  mkdirSync(join(root, 'new'), { recursive: true });
  renameSync(join(generated, fresh), join(root, 'new', fresh));
  renameSync(generated, archive);
  const bytes = readdirSync(archive).reduce((n, f) => n + statSync(join(archive, f)).size, 0);
  return { archive: 'archive', fresh: `new/${fresh}`, bytes };
}

function run(cwd: string, args: string[]): { ms: number; code: number | null; stderr: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (child.status === 2 || child.status === null) throw new Error(`briefcheck ${args.join(' ')} failed (${child.status ?? child.signal}): ${child.stderr}`);
  return { ms, code: child.status, stderr: child.stderr };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function flush(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'briefcheck-cache-ratio-'));
  try {
    const corpus = makeCorpus(root, args.size, args.seed);
    const jobs = args.jobs ? ['--jobs', String(args.jobs)] : [];
    // --quiet: the figure is the checking, not formatting thousands of warnings.
    const common = ['--quiet', '--format', 'json', '--output-file', 'out.json', ...jobs];
    const cacheArgs = ['--cache', '--cache-location', '.briefcheckcache'];
    const cold = run(root, [corpus.archive, ...common]);
    const prime = run(root, [corpus.archive, ...common, ...cacheArgs]);
    const cacheFile = join(root, '.briefcheckcache');
    const cacheBytes = statSync(cacheFile).size;
    copyFileSync(cacheFile, `${cacheFile}.primed`);
    const warmRuns = [0, 1, 2]
      .map(() => {
        copyFileSync(`${cacheFile}.primed`, cacheFile);
        // The run must not pay for the bench's own copy being written back to disk.
        flush(cacheFile);
        return run(root, [corpus.fresh, '--against', corpus.archive, ...common, ...cacheArgs]).ms;
      })
      .sort((a, b) => a - b);
    const warm = warmRuns[1]!;
    const ratio = warm / cold.ms;
    process.stdout.write(
      `cache-ratio: archive ${args.size} articles (${(corpus.bytes / 1e6).toFixed(1)} MB, seed ${args.seed})` +
        ` · cold check of the archive ${seconds(cold.ms)}` +
        ` · one new article against the cached archive ${seconds(warm)} (median of 3; cache built in ${seconds(prime.ms)}, ${(cacheBytes / 1e6).toFixed(1)} MB)` +
        ` · ratio ${ratio.toFixed(3)} (target < ${TARGET}) ${ratio < TARGET ? 'PASS' : 'FAIL'}\n`,
    );
    copyFileSync(`${cacheFile}.primed`, cacheFile);
    const stages = await check([corpus.fresh], { cwd: root, against: [corpus.archive], cache: cacheFile, ...(args.jobs ? { jobs: args.jobs } : {}) });
    const t = stages.stats.timings;
    process.stdout.write(
      `cache-ratio: warm stages (in-process, ms): load ${t.load} · cache + extract ${t.extract} · entities ${t.entities} · align ${t.align} · rules ${t.rules}` +
        ` · ${stages.stats.candidatePairs} candidate pairs, ${stages.stats.links} links\n`,
    );
  } finally {
    if (args.keep) process.stderr.write(`kept ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
