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

export function claimKind(input: ClaimKindInput): NotAClaimReason | undefined {
  const { sentence } = input;
  if (input.inHeading) return 'headline';
  if (input.aloneInParagraph && !TERMINAL.test(sentence) && sentence.length < 160 && !/[,;]\s*$/.test(sentence)) return 'headline';
  if (QUESTION.test(sentence)) return 'question';
  if (CONDITIONAL.test(sentence)) return 'conditional';
  const [cs, ce] = input.attributionClause ?? [-1, -1];
  // Predictions: a future marker in the claim itself, not in the attribution.
  PREDICTION.lastIndex = 0;
  if (input.level !== 'denied' && input.level !== 'unconfirmed') {
    for (let m = PREDICTION.exec(sentence); m; m = PREDICTION.exec(sentence)) {
      if (m.index >= cs && m.index < ce) continue;
      // "would" with no reporting clause is the writer's hypothetical; after
      // one ("said it would…") it is a reported plan: both are not yet facts.
      return 'prediction';
    }
    // Writer's own "may/might/could + verb" about what is to come.
    if (cs < 0 && MODAL_FUTURE.test(sentence)) return 'prediction';
  }
  if (OPINION.test(sentence) && (mostlyQuoted(sentence) || !input.attributionClause)) return 'opinion';
  return undefined;
}
