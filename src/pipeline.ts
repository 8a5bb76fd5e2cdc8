// The one entry point that runs the pipeline: load → parse → extract →
// corpus (entities, alignment) → rules. The CLI, the tests, the benchmark and
// the editor server all come through here.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
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
import { extractMany, type BatchOptions } from './extract/batch.js';
import { ClaimsCache } from './cache/claims-cache.js';
import { discover, displayPath } from './load/discover.js';
import { pointAt } from './load/line-index.js';
import { readArticleFile, type FileStat, type ReadResult } from './load/read.js';
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
    /** Archive articles not read: unchanged in the cache and sharing nothing with the checked articles. */
    archiveUnread: number;
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
  archiveUnread: number;
  errors: InputError[];
  resolver: ConfigResolver;
  configs: Map<string, EffectiveConfig>;
  keyOf: (surface: string) => string;
  timings: Record<string, number>;
}

async function buildCorpus(paths: string[], options: CheckOptions): Promise<Corpus> {
  const cwd = options.cwd ?? process.cwd();
  // Read and written where --cache says, relative to cwd. The cache reads the
  // claims it needs from its file as they are asked for, until released.
  const cache = options.cache ? new ClaimsCache(resolve(cwd, options.cache), `date=${options.date ?? ''}`) : undefined;
  try {
    return await corpusWith(cache, paths, options, cwd);
  } finally {
    cache?.release();
  }
}

async function corpusWith(cache: ClaimsCache | undefined, paths: string[], options: CheckOptions, cwd: string): Promise<Corpus> {
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
  // The cache named as the user wrote it.
  const cachePath = cache?.location ?? '';
  const cacheName = cache ? displayPath(cachePath, cwd) : '';
  const cacheNote = (message: string) => errors.push({ path: cacheName, message: message.replace(cachePath, cacheName), kind: 'notice' });
  if (cache?.warning) cacheNote(cache.warning);

  const wanted: Pending[] = [];
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
    if (mainSet.has(file)) reported.add(shown);
    wanted.push({ file, shown, variant: config.numericDates === 'day-first' ? 'dmy' : '', maxFileSize: config.maxFileSize, inMemory: options.contents?.[file] ?? options.contents?.[shown] });
  }
  // An archive file whose size and mtime the cache knows is not read now:
  // only the archive articles relevant to the checked ones are, further down.
  const deferred = cache ? unchangedArchive(wanted, cache, reported) : new Set<Pending>();
  const jobs = readAll(wanted.filter((w) => !deferred.has(w)), errors, reported, options.date);
  timings.load = performance.now() - t;

  // extract: from the cache where the file is unchanged, else parse (in workers when it pays).
  t = performance.now();
  const extractOptions = { ...(options.jobs ? { jobs: options.jobs } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
  const articles = await extractAll(jobs, cache, extractOptions, errors, reported);
  timings.extract = performance.now() - t;
  let unread = new Set<string>();
  // Archive articles read for their entities only: they cannot be paired with a checked article.
  const unaligned = new Set<string>();
  if (deferred.size > 0) {
    t = performance.now();
    const byPath = new Map([...deferred].map((d) => [d.shown, d]));
    const checked = articles.filter((a) => reported.has(a.path));
    const found = cache!.relevant(checked, (path) => byPath.has(path));
    const relevant = new Set(found.map((r) => r.path));
    for (const r of found) if (!r.align) unaligned.add(r.path);
    unread = new Set([...byPath.keys()].filter((path) => !relevant.has(path)));
    const more = readAll([...relevant].map((path) => byPath.get(path)!), errors, reported, options.date);
    timings.load += performance.now() - t;
    t = performance.now();
    articles.push(...(await extractAll(more, cache, extractOptions, errors, reported)));
    timings.extract += performance.now() - t;
  }
  if (cache) {
    const problem = cache.save();
    if (problem) cacheNote(problem);
  }
  t = performance.now();
  for (const a of articles) for (const p of a.problems) errors.push({ path: a.path, ...(p.span ? { line: pointAt(a.lineStarts, p.span.start).line } : {}), message: p.message, kind: 'input' });
  articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  timings.extract += performance.now() - t;

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
  // Articles left out of alignment still weigh in: unread ones through the cache's counts, the others from their claims.
  const unloaded = cache && unread.size + unaligned.size > 0 ? cache.unloadedFeatures(unread, articles, articles.filter((a) => unaligned.has(a.path))) : undefined;
  const aligned = alignClaims(unaligned.size ? articles.filter((a) => !unaligned.has(a.path)) : articles, entityIndex.keyOf, (path) => reported.has(path), unloaded);
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
  return { articles, reported, links, candidatePairs, archiveUnread: unread.size, errors, resolver, configs, keyOf: entityIndex.keyOf, timings };
}

/** A file to be read: where, under which name, with which per-file options. */
interface Pending {
  file: string;
  shown: string;
  variant: string;
  maxFileSize: number | undefined;
  /** Editor buffer or --stdin text that replaces the file on disk. */
  inMemory: string | undefined;
}

type ReadJob = ArticleJob & { stat?: FileStat; variant: string };

/** Archive files (never the checked ones, never editor buffers) the cache knows unchanged by size and mtime. */
function unchangedArchive(wanted: readonly Pending[], cache: ClaimsCache, reported: ReadonlySet<string>): Set<Pending> {
  const archive = wanted.filter((w) => !reported.has(w.shown) && w.inMemory === undefined);
  // Synchronous: thousands of stats of files just listed are faster than as many thread-pool round trips.
  const statOf = (file: string) => {
    try {
      return statSync(file);
    } catch {
      return undefined;
    }
  };
  return new Set(archive.filter((w) => {
    const s = statOf(w.file);
    return !!s?.isFile() && cache.unchanged(w.shown, s, w.variant);
  }));
}

function readAll(pending: readonly Pending[], errors: InputError[], reported: Set<string>, date: string | undefined): ReadJob[] {
  const jobs: ReadJob[] = [];
  for (const p of pending) {
    const read: ReadResult = p.inMemory !== undefined ? { ok: true, text: p.inMemory } : readArticleFile(p.file, p.maxFileSize);
    if (!read.ok) {
      errors.push({ path: p.shown, message: read.message, kind: read.notice ? 'notice' : 'input' });
      reported.delete(p.shown);
      continue;
    }
    if (read.warning) errors.push({ path: p.shown, message: read.warning, kind: 'notice' });
    // The text every later stage indexes into: the one the article is built from.
    jobs.push({ path: p.shown, text: stripBom(read.text), variant: p.variant, ...(read.stat ? { stat: read.stat } : {}), ...(date ? { date } : {}), ...(p.variant ? { dayFirst: true } : {}) });
  }
  return jobs;
}

async function extractAll(jobs: readonly ReadJob[], cache: ClaimsCache | undefined, options: BatchOptions, errors: InputError[], reported: Set<string>): Promise<ArticleClaims[]> {
  const articles: ArticleClaims[] = [];
  const misses: ReadJob[] = [];
  for (const job of jobs) {
    const hit = cache?.get(job.path, job.text, job.variant, job.stat);
    if (hit) articles.push(hit);
    else misses.push(job);
  }
  const results = await extractMany(misses.map(({ stat: _stat, variant: _variant, ...job }) => job), options);
  results.forEach((r, i) => {
    const job = misses[i]!;
    if (!r.ok) {
      errors.push({ path: job.path, message: `internal error while extracting claims: ${r.message}`, kind: 'internal', ...(r.stack ? { stack: r.stack } : {}) });
      reported.delete(job.path);
      return;
    }
    cache?.set(job.path, job.text, r.claims, job.variant, job.stat);
    articles.push({ ...r.claims, text: job.text });
  });
  return articles;
}

function configFailure(error: ConfigError, resolver: ConfigResolver, timings: Record<string, number>): Corpus {
  return {
    articles: [],
    reported: new Set(),
    links: [],
    candidatePairs: 0,
    archiveUnread: 0,
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
      archiveUnread: corpus.archiveUnread,
      timings: Object.fromEntries(Object.entries(corpus.timings).map(([k, v]) => [k, Math.round(v)])),
    },
    unusedDisables: output.unusedDisables,
  };
}

export async function claims(paths: string[], options: CheckOptions = {}): Promise<ClaimsResult> {
  const corpus = await buildCorpus(paths, options);
  return { articles: corpus.articles.filter((a) => corpus.reported.has(a.path)), links: corpus.links, errors: corpus.errors };
}

