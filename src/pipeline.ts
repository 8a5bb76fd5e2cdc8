// The one entry point that runs the pipeline: load → parse → extract →
// corpus (entities, alignment) → rules. The CLI, the tests, the benchmark and
// the editor server all come through here.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleClaims, Finding, Link } from './types.js';
import { rulesById, rules as allRules } from '../rules/index.js';
import { ConfigError } from './config/errors.js';
import type { RuleSetting } from './config/load.js';
import { ConfigResolver, type EffectiveConfig } from './config/resolve.js';
import { alignClaims } from './corpus/align.js';
import { resolveEntities } from './corpus/resolve-entities.js';
import type { ArticleJob } from './extract/article-job.js';
import { extractMany } from './extract/batch.js';
import { ClaimsCache } from './cache/claims-cache.js';
import { discover, displayPath } from './load/discover.js';
import { pointAt } from './load/line-index.js';
import { readArticleFile } from './load/read.js';
import { stripBom } from './load/article.js';
import { runRules } from './rules/engine.js';

export interface CheckOptions {
  /** Directory paths are resolved against and config is searched from (default: process.cwd()). */
  cwd?: string;
  /** Explicit config file, instead of walking up from each file. */
  config?: string;
  /** Publication date for articles that carry none (`YYYY-MM-DD`). */
  date?: string;
  /** Reference corpus: takes part in cross-source checks, never reported on. */
  against?: string[];
  /** Extra ignore globs. */
  ignore?: string[];
  /** Rule settings that override the config (`{ "hedged-claim": { severity: "off", options: {} } }`). */
  rules?: Record<string, RuleSetting>;
  /** In-memory contents that replace a file's contents on disk (editors: unsaved buffers, --stdin). */
  contents?: Record<string, string>;
  /** Claims cache file: unchanged files are not parsed again. */
  cache?: string;
  /** Worker threads for extraction (1 = none; default: automatic). */
  jobs?: number;
  /** Called as articles are extracted (for a progress indicator). */
  onProgress?: (done: number, total: number) => void;
}

export interface InputError {
  path: string;
  line?: number;
  message: string;
  /** 'usage', 'config' and 'input' make the CLI exit 2; a 'notice' is worth saying but changes nothing. */
  kind: 'input' | 'config' | 'usage' | 'internal' | 'notice';
  stack?: string;
}

export interface CheckResult {
  /** One entry per checked file, sorted by path, each with its findings sorted by position. */
  files: Array<{ path: string; messages: Finding[] }>;
  errors: InputError[];
  stats: {
    articles: number;
    claims: number;
    candidatePairs: number;
    links: number;
    /** Milliseconds per stage. */
    timings: Record<string, number>;
  };
  unusedDisables: Array<{ path: string; line: number; rules: string[] }>;
}

export interface ClaimsResult {
  articles: ArticleClaims[];
  links: Link[];
  errors: InputError[];
}

interface Corpus {
  articles: ArticleClaims[];
  /** Paths of the articles to report on (not the reference archive). */
  reported: Set<string>;
  links: Link[];
  candidatePairs: number;
  errors: InputError[];
  resolver: ConfigResolver;
  configs: Map<string, EffectiveConfig>;
  keyOf: (surface: string) => string;
  timings: Record<string, number>;
}

async function buildCorpus(paths: string[], options: CheckOptions): Promise<Corpus> {
  const cwd = options.cwd ?? process.cwd();
  const timings: Record<string, number> = { load: 0, extract: 0, entities: 0, align: 0, rules: 0 };
  const errors: InputError[] = [];
  const resolver = new ConfigResolver(rulesById, options.config ? resolve(cwd, options.config) : undefined, options.rules);
  // An explicit config is read even when no file is found, so its mistakes are never silent.
  if (options.config) {
    try {
      resolver.chain(cwd);
    } catch (error) {
      if (error instanceof ConfigError) return configFailure(error, resolver, timings);
      throw error;
    }
  }
  const configs = new Map<string, EffectiveConfig>();
  const reported = new Set<string>();

  // load: which files, with which config, and their text.
  let t = performance.now();
  const virtual = new Set(Object.keys(options.contents ?? {}).map((p) => resolve(cwd, p)));
  const main = await discover(paths, cwd, options.ignore, virtual);
  const archive = options.against?.length ? await discover(options.against, cwd, options.ignore) : { files: [], missing: [], skipped: [] };
  for (const m of [...main.missing, ...archive.missing]) errors.push({ path: m.path, message: m.message, kind: 'usage' });
  for (const s of [...main.skipped, ...archive.skipped]) errors.push({ path: displayPath(s.path, cwd), message: s.message, kind: s.error ? 'input' : 'notice' });
  const explicit = new Set(paths);
  const mainSet = new Set(main.files);
  const jobs: ArticleJob[] = [];
  for (const file of [...main.files, ...archive.files.filter((f) => !mainSet.has(f))]) {
    const shown = displayPath(file, cwd);
    let config: EffectiveConfig;
    try {
      config = resolver.forFile(file);
    } catch (error) {
      if (error instanceof ConfigError) return configFailure(error, resolver, timings);
      throw error;
    }
    if (config.isIgnored(file) && !explicit.has(shown)) continue;
    configs.set(shown, config);
    const inMemory = options.contents?.[file] ?? options.contents?.[shown];
    const read = inMemory !== undefined ? { ok: true as const, text: inMemory } : await readArticleFile(file, config.maxFileSize);
    if (!read.ok) {
      errors.push({ path: shown, message: read.message, kind: read.notice ? 'notice' : 'input' });
      continue;
    }
    if ('warning' in read && read.warning) errors.push({ path: shown, message: read.warning, kind: 'notice' });
    if (mainSet.has(file)) reported.add(shown);
    // The text every later stage indexes into: the one the article is built from.
    jobs.push({ path: shown, text: stripBom(read.text), ...(options.date ? { date: options.date } : {}), ...(config.numericDates === 'day-first' ? { dayFirst: true } : {}) });
  }
  timings.load = performance.now() - t;

  // extract: from the cache where the file is unchanged, else parse (in workers when it pays).
  t = performance.now();
  // Read and written where --cache says, relative to cwd; named as the user wrote it.
  const cachePath = options.cache ? resolve(cwd, options.cache) : '';
  const cacheName = options.cache ? displayPath(cachePath, cwd) : '';
  const cache = options.cache ? new ClaimsCache(cachePath, `date=${options.date ?? ''}`) : undefined;
  const cacheNote = (message: string) => errors.push({ path: cacheName, message: message.replace(cachePath, cacheName), kind: 'notice' });
  if (cache?.warning) cacheNote(cache.warning);
  const articles: ArticleClaims[] = [];
  const misses: ArticleJob[] = [];
  for (const job of jobs) {
    const hit = cache?.get(job.path, job.text, job.dayFirst ? 'dmy' : '');
    if (hit) articles.push(hit);
    else misses.push(job);
  }
  const results = await extractMany(misses, { ...(options.jobs ? { jobs: options.jobs } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  results.forEach((r, i) => {
    const job = misses[i]!;
    if (!r.ok) {
      errors.push({ path: job.path, message: `internal error while extracting claims: ${r.message}`, kind: 'internal', ...(r.stack ? { stack: r.stack } : {}) });
      reported.delete(job.path);
      return;
    }
    cache?.set(job.path, job.text, r.claims, job.dayFirst ? 'dmy' : '');
    articles.push({ ...r.claims, text: job.text });
  });
  if (cache) {
    const problem = cache.save();
    if (problem) cacheNote(problem);
  }
  for (const a of articles) for (const p of a.problems) errors.push({ path: a.path, ...(p.span ? { line: pointAt(a.lineStarts, p.span.start).line } : {}), message: p.message, kind: 'input' });
  articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  timings.extract = performance.now() - t;

  // corpus: one key per entity, then links between claims of different articles.
  t = performance.now();
  const entityIndex = resolveEntities(articles, resolver.aliases());
  timings.entities = performance.now() - t;
  t = performance.now();
  // The same text under two names must not corroborate itself, but each copy
  // keeps its own links to the other articles (no finding is lost to a duplicate).
  const hashOf = new Map<string, string>();
  const copies = new Map<string, number>();
  for (const a of articles) {
    const hash = createHash('sha1').update(a.text).digest('hex');
    hashOf.set(a.path, hash);
    copies.set(hash, (copies.get(hash) ?? 0) + 1);
  }
  const aligned = alignClaims(articles, entityIndex.keyOf, (path) => reported.has(path));
  const candidatePairs = aligned.candidatePairs;
  let links = aligned.links;
  if (copies.size < articles.length) {
    const pathOf = new Map<string, string>();
    for (const a of articles) if (copies.get(hashOf.get(a.path)!)! > 1) for (const c of a.claims) pathOf.set(c.id, a.path);
    const sameText = (l: Link) => {
      const from = pathOf.get(l.from);
      const to = pathOf.get(l.to);
      return from !== undefined && to !== undefined && hashOf.get(from) === hashOf.get(to);
    };
    links = links.filter((l) => !sameText(l));
  }
  timings.align = performance.now() - t;
  return { articles, reported, links, candidatePairs, errors, resolver, configs, keyOf: entityIndex.keyOf, timings };
}

function configFailure(error: ConfigError, resolver: ConfigResolver, timings: Record<string, number>): Corpus {
  return {
    articles: [],
    reported: new Set(),
    links: [],
    candidatePairs: 0,
    errors: [{ path: error.file, ...(error.line ? { line: error.line } : {}), message: error.message, kind: 'config' }],
    resolver,
    configs: new Map(),
    keyOf: (s) => s,
    timings,
  };
}

export async function check(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  const corpus = await buildCorpus(paths, options);
  const t = performance.now();
  const reported = corpus.articles.filter((a) => corpus.reported.has(a.path));
  const output = runRules({
    reported,
    all: corpus.articles,
    links: corpus.links,
    rules: allRules,
    settingsFor: (a) => corpus.configs.get(a.path)!.rules,
    entityKey: corpus.keyOf,
  });
  corpus.timings.rules = performance.now() - t;
  for (const f of output.failures) {
    corpus.errors.push({ path: f.path, message: `rule "${f.ruleId}" failed on this file (internal error: ${f.message}); other rules still ran`, kind: 'internal', ...(f.stack ? { stack: f.stack } : {}) });
  }
  corpus.errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return {
    files: output.files,
    errors: corpus.errors,
    stats: {
      articles: corpus.articles.length,
      claims: corpus.articles.reduce((n, a) => n + a.claims.length, 0),
      candidatePairs: corpus.candidatePairs,
      links: corpus.links.length,
      timings: Object.fromEntries(Object.entries(corpus.timings).map(([k, v]) => [k, Math.round(v)])),
    },
    unusedDisables: output.unusedDisables,
  };
}

export async function claims(paths: string[], options: CheckOptions = {}): Promise<ClaimsResult> {
  const corpus = await buildCorpus(paths, options);
  return { articles: corpus.articles.filter((a) => corpus.reported.has(a.path)), links: corpus.links, errors: corpus.errors };
}

