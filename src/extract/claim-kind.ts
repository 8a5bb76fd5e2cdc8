// Which sentences are factual claims at all. Questions, headlines,
// conditionals, predictions and opinion are kept in the model (a user may want
// to see them) but rules skip them.
import type { NotAClaimReason } from '../types.js';
import { quotedShare } from './quotes.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';

interface ClaimKindsLexicon {
  conditional_openers: string[];
  prediction: string[];
  opinion: string[];
}

const lex = loadLexicon<ClaimKindsLexicon>('claim-kinds');
/** A conditional opener at the very start of the sentence (after an opening quote). */
const CONDITIONAL = new RegExp(`^[\\s"“‘']*(?:${phraseRegExp(lex.conditional_openers, 'i').source})`, 'i');
const PREDICTION = phraseRegExp(lex.prediction, 'giu');
const OPINION = phraseRegExp(lex.opinion, 'iu');
const MODAL_FUTURE = /(?<![\p{L}])(?:may|might|could)\s+(?!have\b|be\b|not\b|well\b|also\b)\p{Ll}+/u;
const SOURCE_MODAL_FUTURE = /(?<![\p{L}])(?:may|might|could)\s+(?!have\b|be\b|not\b|well\b|also\b|only\b|still\b|never\b|hardly\b|barely\b)\p{Ll}+/gu;
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

export function claimKind(input: ClaimKindInput): NotAClaimReason | undefined {
  const { sentence } = input;
  if (input.inHeading) return 'headline';
  if (input.aloneInParagraph && !TERMINAL.test(sentence) && sentence.length < 160 && !/[,;]\s*$/.test(sentence)) return 'headline';
  if (QUESTION.test(sentence)) return 'question';
  if (CONDITIONAL.test(sentence) || MID_CONDITIONAL.test(sentence)) return 'conditional';
  const [cs, ce] = input.attributionClause ?? [-1, -1];
  // Predictions: a future marker in the claim itself, not in the attribution.
  PREDICTION.lastIndex = 0;
  if (input.level !== 'denied' && input.level !== 'unconfirmed') {
    for (let m = PREDICTION.exec(sentence); m; m = PREDICTION.exec(sentence)) {
      if (m.index >= cs && m.index < ce) continue;
      // "a £12 million plan to restore the pier": the noun, not "The residents plan to sue".
      if (/^plan\s/i.test(m[0]) && /\b(?:a|an|its|his|her|their|our|this|that|one)\s+(?:\S+\s+){0,3}$/i.test(sentence.slice(0, m.index))) continue;
      // "The government has suspended the licences and will audit the rest": a
      // stated fact with a future part in a coordinate clause stays a claim.
      if (FUTURE_MODAL.test(m[0]) && coordinateAfterFact(sentence.slice(ce >= 0 && ce <= m.index ? ce : 0, m.index))) continue;
      if (/^would$/i.test(m[0])) {
        // "a law that would have required…": a counterfactual past, not a forecast.
        if (/^\s+have\s+(?!to\b)\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) continue;
        // "It was not clear when the bridge would reopen": an open question, not a forecast.
        if (OPEN_QUESTION_BEFORE.test(sentence.slice(0, m.index))) continue;
      }
      // "would" with no reporting clause is the writer's hypothetical; after
      // one ("said it would…") it is a reported plan: both are not yet facts.
      return 'prediction';
    }
    // Writer's own "may/might/could + verb" about what is to come.
    if (cs < 0 && MODAL_FUTURE.test(sentence)) return 'prediction';
    // A source's "could/may + verb" outside the attribution ("said a deal could
    // be announced", "could delay rate cuts, analysts said") forecasts too.
    if (cs >= 0 && sourceModalFuture(sentence, cs, ce)) return 'prediction';
  }
  if (OPINION.test(sentence) && (mostlyQuoted(sentence) || !input.attributionClause)) return 'opinion';
  return undefined;
}
