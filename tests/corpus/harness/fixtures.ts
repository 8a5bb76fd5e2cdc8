// Reading the labelled clusters: each folder under clusters/ holds 2–5 articles
// and an expected.yaml naming the findings a careful copy editor would raise
// and the near-misses that must stay quiet. Expectations are located in the
// article text here, once, so the scorer only compares spans.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Span } from '../../../src/types.js';
import { sentenceAround } from './sentences.js';

export const CLUSTERS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'clusters');

/** The cross-source rules this corpus measures; every other rule id is ignored. */
export const CORPUS_RULES = [
  'unconfirmed-as-fact',
  'contradicted-claim',
  'attribution-dropped',
  'conflicting-date',
  'conflicting-number',
  'conflicting-attribution',
  'naming-variant',
] as const;
export type CorpusRule = (typeof CORPUS_RULES)[number];

/** Rules where a finding on either side of the pair is right. */
export const SYMMETRIC_RULES: ReadonlySet<string> = new Set([
  'conflicting-date',
  'conflicting-number',
  'conflicting-attribution',
]);

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** One expected finding or near-miss as written in expected.yaml. */
export interface RawItem {
  rule: string;
  file: string;
  text: string;
  related?: string;
  related_text?: string;
  /** contradicted-claim with antonymous predicates: either side may be the wrong one. */
  symmetric?: boolean;
  note?: string;
}

export interface RawExpectation {
  description: string;
  findings: RawItem[];
  near_misses?: Array<RawItem | string>;
}

/** An item located in the article texts. */
export interface LocatedItem extends RawItem {
  /** The sentence around `text` in `file`; undefined when `text` is not found. */
  sentence?: Span;
  /** 1-based line of `text` in `file`. */
  line?: number;
  /** The sentence around `related_text` in `related`. */
  relatedSentence?: Span;
  /** Either side may carry the finding. */
  eitherSide: boolean;
}

export interface Cluster {
  name: string;
  dir: string;
  /** Article file names, sorted. */
  articles: string[];
  /** Original text of each article (by file name). */
  texts: Map<string, string>;
  raw: RawExpectation;
  findings: LocatedItem[];
  nearMisses: LocatedItem[];
  /** Near-misses written as plain prose. */
  nearMissNotes: string[];
}

function locate(item: RawItem, texts: Map<string, string>): LocatedItem {
  const located: LocatedItem = {
    ...item,
    eitherSide: SYMMETRIC_RULES.has(item.rule) || item.symmetric === true,
  };
  const text = texts.get(item.file);
  const at = text === undefined || !item.text ? -1 : text.indexOf(item.text);
  if (text !== undefined && at >= 0) {
    located.sentence = sentenceAround(text, at, at + item.text.length);
    located.line = text.slice(0, at).split('\n').length;
  }
  if (item.related && item.related_text) {
    const other = texts.get(item.related);
    const rat = other === undefined ? -1 : other.indexOf(item.related_text);
    if (other !== undefined && rat >= 0) {
      located.relatedSentence = sentenceAround(other, rat, rat + item.related_text.length);
    }
  }
  return located;
}

export function loadCluster(dir: string, name: string): Cluster {
  const raw = parseYaml(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as RawExpectation;
  const articles = readdirSync(dir)
    .filter((f) => ARTICLE_EXTENSIONS.some((ext) => f.endsWith(ext)))
    .sort();
  const texts = new Map<string, string>();
  for (const f of articles) texts.set(f, readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
  const nearRaw = raw.near_misses ?? [];
  return {
    name,
    dir,
    articles,
    texts,
    raw,
    findings: (raw.findings ?? []).map((item) => locate(item, texts)),
    nearMisses: nearRaw.filter((n): n is RawItem => typeof n === 'object').map((n) => locate(n, texts)),
    nearMissNotes: nearRaw.filter((n): n is string => typeof n === 'string'),
  };
}

/** Every cluster folder, sorted by name; `only` (substring) narrows it for debugging. */
export function loadClusters(only?: string): Cluster[] {
  return readdirSync(CLUSTERS_DIR)
    .filter((name) => statSync(join(CLUSTERS_DIR, name)).isDirectory())
    .filter((name) => !only || name.includes(only))
    .sort()
    .map((name) => loadCluster(join(CLUSTERS_DIR, name), name));
}
