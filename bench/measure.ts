// One measurement, run by bench/run.ts in a fresh child process so that the
// peak RSS it reports belongs to this measurement alone. Prints one JSON line.
//
//   node dist/bench/measure.js parse <dir>
//   node dist/bench/measure.js check <dir> [--jobs N] [--options JSON]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

export interface Measurement {
  mode: string;
  files: number;
  bytes: number;
  /** Wall time of the measured work, excluding module loading. */
  ms: number;
  /** Time to import the pipeline modules (check modes). */
  importMs?: number;
  /** Peak resident set size of the process, in kB. */
  maxRssKb: number;
  candidatePairs?: number;
  claims?: number;
  links?: number;
  findings?: number;
  errors?: number;
  byRule?: Record<string, number>;
  timings?: Record<string, number>;
  jsonBytes?: number;
  /** Set by the runner when the measuring process crashed (e.g. out of memory): no figures then. */
  failed?: string;
  /** The check ran but formatting its result failed: the figures stand, the time lacks the report. */
  reportError?: string;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (/\.(txt|md|markdown)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function bareParse(dir: string): Measurement {
  const files = listFiles(dir);
  const processor = unified().use(retextEnglish);
  let bytes = 0;
  let nodes = 0;
  const t0 = performance.now();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    const tree = processor.parse(text);
    nodes += tree.children.length; // keep the tree alive until here, then drop it
  }
  const ms = performance.now() - t0;
  if (nodes < 0) console.error(nodes);
  return { mode: 'parse', files: files.length, bytes, ms, maxRssKb: process.resourceUsage().maxRSS };
}

async function runCheck(mode: string, paths: string[], options: Record<string, unknown>, sizeOf: string[]): Promise<Measurement> {
  const t0 = performance.now();
  const { check } = await import('../src/index.js');
  let format: (result: any) => string = (r) => JSON.stringify(r);
  try {
    format = (await import('../src/report/json.js')).formatJson;
  } catch {
    // the JSON formatter is not there yet: serialise the result as it is
  }
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  const result = await check(paths, options as any);
  // A report too big to build (e.g. a string over V8's 512 MB limit) is a
  // finding of the benchmark, not a reason to lose the other figures.
  let json = '';
  let reportError: string | undefined;
  try {
    json = format(result);
  } catch (error) {
    reportError = `formatJson: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  const ms = performance.now() - t1;
  const byRule: Record<string, number> = {};
  let findings = 0;
  for (const f of result.files) {
    for (const m of f.messages) {
      byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      findings++;
    }
  }
  const files = sizeOf.flatMap((p) => (statSync(p).isDirectory() ? listFiles(p) : [p]));
  const stats = result.stats as typeof result.stats & { timings?: Record<string, number> };
  return {
    mode,
    files: files.length,
    bytes: files.reduce((n, f) => n + statSync(f).size, 0),
    ms,
    importMs,
    maxRssKb: process.resourceUsage().maxRSS,
    candidatePairs: stats.candidatePairs,
    claims: stats.claims,
    links: stats.links,
    findings,
    errors: result.errors.length,
    byRule,
    timings: stats.timings,
    jsonBytes: Buffer.byteLength(json),
    ...(reportError ? { reportError } : {}),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const jobs = Number(flag('--jobs') ?? 1);
  const extra = JSON.parse(flag('--options') ?? '{}') as Record<string, unknown>;
  const [mode, target] = args;
  if (!target) throw new Error('usage: measure.js parse|check <dir> [--jobs N] [--options JSON]');
  // Always explicit: the pipeline's default is automatic (threads on large inputs).
  const options = { ...extra, jobs };
  let m: Measurement;
  if (mode === 'parse') m = bareParse(target);
  else if (mode === 'check') m = await runCheck('check', [target], options, [target]);
  else throw new Error(`unknown mode ${mode}`);
  process.stdout.write(JSON.stringify(m) + '\n');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
