// Which sentences are factual claims at all. Questions, headlines,
// conditionals, predictions and opinion are kept in the model (a user may want
// to see them) but rules skip them.
import type { NotAClaimReason } from '../types.js';
import { insideQuote, quotedShare } from './quotes.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';

interface ClaimKindsLexicon {
  conditional_openers: string[];
  prediction: string[];
  opinion: string[];
  opinion_anywhere: string[];
  evaluative: string[];
  modal_stative: string[];
}

const lex = loadLexicon<ClaimKindsLexicon>('claim-kinds');
/** A conditional opener at the very start of the sentence (after an opening quote). */
/** A conditional opener at the start, after an opening quote and a conjunction ("But if I keep…"). */
const CONDITIONAL = new RegExp(`^[\\s"“‘']*(?:(?:but|and|so|yet)\\s+)?(?:${phraseRegExp(lex.conditional_openers, 'i').source})`, 'i');
/** "Without the grant, we can't…": a missing condition with a modal main clause. */
const WITHOUT_CONDITION = /^[\s"“‘']*(?:(?:but|and|so)\s+)?without\b[^,.;]{1,60},\s+[^.;]*?\b(?:can|can['’]t|cannot|could|couldn['’]t|would|wouldn['’]t|will|won['’]t|may|might)\b/i;
/** '"Were there warnings?" asked X.': a quoted question with the speaker after it. */
const QUOTED_QUESTION = /\?["”’]\s*,?\s+[^"“”?]{1,80}$/u;
const PREDICTION = phraseRegExp(lex.prediction, 'giu');
/** Phrases and `re:` patterns as one case-insensitive regex. */
function phrasesAndPatterns(entries: string[]): RegExp {
  const patterns = entries.filter((e) => e.startsWith('re:')).map((e) => e.slice(3));
  const phrases = phraseRegExp(entries.filter((e) => !e.startsWith('re:')), 'iu');
  return new RegExp([phrases.source, ...patterns.map((p) => `\\b${p}\\b`)].join('|'), phrases.flags);
}
const OPINION = phraseRegExp(lex.opinion, 'iu');
const EVALUATIVE = phrasesAndPatterns(lex.evaluative);
const QUOTE_MARK = /["“”]/;
const OPINION_ANYWHERE = phraseRegExp(lex.opinion_anywhere, 'giu');
const STATIVE = lex.modal_stative.join('|');
const MODAL_FUTURE = new RegExp(`(?<![\\p{L}])(?:may|might|could)\\s+(?!have\\b|be\\b|not\\b|well\\b|also\\b|(?:${STATIVE})\\b)\\p{Ll}+`, 'u');
const SOURCE_MODAL_FUTURE = new RegExp(`(?<![\\p{L}])(?:may|might|could)\\s+(?!have\\b|be\\b|not\\b|well\\b|also\\b|only\\b|still\\b|never\\b|hardly\\b|barely\\b|(?:${STATIVE})\\b)\\p{Ll}+`, 'gu');
/**
 * "a deal could be announced within weeks": a passive act with a time ahead
 * forecasts ("may be contaminated", with no time, hedges a state).
 */
const PASSIVE_AHEAD = new RegExp(`(?<![\\p{L}])(?:may|might|could)\\s+be\\s+(?!(?:${STATIVE})\\b)\\p{Ll}+ed\\b[^.;]*?\\b(?:within|as\\s+early\\s+as|next|later\\s+this|by\\s+the\\s+end\\s+of|in\\s+the\\s+coming|soon|shortly|tomorrow)\\b`, 'iu');
/** A likelihood about a time ahead: "are likely in the coming weeks", "appears unlikely before the rainy season". */
const LIKELY_AHEAD = /\b(?:likely|unlikely|expected|forecast)\b[^.;]*?\b(?:in\s+the\s+coming\s+\w+|next\s+(?:week|month|year|season|spring|summer|autumn|winter)|later\s+this\s+\w+|in\s+the\s+(?:days|weeks|months|years)\s+ahead|before\s+the\s+(?:end|start)\s+of|before\s+the\s+\w+\s+season)\b/i;
/** "It is not clear whether the trend will continue": an open question about now, not a forecast. */
const UNCERTAIN_OPEN_BEFORE = /\b(?:unclear|not\s+(?:yet\s+)?(?:clear|known|certain)|uncertain|unknown)\s+(?:whether|when|if|how|why|what)\s+(?:[\p{L}'’-]+\s+){0,8}$/iu;
/** "so that it would escape review", "argued that a contract would rescue": purpose and argument, not forecast. */
const WOULD_NOT_FORECAST_BEFORE = /\b(?:so\s+that|in\s+order\s+that|argued\s+that|contended\s+that|reasoned\s+that|estimated\s+that|calculated\s+that)\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;
/** "We would like to make clear": politeness, not a forecast. */
const WOULD_POLITE_AFTER = /^\s+(?:like|love|prefer|rather)\b/i;
/** "about plans to build", "Plans to widen the road have been shelved": the noun "plans". */
const PLAN_NOUN_BEFORE = /\b(?:a|an|its|his|her|their|our|this|that|one)\s+(?:\S+\s+){0,3}$/i;
const PLANS_NOUN_BEFORE = /(?:\b(?:about|over|against|of|on|with|from|under|into|amid|despite)\s+(?:new\s+|the\s+|its\s+|their\s+)?|\b\p{Ll}{3,}ing\s+|^[\s"“]*)$/iu;
/** The attribution cue "expect(s)": the source forecasts ("Scientists expect another heatwave"). */
const EXPECT_CUE = /\bexpects?\b/i;
/** Epistemic frames: "suggest that … could help", "suspect … could come from": a guess about now, not a forecast. */
const EPISTEMIC_BEFORE = /\b(?:suggest(?:s|ed)?|suspect(?:s|ed)?|believe(?:s|d)?|thinks?|fear(?:s|ed)?|adding)\b/i;
/** "when", "whether", "how" a few words before: an indirect question. */
const OPEN_QUESTION_BEFORE = /\b(?:when|whether|if|how|why|what)\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;
/** "…could narrow if oil prices hold", "…would strike unless wages are paid": a modal main clause under a condition. */
const MID_CONDITIONAL = /\b(?:will|would|could|may|might|can|'ll)\s+(?!not\b)[^.;:!?]*?(?<!\bas\s)\b(?:if|unless)\s+(?!not\b|any\b|at\s+all\b|so\b|ever\b)/i;
const FUTURE_MODAL = /^(?:will|would|shall|'ll)$/i;
/** "…, although crews will", "… and would be announced": the marker opens a coordinate or concessive clause. */
const COORDINATE_BEFORE = /\b(?:and|but|although|though|while|whereas)\s+(?:[\p{L}'’-]+\s+){0,8}$/iu;
/** A finite past or perfect verb: "has suspended", "had been taken", "collapsed". */
const PAST_FACT = /\b(?:has|have|had|was|were)\s+(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|ht|ft|lt|nt|ck)\b|\b(?:is|are)\s+now\b|\b\p{Ll}{3,}ed\b/u;

function coordinateAfterFact(before: string): boolean {
  const c = COORDINATE_BEFORE.exec(before);
  return c !== null && PAST_FACT.test(before.slice(0, c.index));
}

const TERMINAL = /[.!?…]["”’')\]]*\s*$/u;
const QUESTION = /\?["”’')\]]*\s*$/u;

export interface ClaimKindInput {
  sentence: string;
  /** Certainty already found: a denial of a plan is a claim, not a prediction. */
  level?: string;
  /** The whole paragraph is this one sentence. */
  aloneInParagraph: boolean;
  /** Inside a Markdown heading. */
  inHeading: boolean;
  /** Span of the attribution clause within the sentence (sentence-relative), if any. */
  attributionClause?: [number, number];
}

function mostlyQuoted(sentence: string): boolean {
  const open = sentence.search(/["“]/);
  return open >= 0 && open <= 3 && quotedShare(sentence) > 0.5;
}

function sourceModalFuture(sentence: string, cs: number, ce: number): boolean {
  SOURCE_MODAL_FUTURE.lastIndex = 0;
  for (let m = SOURCE_MODAL_FUTURE.exec(sentence); m; m = SOURCE_MODAL_FUTURE.exec(sentence)) {
    if (m.index >= cs && m.index < ce) continue;
    if (EPISTEMIC_BEFORE.test(sentence.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

/** Does `pattern` match outside the attribution clause [cs, ce)? */
function outsideClause(pattern: RegExp, sentence: string, cs: number, ce: number): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) if (m.index < cs || m.index >= ce) return true;
  return false;
}

export function claimKind(input: ClaimKindInput): NotAClaimReason | undefined {
  const { sentence } = input;
  if (input.inHeading) return 'headline';
  if (input.aloneInParagraph && !TERMINAL.test(sentence) && sentence.length < 160 && !/[,;]\s*$/.test(sentence)) return 'headline';
  if (QUESTION.test(sentence)) return 'question';
  if (QUOTED_QUESTION.test(sentence)) return 'question';
  if (CONDITIONAL.test(sentence) || MID_CONDITIONAL.test(sentence) || WITHOUT_CONDITION.test(sentence)) return 'conditional';
  const [cs, ce] = input.attributionClause ?? [-1, -1];
  // Predictions: a future marker in the claim itself, not in the attribution.
  PREDICTION.lastIndex = 0;
  if (input.level !== 'denied' && input.level !== 'unconfirmed') {
    for (let m = PREDICTION.exec(sentence); m; m = PREDICTION.exec(sentence)) {
      if (m.index >= cs && m.index < ce) continue;
      // "a £12 million plan to restore the pier": the noun, not "The residents plan to sue".
      if (/^plan\s/i.test(m[0]) && PLAN_NOUN_BEFORE.test(sentence.slice(0, m.index))) continue;
      if (/^plans\s/i.test(m[0]) && PLANS_NOUN_BEFORE.test(sentence.slice(0, m.index))) continue;
      // "The government has suspended the licences and will audit the rest": a
      // stated fact with a future part in a coordinate clause stays a claim.
      if (FUTURE_MODAL.test(m[0]) && coordinateAfterFact(sentence.slice(ce >= 0 && ce <= m.index ? ce : 0, m.index))) continue;
      if (FUTURE_MODAL.test(m[0]) && UNCERTAIN_OPEN_BEFORE.test(sentence.slice(0, m.index))) continue;
      if (/^would$/i.test(m[0])) {
        // "a law that would have required…": a counterfactual past, not a forecast.
        if (/^\s+have\s+(?!to\b)\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) continue;
        // "It was not clear when the bridge would reopen": an open question, not a forecast.
        if (OPEN_QUESTION_BEFORE.test(sentence.slice(0, m.index))) continue;
        if (WOULD_NOT_FORECAST_BEFORE.test(sentence.slice(0, m.index)) || WOULD_POLITE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      }
      // "would" with no reporting clause is the writer's hypothetical; after
      // one ("said it would…") it is a reported plan: both are not yet facts.
      return 'prediction';
    }
    if (cs >= 0 && EXPECT_CUE.test(sentence.slice(cs, ce))) return 'prediction';
    // Both need a hedge ("likely", "could be"): test them only on hedged sentences.
    if (input.level === 'hedged') {
      if (LIKELY_AHEAD.test(sentence)) return 'prediction';
      const ahead = PASSIVE_AHEAD.exec(sentence);
      if (ahead && (ahead.index < cs || ahead.index >= ce)) return 'prediction';
    }
    // Writer's own "may/might/could + verb" about what is to come.
    if (cs < 0 && MODAL_FUTURE.test(sentence)) return 'prediction';
    // A source's "could/may + verb" outside the attribution ("said a deal could
    // be announced", "could delay rate cuts, analysts said") forecasts too.
    if (cs >= 0 && sourceModalFuture(sentence, cs, ce)) return 'prediction';
  }
  // Evaluation in the writer's voice, or inside a quote ("'It was a grotesque breach of trust,' she said").
  if (OPINION.test(sentence) && (mostlyQuoted(sentence) || !input.attributionClause)) return 'opinion';
  // Evaluation counts in the writer's voice or inside a quote: an attributed sentence without a quote mark cannot have it.
  const evaluation = !input.attributionClause || QUOTE_MARK.test(sentence) ? EVALUATIVE.exec(sentence) : null;
  if (evaluation && (mostlyQuoted(sentence) || !input.attributionClause || insideQuote(sentence, evaluation.index))) return 'opinion';
  if (outsideClause(OPINION_ANYWHERE, sentence, cs, ce)) return 'opinion';
  return undefined;
}
