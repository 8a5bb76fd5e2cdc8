// Loads and checks the labelled claim-model evaluation set (tests/claims/set/*.yaml).
// The set is DATA written by people from the conventions in README.md; this module
// only reads it, locates every labelled sentence in its article text, and reports
// problems with the labels themselves so a typo cannot silently skew the scores.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CERTAINTIES = ['asserted', 'reported', 'hedged', 'unconfirmed', 'denied'] as const;
export const KINDS = ['named', 'anonymous', 'media', 'document', 'none'] as const;
export const REASONS = ['question', 'headline', 'conditional', 'prediction', 'opinion'] as const;

export type GoldCertainty = (typeof CERTAINTIES)[number];
export type GoldKind = (typeof KINDS)[number];
export type GoldReason = (typeof REASONS)[number];

export interface LabelledSentence {
  text: string;
  claim: boolean;
  reason: GoldReason | null;
  attribution: GoldKind;
  source: string | null;
  cue: string | null;
  certainty: GoldCertainty;
  certainty_cue: string | null;
}

export interface LabelledArticle {
  id: string;
  /** YAML file the article came from, for messages. */
  file: string;
  date?: string;
  format: 'text' | 'markdown';
  text: string;
  sentences: LabelledSentence[];
}

/** A labelled sentence with its place in the article text. */
export interface LocatedSentence extends LabelledSentence {
  start: number;
  end: number;
  /** Gold source span in the article text, or null when there is no source. */
  sourceSpan: { start: number; end: number } | null;
}

export const SET_DIR = join(dirname(fileURLToPath(import.meta.url)), 'set');

export function loadSet(dir: string = SET_DIR): LabelledArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const articles: LabelledArticle[] = [];
  for (const file of files) {
    const docs = parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(docs)) throw new Error(`${file}: expected a list of articles`);
    for (const raw of docs as Array<Record<string, unknown>>) {
      articles.push({
        id: String(raw.id),
        file,
        // yaml parses unquoted 2023-05-14 as a string with the default (core) schema.
        date: raw.date === undefined || raw.date === null ? undefined : String(raw.date),
        format: raw.format === 'markdown' ? 'markdown' : 'text',
        text: String(raw.text ?? ''),
        sentences: ((raw.sentences ?? []) as Array<Record<string, unknown>>).map(toSentence),
      });
    }
  }
  return articles;
}

function toSentence(raw: Record<string, unknown>): LabelledSentence {
  const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));
  return {
    text: String(raw.text ?? ''),
    claim: raw.claim as boolean,
    reason: str(raw.reason) as GoldReason | null,
    attribution: raw.attribution as GoldKind,
    source: str(raw.source),
    cue: str(raw.cue),
    certainty: raw.certainty as GoldCertainty,
    certainty_cue: str(raw.certainty_cue),
  };
}

/**
 * The gold source span: the occurrence of `source` inside the sentence itself (the one
 * nearest the cue when it occurs twice), else the nearest one before it (carried-over
 * attribution), else the nearest after it (a quote whose speaker is named later).
 */
export function goldSourceSpan(
  text: string,
  source: string,
  start: number,
  end: number,
  cue: string | null = null,
): { start: number; end: number } | null {
  const inside: number[] = [];
  for (let i = findWord(text, source, start, 1); i !== -1 && i + source.length <= end; i = findWord(text, source, i + 1, 1)) {
    inside.push(i);
  }
  if (inside.length > 0) {
    const at = cue === null ? inside[0]! : nearestTo(inside, cueOffsets(text, cue, start, end));
    return { start: at, end: at + source.length };
  }
  const before = findWord(text, source, start - source.length, -1);
  if (before !== -1) return { start: before, end: before + source.length };
  const after = findWord(text, source, end, 1);
  if (after !== -1) return { start: after, end: after + source.length };
  return null;
}

function cueOffsets(text: string, cue: string, start: number, end: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(cue, start); i !== -1 && i + cue.length <= end; i = text.indexOf(cue, i + 1)) found.push(i);
  return found;
}

/** The candidate closest to any of the anchors (the first candidate when there are no anchors). */
function nearestTo(candidates: number[], anchors: number[]): number {
  if (anchors.length === 0) return candidates[0]!;
  let best = candidates[0]!;
  let bestDistance = Infinity;
  for (const c of candidates) {
    for (const a of anchors) {
      if (Math.abs(c - a) < bestDistance) {
        best = c;
        bestDistance = Math.abs(c - a);
      }
    }
  }
  return best;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** indexOf that only accepts whole-word hits ("he" must not match inside "the"). */
export function findWord(text: string, needle: string, from: number, step: 1 | -1): number {
  if (needle === '') return -1;
  let i = step === 1 ? text.indexOf(needle, Math.max(0, from)) : from < 0 ? -1 : text.lastIndexOf(needle, from);
  while (i !== -1) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    const okBefore = before === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(needle[0]!);
    const okAfter = after === undefined || !WORD_CHAR.test(after) || !WORD_CHAR.test(needle[needle.length - 1]!);
    if (okBefore && okAfter) return i;
    i = step === 1 ? text.indexOf(needle, i + 1) : i === 0 ? -1 : text.lastIndexOf(needle, i - 1);
  }
  return -1;
}

/** Locate every sentence in order; sentences that cannot be found get start -1. */
export function locate(article: LabelledArticle): LocatedSentence[] {
  let from = bodyStart(article);
  return article.sentences.map((s) => {
    const start = article.text.indexOf(s.text, from);
    if (start === -1) return { ...s, start: -1, end: -1, sourceSpan: null };
    const end = start + s.text.length;
    from = end;
    const sourceSpan = s.source === null ? null : goldSourceSpan(article.text, s.source, start, end, s.cue);
    return { ...s, start, end, sourceSpan };
  });
}

// Text allowed between labelled sentences: whitespace, Markdown front matter and heading marks.
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const LEFTOVER_OK = /^[\s#>]*$/;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/** Where the labelled prose starts: after Markdown front matter, else at 0. */
function bodyStart(article: LabelledArticle): number {
  return article.format === 'markdown' ? (FRONT_MATTER.exec(article.text)?.[0].length ?? 0) : 0;
}

/** Every problem with one article's labels; an empty list means it is well formed. */
export function validate(article: LabelledArticle): string[] {
  const problems: string[] = [];
  const where = `${article.file}#${article.id}`;
  if (article.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(article.date)) problems.push(`${where}: bad date ${article.date}`);
  const located = locate(article);
  let prevEnd = bodyStart(article);
  located.forEach((s, i) => {
    const at = `${where} sentence ${i + 1} (${s.text.slice(0, 40)}...)`;
    if (s.start === -1) {
      problems.push(`${at}: text not found in article text after the previous sentence`);
      return;
    }
    const gap = article.text.slice(prevEnd, s.start);
    if (!LEFTOVER_OK.test(gap)) problems.push(`${at}: unlabelled text before it: ${JSON.stringify(gap)}`);
    prevEnd = s.end;
    problems.push(...labelProblems(s, article.text).map((p) => `${at}: ${p}`));
  });
  const tail = article.text.slice(prevEnd);
  if (!LEFTOVER_OK.test(tail)) problems.push(`${where}: unlabelled text at the end: ${JSON.stringify(tail)}`);
  return problems;
}

function labelProblems(s: LocatedSentence, text: string): string[] {
  const p: string[] = [];
  if (typeof s.claim !== 'boolean') p.push('claim must be true or false');
  if (!(KINDS as readonly string[]).includes(s.attribution)) p.push(`bad attribution ${s.attribution}`);
  if (!(CERTAINTIES as readonly string[]).includes(s.certainty)) p.push(`bad certainty ${s.certainty}`);
  if (s.claim === false && !(REASONS as readonly string[]).includes(s.reason ?? '')) p.push(`bad reason ${s.reason}`);
  if (s.claim === true && s.reason !== null) p.push('reason given for a claim');
  if ((s.attribution === 'none') !== (s.source === null)) p.push('attribution none exactly when source is null');
  if (s.attribution === 'none' && s.certainty === 'reported') p.push('unattributed sentence cannot be reported');
  if (s.attribution !== 'none' && s.certainty === 'asserted') p.push('attributed sentence cannot be asserted');
  if (s.certainty === 'asserted' && s.certainty_cue !== null) p.push('asserted takes no certainty_cue');
  if (['hedged', 'unconfirmed', 'denied'].includes(s.certainty) && s.certainty_cue === null) p.push('certainty_cue missing');
  if (s.source !== null && s.sourceSpan === null) p.push(`source not found in article text: ${s.source}`);
  if (s.source !== null && s.source !== s.source.trim()) p.push('source has outer whitespace');
  if (s.cue !== null && !s.text.includes(s.cue)) p.push(`cue not in sentence: ${s.cue}`);
  if (s.certainty_cue !== null && !s.text.includes(s.certainty_cue)) p.push(`certainty_cue not in sentence: ${s.certainty_cue}`);
  if (s.attribution === 'none' && s.cue !== null) p.push('cue given without attribution');
  if (s.source !== null && s.cue === null && s.sourceSpan !== null && s.sourceSpan.start >= s.start && s.sourceSpan.end <= s.end) {
    p.push('source inside the sentence but no cue (only carried-over attributions have a null cue)');
  }
  void text;
  return p;
}

export interface SetStats {
  articles: number;
  sentences: number;
  certainty: Record<GoldCertainty, number>;
  attribution: Record<GoldKind, number>;
  notClaim: number;
  inherited: number;
  pronounSources: number;
  sourceAfterClause: number;
  longCueAtEnd: number;
}

const zero = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Class counts used by the balance test (see README.md for what each counter means). */
export function stats(articles: LabelledArticle[]): SetStats {
  const st: SetStats = {
    articles: articles.length, sentences: 0, certainty: zero(CERTAINTIES), attribution: zero(KINDS),
    notClaim: 0, inherited: 0, pronounSources: 0, sourceAfterClause: 0, longCueAtEnd: 0,
  };
  for (const a of articles) {
    for (const s of a.sentences) {
      st.sentences++;
      st.certainty[s.certainty]++;
      st.attribution[s.attribution]++;
      if (!s.claim) st.notClaim++;
      if (s.source !== null && s.cue === null) st.inherited++;
      if (s.source !== null && PRONOUN.test(s.source)) st.pronounSources++;
      if (isSourceAfterClause(s)) st.sourceAfterClause++;
      if (isLongCueAtEnd(s)) st.longCueAtEnd++;
    }
  }
  return st;
}

/** "..., the minister said." / "'...,' said Jane Doe.": source and cue follow a clause. */
export function isSourceAfterClause(s: LabelledSentence): boolean {
  if (s.source === null || s.cue === null) return false;
  const src = findWord(s.text, s.source, 0, 1);
  if (src === -1) return false;
  const cue = nearest(s.text, s.cue, src);
  const head = s.text.slice(0, cue === -1 ? src : Math.min(src, cue));
  return head.length >= 15 && /[,;:"'\u201d\u2019]\s*$/.test(head);
}

/** A sentence of 140+ characters whose cue sits in its last quarter. */
export function isLongCueAtEnd(s: LabelledSentence): boolean {
  if (s.cue === null || s.text.length < 140) return false;
  const at = s.text.lastIndexOf(s.cue);
  return at !== -1 && at + s.cue.length >= 0.75 * s.text.length;
}

function nearest(text: string, needle: string, near: number): number {
  let best = -1;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (best === -1 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}
