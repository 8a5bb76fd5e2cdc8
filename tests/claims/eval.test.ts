// Claim-model evaluation: runs the real extractor over the labelled sets and
// scores certainty, attribution kind, not-a-claim and source spans against the
// labels. Two sets: the tuning set (set/, which the extractor was tuned against,
// so its scores flatter it) and the held-out set (heldout/, which nobody tunes
// against). Prints the scores and the first errors of each; fails below the floors.
// Set CLAIMS_EVAL_ERRORS=<n> to print more errors.
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleClaims, Claim } from '../../src/types.js';
import { loadSet, locate, type LocatedSentence, type LabelledArticle, CERTAINTIES, KINDS, SET_DIR } from './dataset.js';
import { binary, formatScores, score, type ClassScore, type Scores } from './metrics.js';

const FLOORS = { certaintyMacroF1: 0.85, attributionMacroF1: 0.85, sourceOverlap: 0.85 };
const HELDOUT_DIR = join(dirname(SET_DIR), 'heldout');
const UNSEEN_DIR = join(dirname(SET_DIR), 'unseen');
// Held-out set: no target floors, only regression floors = first-run figures - 0.05,
// rounded down to 2 decimals. First run, 2026-11-22, 305 sentences in 58 articles:
//   certainty macro-F1 0.840 (0.83985), attribution kind macro-F1 0.707 (0.7073),
//   source span exact 0.700 (156/223) and overlap 0.776 (173/223),
//   not-a-claim P 0.844 R 0.633 F1 0.724 (76/105).
//   Same run, tuning set: certainty 0.928, attribution 0.885, source exact 0.831 / overlap 0.899,
//   not-a-claim P 0.893 R 0.657 F1 0.757.
// Raised after issue 3 (claim model generalisation) to that run's figures - 0.03, rounded down:
//   certainty 0.969, attribution kind 0.958, source exact 0.928 / overlap 0.964, not-a-claim F1 0.887
//   (tuning set: 0.983 / 0.979 / 0.955 / 0.984, not-a-claim F1 0.881).
// Raised again after issue 3 round 2 (the blind set's error classes), same rule:
//   certainty 0.967, attribution kind 0.962, source exact 0.928 / overlap 0.960, not-a-claim F1 0.915
//   (tuning set, 852 sentences: 0.995 / 0.986 / 0.962 / 0.991, not-a-claim F1 0.957).
const HELDOUT_FLOORS = { certaintyMacroF1: 0.93, attributionMacroF1: 0.93, sourceOverlap: 0.93, sourceExact: 0.89, notClaimF1: 0.88 };
// Blind set (unseen/): written by someone who never read the extractor.
// First run, 2026-11-22, 439 sentences in 69 articles: certainty macro-F1 0.855,
// attribution kind 0.839, source span exact 0.796 / overlap 0.849, not-a-claim
// F1 0.844 (P 0.906 R 0.789) — the figure to expect on unseen news. Its error
// CLASSES (paraphrased, not its sentences) then drove one round of fixes written
// against new tuning articles: certainty 0.961, attribution 0.930, exact 0.894 /
// overlap 0.951, not-a-claim F1 0.933. No longer blind; floors = those - 0.05.
const UNSEEN_FLOORS = { certaintyMacroF1: 0.91, attributionMacroF1: 0.88, sourceOverlap: 0.9, sourceExact: 0.84, notClaimF1: 0.88 };
const MAX_ERRORS = Number(process.env.CLAIMS_EVAL_ERRORS ?? 30);

interface Pipeline {
  articleFromText(path: string, text: string, options?: { date?: string; format?: 'text' | 'markdown' }): Article;
  extractArticle(article: Article): ArticleClaims;
}

interface Outcome {
  article: LabelledArticle;
  gold: LocatedSentence;
  claim: Claim | undefined;
}

/** The claim for a labelled sentence: same trimmed text, else the one whose span holds its start. */
export function matchClaims(gold: LocatedSentence[], claims: Claim[]): Array<Claim | undefined> {
  const used = new Set<Claim>();
  return gold.map((g) => {
    const want = g.text.trim();
    const overlaps = (c: Claim): boolean => c.span.start < g.end && c.span.end > g.start;
    const found =
      claims.find((c) => !used.has(c) && c.text.trim() === want && overlaps(c)) ??
      claims.find((c) => !used.has(c) && c.text.trim() === want) ??
      claims.find((c) => c.span.start <= g.start && g.start < c.span.end) ??
      claims.find(overlaps);
    if (found) used.add(found);
    return found;
  });
}

const trimSource = (s: string): string => s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').toLowerCase();

function describeClaim(c: Claim | undefined): string {
  if (!c) return 'NO MATCHING CLAIM';
  const a = c.attribution;
  const claim = c.isClaim ? 'claim' : `not-claim:${c.notClaimReason ?? '?'}`;
  return `${claim} ${a.kind}${a.source ? ` src=${JSON.stringify(a.source.text)}` : ''}${a.cue ? ` cue=${JSON.stringify(a.cue.text)}` : ''} ${c.certainty.level}${c.certainty.cue ? `(${c.certainty.cue.text})` : ''}`;
}

function describeGold(g: LocatedSentence): string {
  const claim = g.claim ? 'claim' : `not-claim:${g.reason}`;
  return `${claim} ${g.attribution}${g.source ? ` src=${JSON.stringify(g.source)}` : ''}${g.cue ? ` cue=${JSON.stringify(g.cue)}` : ''} ${g.certainty}${g.certainty_cue ? `(${g.certainty_cue})` : ''}`;
}

function isError(o: Outcome): boolean {
  const c = o.claim;
  return !c || c.attribution.kind !== o.gold.attribution || c.certainty.level !== o.gold.certainty || c.isClaim !== o.gold.claim || !sourceOverlaps(o);
}

function sourceOverlaps(o: Outcome): boolean {
  const gold = o.gold.sourceSpan;
  if (gold === null) return true;
  const src = o.claim?.attribution.source;
  return !!src && src.start < gold.end && src.end > gold.start;
}

interface Evaluation {
  certainty: Scores;
  attribution: Scores;
  notClaim: ClassScore;
  sourceExact: number;
  sourceOverlap: number;
}

/** Runs the extractor over one labelled set, prints its scores and first errors under `title`. */
async function evaluate(title: string, articles: LabelledArticle[]): Promise<Evaluation> {
  const pipeline = (await import('../../src/index.js')) as unknown as Pipeline;
  const outcomes: Outcome[] = [];
  for (const article of articles) {
    const loaded = pipeline.articleFromText(`claims/${article.id}.${article.format === 'markdown' ? 'md' : 'txt'}`, article.text, {
      date: article.date,
      format: article.format,
    });
    const extracted = pipeline.extractArticle(loaded);
    const gold = locate(article);
    const claims = [...extracted.claims].sort((a, b) => a.span.start - b.span.start);
    matchClaims(gold, claims).forEach((claim, i) => outcomes.push({ article, gold: gold[i]!, claim }));
  }

  const certainty = score(CERTAINTIES, outcomes.map((o) => o.gold.certainty), outcomes.map((o) => o.claim?.certainty.level ?? 'asserted'));
  const attribution = score(KINDS, outcomes.map((o) => o.gold.attribution), outcomes.map((o) => o.claim?.attribution.kind ?? 'none'));
  const notClaim = binary(outcomes.map((o) => !o.gold.claim), outcomes.map((o) => (o.claim ? !o.claim.isClaim : false)));
  const withSource = outcomes.filter((o) => o.gold.sourceSpan !== null);
  const exact = withSource.filter((o) => o.claim?.attribution.source && trimSource(o.claim.attribution.source.text) === trimSource(o.gold.source!)).length;
  const overlap = withSource.filter(sourceOverlaps).length;
  const sourceExact = exact / Math.max(1, withSource.length);
  const sourceOverlap = overlap / Math.max(1, withSource.length);
  const unmatched = outcomes.filter((o) => !o.claim).length;

  const errors = outcomes.filter(isError);
  const lines = [
    `===== ${title} =====`,
    `claim-model evaluation (${title}): ${outcomes.length} labelled sentences, ${unmatched} without a matching claim, ${errors.length} with an error`,
    formatScores('certainty', certainty),
    formatScores('attribution kind', attribution),
    `not-a-claim: P ${notClaim.precision.toFixed(3)}  R ${notClaim.recall.toFixed(3)}  F1 ${notClaim.f1.toFixed(3)}  gold ${notClaim.support}  pred ${notClaim.predicted}`,
    `source span (${withSource.length} gold sources): exact ${sourceExact.toFixed(3)}  overlap ${sourceOverlap.toFixed(3)}`,
    `first ${Math.min(MAX_ERRORS, errors.length)} errors (${title}):`,
    ...errors.slice(0, MAX_ERRORS).map((o) => `  [${o.article.id}] ${o.gold.text}\n      gold: ${describeGold(o.gold)}\n      pred: ${describeClaim(o.claim)}`),
  ];
  console.log(lines.join('\n'));
  return { certainty, attribution, notClaim, sourceExact, sourceOverlap };
}

describe('claim model on the labelled set', () => {
  it('meets the floors for certainty, attribution kind and source spans (tuning set)', async () => {
    const e = await evaluate('tuning set', loadSet());
    expect.soft(e.certainty.macroF1, 'certainty macro-F1').toBeGreaterThanOrEqual(FLOORS.certaintyMacroF1);
    expect.soft(e.attribution.macroF1, 'attribution kind macro-F1').toBeGreaterThanOrEqual(FLOORS.attributionMacroF1);
    expect.soft(e.sourceOverlap, 'source span overlap').toBeGreaterThanOrEqual(FLOORS.sourceOverlap);
  });

  for (const [title, dir, floors] of [
    ['held-out set', HELDOUT_DIR, HELDOUT_FLOORS],
    ['unseen set', UNSEEN_DIR, UNSEEN_FLOORS],
  ] as const) {
    it(`does not regress below its floors (${title})`, async () => {
      const e = await evaluate(title, loadSet(dir));
      expect.soft(e.certainty.macroF1, `${title} certainty macro-F1`).toBeGreaterThanOrEqual(floors.certaintyMacroF1);
      expect.soft(e.attribution.macroF1, `${title} attribution kind macro-F1`).toBeGreaterThanOrEqual(floors.attributionMacroF1);
      expect.soft(e.sourceOverlap, `${title} source span overlap`).toBeGreaterThanOrEqual(floors.sourceOverlap);
      expect.soft(e.sourceExact, `${title} source span exact`).toBeGreaterThanOrEqual(floors.sourceExact);
      expect.soft(e.notClaim.f1, `${title} not-a-claim F1`).toBeGreaterThanOrEqual(floors.notClaimF1);
    });
  }
});
