// How sure a sentence is of its claim. Each level's cues are one precompiled
// alternation; the strongest level present wins (denied > unconfirmed >
// hedged > reported > asserted), and its cue is kept to explain the finding.
import type { Certainty, CertaintyLevel, Span, TextSpan } from '../types.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';
import { insideQuote } from './quotes.js';

interface CertaintyLexicon {
  denied: string[];
  unconfirmed: string[];
  hedged: string[];
  hedged_modals: string[];
  dismissive: string[];
  dismissive_intensifiers: string[];
}

const lex = loadLexicon<CertaintyLexicon>('certainty');

/** Phrases and `re:` patterns of one level as a single word-bounded regex. */
function cueRegExp(entries: string[]): RegExp {
  const phrases = entries.filter((e) => !e.startsWith('re:'));
  const patterns = entries.filter((e) => e.startsWith('re:')).map((e) => e.slice(3));
  const phrase = phraseRegExp(phrases, 'giu');
  const sources = [...(patterns.length > 0 ? [`\\b(?:${patterns.join('|')})\\b`] : []), phrase.source];
  // ASCII cues: plain word boundaries without Unicode mode, which is much faster.
  return new RegExp(sources.join('|'), phrase.flags.includes('u') ? 'giu' : 'gi');
}

const DISMISSIVE = phraseRegExp(lex.dismissive, 'i').source;
const INTENSIFIER = phraseRegExp(lex.dismissive_intensifiers, 'i').source;
/**
 * The denial cues, plus those built from the dismissive words: "called the
 * report speculation", "described X as false", 'was "pure invention"'. One
 * regex, so one scan per sentence.
 */
const DENIED = new RegExp(
  [
    cueRegExp(lex.denied).source,
    String.raw`\b(?:called|calls|call|calling|described|describes|describing|branded|brands|labell?ed|termed|dismissed|dismisses)\s+(?:the|a|an|its|his|her|their|these|those|this|that|our|my|your)\s+(?:\S+\s+){0,9}?(?:as\s+)?["“‘']?(?:(?:a|an)\s+)?(?:[A-Za-z-]+\s+)?(?:${DISMISSIVE})`,
    String.raw`\b(?:is|are|was|were)\s+(?:["“‘']\s*(?:(?:${INTENSIFIER})\s+)?|(?:${INTENSIFIER})\s+)(?:(?:a|an)\s+)?(?:${DISMISSIVE})`,
  ].join('|'),
  // ASCII only: no Unicode mode, which keeps V8's fast path for \b alternations.
  'gi',
);
const UNCONFIRMED = cueRegExp(lex.unconfirmed);
const HEDGED = cueRegExp(lex.hedged);
const MODAL = new RegExp(`(?<![\\p{L}])(?:${lex.hedged_modals.join('|')})(?![\\p{L}])`, 'gu');
/** "was denied bail", "be denied access": a passive with an object is not a denial. */
const PASSIVE_DENY = /\b(?:be|been|being|is|are|was|were)\s+(?:\S+ly\s+)?$/i;
const BARE_DENY = /^den(?:y|ies|ied)$/i;
/** "Unverified reports suggest…": the adjective qualifies the source, a hedge, not a refusal to confirm. */
const UNVERIFIED_ADJECTIVE = /^un(?:verified|confirmed)$/i;
const NOUN_AFTER = /^\s+\p{Ll}/u;
/** "could not", "could only grab", "could still be borrowed": ability, not a hedge. */
const COULD_ABILITY = /^(?:\s+(?:not|never|only|still|barely|hardly|easily)\b|n['’]t)/;
const ALLEGED_VERB = /^alleged$/i;
const SUSPECT = /^suspects?$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|these|those|his|her|their|its|our|one|two|three|four|five|several|some|main|key|prime|chief|murder|robbery|terror|\d+)\s+$/i;
/** What follows a reporting verb rather than a noun: a clause, an object, the end. */
const CLAUSE_OR_OBJECT = /^(?:\s+(?:that|the|a|an|his|her|its|their|this|these|those)\b|\s*[,.;:]|\s*$)/i;

function allMatches(pattern: RegExp, text: string): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function denialCounts(sentence: string, m: Span, unconfirmed: Span[]): boolean {
  if (unconfirmed.some((u) => u.start <= m.start && m.end <= u.end)) return false;
  const word = sentence.slice(m.start, m.end);
  if (BARE_DENY.test(word) && PASSIVE_DENY.test(sentence.slice(0, m.start)) && !/^\s+by\b/i.test(sentence.slice(m.end))) return false;
  return true;
}

/** The cue that decides the level, if any: denial, non-confirmation or hedge. */
export function certaintyCue(sentence: string): { level: CertaintyLevel; span: Span } | undefined {
  const unconfirmed = allMatches(UNCONFIRMED, sentence);
  const denied = allMatches(DENIED, sentence).find((m) => denialCounts(sentence, m, unconfirmed));
  if (denied) return { level: 'denied', span: denied };
  const refusal = unconfirmed.find((u) => !(UNVERIFIED_ADJECTIVE.test(sentence.slice(u.start, u.end)) && NOUN_AFTER.test(sentence.slice(u.end))));
  if (refusal) return { level: 'unconfirmed', span: refusal };
  const adjective = unconfirmed[0];
  HEDGED.lastIndex = 0;
  for (let hedge = HEDGED.exec(sentence); hedge; hedge = HEDGED.exec(sentence)) {
    // "Residents alleged that…" reports (the verb); "the alleged fraud" hedges (the adjective).
    if (ALLEGED_VERB.test(hedge[0]) && CLAUSE_OR_OBJECT.test(sentence.slice(hedge.index + hedge[0].length))) continue;
    // "the suspect, a 36-year-old man": the noun, not "Police suspect…".
    if (SUSPECT.test(hedge[0]) && (hedge.index === 0 || DETERMINER_BEFORE.test(sentence.slice(0, hedge.index)))) continue;
    return { level: 'hedged', span: { start: hedge.index, end: hedge.index + hedge[0].length } };
  }
  if (adjective) return { level: 'hedged', span: adjective };
  // "could not", "couldn't": lost ability, not a hedge; "may not", "might not" still hedge.
  MODAL.lastIndex = 0;
  for (let modal = MODAL.exec(sentence); modal; modal = MODAL.exec(sentence)) {
    if (modal[0] === 'could' && COULD_ABILITY.test(sentence.slice(modal.index + modal[0].length))) continue;
    return { level: 'hedged', span: { start: modal.index, end: modal.index + modal[0].length } };
  }
  return undefined;
}

/**
 * @param attributed whether the sentence has a source at all
 * @param attributionCue the attribution cue, if the sentence has a source
 */
export function findCertainty(
  sentence: string,
  offset: number,
  attributed: boolean,
  attributionClause?: Span,
  found: ReturnType<typeof certaintyCue> = certaintyCue(sentence),
  quoteOpenAtStart = false,
  attributionCue?: TextSpan,
): Certainty {
  if (found) {
    const { level, span } = found;
    const cue: TextSpan = { text: sentence.slice(span.start, span.end), start: offset + span.start, end: offset + span.end };
    // Whose hedge: inside a direct quote or inside what a source is reported
    // to say, the source's; in the attribution itself ("reports suggest") or
    // with no source at all, the writer's.
    const inClause = attributionClause !== undefined && cue.start < attributionClause.end && attributionClause.start < cue.end;
    const holder = insideQuote(sentence, span.start, quoteOpenAtStart) || (attributed && !inClause) ? 'source' : 'writer';
    return { level, cue, holder };
  }
  if (attributed) return attributionCue ? { level: 'reported', cue: attributionCue } : { level: 'reported' };
  return { level: 'asserted' };
}
