// The one entry point that runs the pipeline: load → parse → extract →
// corpus (entities, alignment) → rules. The CLI, the tests, the benchmark and
// the editor server all come through here.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ArticleClaims, Finding, Link } from './types.js';
import { rulesById, rules as allRules } from '../rules/index.js';
import { ConfigError } from './config/errors.js';
import type { RuleSetting } from './config/load.js';
import { ConfigResolver, type EffectiveConfig } from './config/resolve.js';
import { alignClaims } from './corpus/align.js';
import { resolveEntities } from './corpus/resolve-entities.js';
import { extractArticle } from './extract/index.js';
import { articleFromText } from './load/article.js';
import { discover, displayPath } from './load/discover.js';
import { pointAt, computeLineStarts } from './load/line-index.js';
import { readArticleFile } from './load/read.js';
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
}

export interface InputError {
  path: string;
  line?: number;
  message: string;
  /** 'usage' and 'config' make the CLI exit 2. */
  kind: 'input' | 'config' | 'usage' | 'internal';
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
  const resolver = new ConfigResolver(rulesById, options.config, options.rules);
  const configs = new Map<string, EffectiveConfig>();
  const articles: ArticleClaims[] = [];
  const reported = new Set<string>();
  const seenContent = new Map<string, string>();
  const duplicates = new Set<string>();

  let t = performance.now();
  const main = await discover(paths, cwd, options.ignore);
  const archive = options.against?.length ? await discover(options.against, cwd, options.ignore) : { files: [], missing: [] };
  for (const m of [...main.missing, ...archive.missing]) errors.push({ path: m.path, message: m.message, kind: 'usage' });
  const explicit = new Set(paths.map((p) => p));
  timings.load! += performance.now() - t;

  const mainSet = new Set(main.files);
  const all = [...main.files, ...archive.files.filter((f) => !mainSet.has(f))];
  for (const file of all) {
    t = performance.now();
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
      errors.push({ path: shown, message: read.message, kind: 'input' });
      timings.load! += performance.now() - t;
      continue;
    }
    if ('warning' in read && read.warning) errors.push({ path: shown, message: read.warning, kind: 'input' });
    const article = articleFromText(shown, read.text, options.date ? { date: options.date } : {});
    timings.load! += performance.now() - t;
    t = performance.now();
    if (article.problems.length > 0) {
      const lines = computeLineStarts(article.text);
      for (const p of article.problems) errors.push({ path: shown, ...(p.span ? { line: pointAt(lines, p.span.start).line } : {}), message: p.message, kind: 'input' });
    }
    let extracted: ArticleClaims;
    try {
      extracted = extractArticle(article);
    } catch (error) {
      errors.push({ path: shown, message: `internal error while extracting claims: ${(error as Error).message}`, kind: 'internal', ...((error as Error).stack ? { stack: (error as Error).stack! } : {}) });
      continue;
    }
    // The same text under two names must not corroborate itself.
    const hash = createHash('sha1').update(article.text).digest('hex');
    if (seenContent.has(hash)) duplicates.add(shown);
    else seenContent.set(hash, shown);
    articles.push(extracted);
    if (mainSet.has(file)) reported.add(shown);
    timings.extract! += performance.now() - t;
  }
  articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  t = performance.now();
  const entityIndex = resolveEntities(articles, resolver.aliases());
  timings.entities = performance.now() - t;
  t = performance.now();
  const { links, candidatePairs } = alignClaims(articles.filter((a) => !duplicates.has(a.path)), entityIndex.keyOf);
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

