// How sure a sentence is of its claim. Every cue list is one precompiled
// alternation; the strongest level present wins (denied > unconfirmed >
// hedged > reported > asserted), and its cue is kept to explain the finding.
import type { Certainty, CertaintyLevel, Span, TextSpan } from '../types.js';
import { insideQuote } from './attribution.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';

interface CertaintyLexicon {
  denied: string[];
  unconfirmed: string[];
  hedged: string[];
}

const lex = loadLexicon<CertaintyLexicon>('certainty');
const LEVELS: Array<[CertaintyLevel, RegExp]> = [
  ['denied', phraseRegExp(lex.denied, 'iu')],
  ['unconfirmed', phraseRegExp(lex.unconfirmed, 'iu')],
  ['hedged', phraseRegExp(lex.hedged, 'iu')],
];

export const CERTAINTY_RANK: Record<CertaintyLevel, number> = { asserted: 0, reported: 1, hedged: 2, unconfirmed: 3, denied: 4 };

/**
 * @param attributionCue the attribution cue, if the sentence has a source
 * @param attributed whether the sentence has a source at all
 */
export function findCertainty(sentence: string, offset: number, attributed: boolean, attributionCue?: TextSpan, sourceSpan?: Span): Certainty {
  for (const [level, pattern] of LEVELS) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const cue: TextSpan = { text: m[0], start: offset + m.index, end: offset + m.index + m[0].length };
    // A hedge inside a direct quote, or inside the reported clause, is the source's own.
    const holder = insideQuote(sentence, m.index) || (attributed && level === 'hedged' && !(sourceSpan && cue.start >= sourceSpan.start && cue.end <= sourceSpan.end)) ? 'source' : 'writer';
    return { level, cue, holder };
  }
  if (attributed) return attributionCue ? { level: 'reported', cue: attributionCue } : { level: 'reported' };
  return { level: 'asserted' };
}
