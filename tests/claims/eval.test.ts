// Claim-model evaluation: runs the real extractor over the labelled set and
// scores certainty, attribution kind, not-a-claim and source spans against the
// labels. Prints the scores and the first errors; fails below the floors.
// Set CLAIMS_EVAL_ERRORS=<n> to print more errors.
import { describe, expect, it } from 'vitest';
import type { Article, ArticleClaims, Claim } from '../../src/types.js';
import { loadSet, locate, type LocatedSentence, type LabelledArticle, CERTAINTIES, KINDS } from './dataset.js';
import { binary, formatScores, score } from './metrics.js';

const FLOORS = { certaintyMacroF1: 0.85, attributionMacroF1: 0.85, sourceOverlap: 0.85 };
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

describe('claim model on the labelled set', () => {
  it('meets the floors for certainty, attribution kind and source spans', async () => {
    const pipeline = (await import('../../src/index.js')) as unknown as Pipeline;
    const outcomes: Outcome[] = [];
    for (const article of loadSet()) {
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
      `claim-model evaluation: ${outcomes.length} labelled sentences, ${unmatched} without a matching claim, ${errors.length} with an error`,
      formatScores('certainty', certainty),
      formatScores('attribution kind', attribution),
      `not-a-claim: P ${notClaim.precision.toFixed(3)}  R ${notClaim.recall.toFixed(3)}  F1 ${notClaim.f1.toFixed(3)}  gold ${notClaim.support}  pred ${notClaim.predicted}`,
      `source span (${withSource.length} gold sources): exact ${sourceExact.toFixed(3)}  overlap ${sourceOverlap.toFixed(3)}`,
      `first ${Math.min(MAX_ERRORS, errors.length)} errors:`,
      ...errors.slice(0, MAX_ERRORS).map((o) => `  [${o.article.id}] ${o.gold.text}\n      gold: ${describeGold(o.gold)}\n      pred: ${describeClaim(o.claim)}`),
    ];
    console.log(lines.join('\n'));

    expect.soft(certainty.macroF1, 'certainty macro-F1').toBeGreaterThanOrEqual(FLOORS.certaintyMacroF1);
    expect.soft(attribution.macroF1, 'attribution kind macro-F1').toBeGreaterThanOrEqual(FLOORS.attributionMacroF1);
    expect.soft(sourceOverlap, 'source span overlap').toBeGreaterThanOrEqual(FLOORS.sourceOverlap);
  });
});
