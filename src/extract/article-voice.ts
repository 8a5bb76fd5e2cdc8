// Article-level readings of voice that one sentence cannot make alone: a
// press release's own announcement, an outlet the article has already
// described as one, a document named again by its head noun, and verbless
// answers to the writer's own questions. Run once per article, before the
// carry-over of attribution (src/extract/index.ts), so that what they clear is
// not carried on.
import type { Claim } from '../types.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';
import { headOf } from './source-kind.js';

const kinds = loadLexicon<{ answer_openers: string[] }>('claim-kinds');

/** Kicker lines and boilerplate that make an article a press release. */
const RELEASE_KICKER = /^(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed\b.*)$/i;
const ABOUT_HEADING = /^About\s+\p{Lu}/u;
const FORWARD_LOOKING = /\bforward-looking\s+statements?\b/i;
/** "Kestrel Robotics today announced": the release idiom between the issuer and its verb. */
const TODAY_BETWEEN = /^[.\s]*(?:,[^,]{1,80},\s*)?today\s+$/i;
/** The trailing proper name of a media source ("the news site Westbay Now" → "Westbay Now"). */
const TRAILING_NAME = /(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*)*)\s*$/u;
const LEADING_THE = /^the\s+/i;
const ANSWER_OPENER = new RegExp(`^[\\s"“]*(?:${phraseRegExp(kinds.answer_openers, 'i').source})`, 'i');
/** A finite verb: the fragment is a sentence of its own, not a bare answer. */
const FINITE_VERB = /\b(?:is|are|was|were|am|be|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|said|says)\b|n['’]t\b/i;
const FUTURE_QUESTION = /\b(?:will|would|going\s+to|when)\b|['’]ll\b/i;
const MAX_ANSWER_WORDS = 5;

/** Run all article-level voice readings, in order. */
export function readArticleVoice(claims: Claim[]): void {
  releaseVoice(claims);
  knownOutlets(claims);
  documentsNamedAgain(claims);
  verblessAnswers(claims);
}

function isRelease(claims: Claim[]): boolean {
  return claims.some((c) => (c.notClaimReason === 'headline' && (RELEASE_KICKER.test(c.text.trim()) || ABOUT_HEADING.test(c.text.trim()))) || FORWARD_LOOKING.test(c.text));
}

/**
 * In a press release, "<Issuer> today announced…" is the release's own voice,
 * not a report of what someone said (README: press releases).
 */
function releaseVoice(claims: Claim[]): void {
  if (!claims.some((c) => /\btoday\b/i.test(c.text)) || !isRelease(claims)) return;
  for (const claim of claims) {
    const { kind, source, cue } = claim.attribution;
    if (kind !== 'named' || !source || !cue || cue.start < source.end) continue;
    const between = claim.text.slice(source.end - claim.span.start, cue.start - claim.span.start);
    if (!TODAY_BETWEEN.test(between)) continue;
    claim.attribution = { kind: 'none' };
    if (claim.certainty.level === 'reported') claim.certainty = { level: 'asserted' };
  }
}

/** "…first reported by the news site Westbay Now." … "Westbay Now said…": an outlet stays an outlet. */
function knownOutlets(claims: Claim[]): void {
  const outlets = new Set<string>();
  for (const claim of claims) {
    const source = claim.attribution.source;
    if (!source) continue;
    if (claim.attribution.kind === 'media') {
      // "Westbay Now, an independent news site" / "the news site Westbay Now": the name before any apposition.
      const name = TRAILING_NAME.exec(source.text.split(',')[0]!)?.[1];
      if (name) outlets.add(name.toLowerCase());
    } else if (claim.attribution.kind === 'named' && outlets.size > 0 && outlets.has(source.text.replace(LEADING_THE, '').toLowerCase())) {
      claim.attribution = { ...claim.attribution, kind: 'media' };
    }
  }
}

/** "The paper, published in the journal X, found…" … "The paper also recommended…": still the document. */
function documentsNamedAgain(claims: Claim[]): void {
  const heads = new Set<string>();
  for (const claim of claims) {
    const source = claim.attribution.source;
    if (!source) continue;
    const head = headOf(source.text).head.toLowerCase();
    if (claim.attribution.kind === 'document') heads.add(head);
    else if (claim.attribution.kind === 'media' && heads.has(head) && /^the\s/i.test(source.text)) {
      claim.attribution = { ...claim.attribution, kind: 'document' };
    }
  }
}

/**
 * "Will the bridge reopen this week? Probably not before Thursday.": a
 * verbless answer to the writer's own question forecasts when the question is
 * about the future, and is the writer's opinion otherwise ("Not necessarily.").
 */
function verblessAnswers(claims: Claim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const claim = claims[i]!;
    const question = claims[i - 1]!;
    if (!claim.isClaim || question.notClaimReason !== 'question' || question.paragraph !== claim.paragraph) continue;
    const text = claim.text.trim();
    if (text.split(/\s+/).length > MAX_ANSWER_WORDS || !ANSWER_OPENER.test(text) || FINITE_VERB.test(text)) continue;
    claim.isClaim = false;
    claim.notClaimReason = FUTURE_QUESTION.test(question.text) ? 'prediction' : 'opinion';
  }
}
