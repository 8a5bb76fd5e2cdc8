// Checks on the fixtures themselves: files, dates, that every quoted text is
// found exactly once inside one sentence, and that the corpus covers every rule
// as often as the tracker asks. Returns problems as strings so the test can
// print them all at once.
import { readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  ARTICLE_EXTENSIONS,
  CORPUS_RULES,
  type Cluster,
  type LocatedItem,
  type RawItem,
} from './fixtures.js';
import { crossesSentence, overlaps } from './sentences.js';

/** Names from the two seed articles that must never appear in fixtures. */
const FORBIDDEN = /\b(pakistan\w*|taliban|ttp|haqqani|kunar|imran khan|waziristan|khurasani|karimi|islamic emirate|kabul|zarb-e-azb)\b/i;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Metadata and body of an article, as the fixtures format them. */
export function splitArticle(file: string, text: string): { date?: string; meta: Record<string, unknown>; body: string } {
  if (file.endsWith('.md')) {
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!m) return { meta: {}, body: text };
    const meta = (parseYaml(m[1]!) ?? {}) as Record<string, unknown>;
    return { date: typeof meta.date === 'string' ? meta.date : undefined, meta, body: text.slice(m[0].length) };
  }
  const m = /^ date (\S+)[ \t]*/.exec(text);
  if (!m) return { meta: {}, body: text };
  return { date: m[1], meta: {}, body: text.slice(m[0].length) };
}

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

function checkQuote(cluster: Cluster, file: string, text: string, where: string, problems: string[]): void {
  const body = cluster.texts.get(file);
  if (body === undefined) {
    problems.push(`${where}: file ${file} is not an article of the cluster`);
    return;
  }
  if (typeof text !== 'string' || text.length === 0) {
    problems.push(`${where}: empty text`);
    return;
  }
  const n = countOccurrences(body, text);
  if (n !== 1) {
    problems.push(`${where}: "${text}" occurs ${n} times in ${file} (must be exactly once)`);
    return;
  }
  const at = body.indexOf(text);
  if (crossesSentence(body, at, at + text.length)) problems.push(`${where}: "${text}" runs over a sentence boundary`);
}

function checkItem(cluster: Cluster, item: RawItem, where: string, needsRelated: boolean, problems: string[]): void {
  if (!(CORPUS_RULES as readonly string[]).includes(item.rule)) problems.push(`${where}: unknown rule ${item.rule}`);
  checkQuote(cluster, item.file, item.text, where, problems);
  if (item.related !== undefined) {
    if (item.related === item.file) problems.push(`${where}: related is the same file`);
    if (item.related_text !== undefined) checkQuote(cluster, item.related, item.related_text, `${where} (related)`, problems);
    else if (needsRelated) problems.push(`${where}: related_text missing`);
  } else if (needsRelated) {
    problems.push(`${where}: related missing`);
  }
  if (item.symmetric !== undefined && item.rule !== 'contradicted-claim') {
    problems.push(`${where}: symmetric is only meaningful for contradicted-claim`);
  }
}

const samePair = (a: LocatedItem, b: LocatedItem): boolean =>
  a.file === b.file &&
  a.sentence !== undefined && b.sentence !== undefined && overlaps(a.sentence, b.sentence) &&
  a.related === b.related &&
  (a.relatedSentence === undefined || b.relatedSentence === undefined || overlaps(a.relatedSentence, b.relatedSentence));

export function validateCluster(cluster: Cluster): string[] {
  const problems: string[] = [];
  const at = cluster.name;
  if (!/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(cluster.name)) problems.push(`${at}: folder name should be NN-slug`);
  for (const f of readdirSync(cluster.dir)) {
    if (f !== 'expected.yaml' && !ARTICLE_EXTENSIONS.some((ext) => f.endsWith(ext))) problems.push(`${at}: stray file ${f}`);
  }
  if (cluster.articles.length < 2 || cluster.articles.length > 5) {
    problems.push(`${at}: ${cluster.articles.length} articles (need 2-5)`);
  }
  for (const [file, text] of cluster.texts) {
    const { date, meta, body } = splitArticle(file, text);
    if (!date || !validIsoDate(date)) problems.push(`${at}/${file}: missing or invalid date`);
    if (file.endsWith('.md') && (typeof meta.source !== 'string' || typeof meta.title !== 'string')) {
      problems.push(`${at}/${file}: front matter needs source and title`);
    }
    const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim() && !p.trim().startsWith('#'));
    if (paragraphs.length < 3 || paragraphs.length > 10) {
      problems.push(`${at}/${file}: ${paragraphs.length} paragraphs (need 3-10)`);
    }
    const bad = FORBIDDEN.exec(text);
    if (bad) problems.push(`${at}/${file}: contains seed name "${bad[0]}"`);
  }
  if (typeof cluster.raw.description !== 'string' || !cluster.raw.description.trim()) {
    problems.push(`${at}: description missing`);
  }
  if (!Array.isArray(cluster.raw.findings)) problems.push(`${at}: findings must be a list (may be empty)`);
  cluster.findings.forEach((item, i) =>
    checkItem(cluster, item, `${at} findings[${i}]`, item.rule !== 'naming-variant', problems),
  );
  cluster.nearMisses.forEach((item, i) => checkItem(cluster, item, `${at} near_misses[${i}]`, false, problems));

  // One rule per planted pair, no duplicates, and no near-miss that is also expected.
  const fs = cluster.findings;
  for (let i = 0; i < fs.length; i++) {
    for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i]!, b = fs[j]!;
      if (!samePair(a, b)) continue;
      if (a.rule === b.rule) problems.push(`${at}: findings[${i}] and [${j}] are the same item`);
      const pair = new Set([a.rule, b.rule]);
      if (pair.has('unconfirmed-as-fact') && pair.has('attribution-dropped')) {
        problems.push(`${at}: findings[${i}] and [${j}] plant two rules on one pair`);
      }
    }
  }
  cluster.nearMisses.forEach((n, i) => {
    if (fs.some((f) => f.rule === n.rule && samePair(f, n))) problems.push(`${at}: near_misses[${i}] is also an expected finding`);
  });
  return problems;
}

export interface Coverage {
  clusters: number;
  /** Clusters in which each rule is planted. */
  perRule: Record<string, number>;
  /** Clusters with at least one structured near-miss. */
  nearMissClusters: number;
  /** Clusters with no expected finding at all. */
  cleanClusters: number;
}

export function coverage(clusters: readonly Cluster[]): Coverage {
  const perRule: Record<string, number> = Object.fromEntries(CORPUS_RULES.map((r) => [r, 0]));
  for (const c of clusters) for (const r of new Set(c.findings.map((f) => f.rule))) perRule[r] = (perRule[r] ?? 0) + 1;
  return {
    clusters: clusters.length,
    perRule,
    nearMissClusters: clusters.filter((c) => c.nearMisses.length > 0).length,
    cleanClusters: clusters.filter((c) => c.findings.length === 0).length,
  };
}
