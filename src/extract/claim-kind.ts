// Which sentences are factual claims at all. Questions, headlines,
// conditionals, predictions and opinion are kept in the model (a user may want
// to see them) but rules skip them.
import type { NotAClaimReason } from '../types.js';
import { insideQuote } from './attribution.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';

interface ClaimKindsLexicon {
  conditional_openers: string[];
  prediction: string[];
  opinion: string[];
}

const lex = loadLexicon<ClaimKindsLexicon>('claim-kinds');
const CONDITIONAL = new RegExp(phraseRegExp(lex.conditional_openers, 'iu').source.replace('(?<![\\p{L}\\p{N}])', '^[\\s"“‘\']*'), 'iu');
const PREDICTION = phraseRegExp(lex.prediction, 'giu');
const OPINION = phraseRegExp(lex.opinion, 'iu');
const TERMINAL = /[.!?…]["”’')\]]*\s*$/u;
const QUESTION = /\?["”’')\]]*\s*$/u;

export interface ClaimKindInput {
  sentence: string;
  /** The whole paragraph is this one sentence. */
  aloneInParagraph: boolean;
  /** Inside a Markdown heading. */
  inHeading: boolean;
  /** Span of the attribution clause within the sentence (sentence-relative), if any. */
  attributionClause?: [number, number];
}

function mostlyQuoted(sentence: string): boolean {
  const open = sentence.search(/["“]/);
  if (open < 0 || open > 3) return false;
  let quoted = 0;
  for (let i = 0; i < sentence.length; i++) if (insideQuote(sentence, i)) quoted++;
  return quoted > sentence.length * 0.5;
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
  for (let m = PREDICTION.exec(sentence); m; m = PREDICTION.exec(sentence)) {
    if (m.index >= cs && m.index < ce) continue;
    // "would" is only future-in-the-past when it follows a reporting clause.
    if (m[0].toLowerCase() === 'would' && !(cs >= 0 && m.index > ce)) continue;
    return 'prediction';
  }
  if (OPINION.test(sentence) && (mostlyQuoted(sentence) || !input.attributionClause)) return 'opinion';
  return undefined;
}
