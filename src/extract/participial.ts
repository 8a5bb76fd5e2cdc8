// Attribution by a participial reporting clause: "The regulator fined three
// firms on Wednesday, accusing them of fixing prices", "The union called a
// strike, citing unpaid overtime". The sentence reports what the main clause's
// subject holds; the participle is the cue. Used only when the sentence has no
// other cue, so "…, the agency reported, citing officials" keeps its speaker.
import { loadLexicon, phraseRegExp } from './lexicon.js';
import { wireDatelineLength } from './wire-dateline.js';

interface ParticipialLexicon {
  participial: string[];
  past_irregular: string[];
}

const lex = loadLexicon<ParticipialLexicon>('attribution');
/** ", accusing", "; citing": the participle right after a comma or semicolon. */
const PARTICIPLE = new RegExp(`[,;]\\s+(${phraseRegExp(lex.participial, 'giu').source})`, 'giu');
/** Candidate main verbs: auxiliaries, regular past tense, irregular past tense. */
const MAIN_VERB = new RegExp(
  `(?<=\\s)(?:has|have|had|was|were|is|are|did|does|do|\\p{Ll}{2,}ed|${lex.past_irregular.join('|')})(?=\\s)`,
  'gu',
);
/** "VILNIUS — ", "NEW DELHI: ": a bare place dateline before the subject. */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}\s*(?:[-–—]+|:)\s+/u;

export interface ParticipialCue {
  /** The participle (sentence-relative). */
  cue: [number, number];
  /** Candidate main-verb positions before it, first first: the subject ends before one of them. */
  verbs: number[];
  /** Where the subject may start (after a dateline). */
  from: number;
}

/** The first participial reporting clause and the main-verb candidates before it. */
export function participialCue(sentence: string, quoted: (i: number) => boolean): ParticipialCue | undefined {
  PARTICIPLE.lastIndex = 0;
  for (let m = PARTICIPLE.exec(sentence); m; m = PARTICIPLE.exec(sentence)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (quoted(start)) continue;
    const from = wireDatelineLength(sentence) || (PLACE_DATELINE.exec(sentence)?.[0].length ?? 0);
    const main = sentence.slice(0, m.index);
    const verbs: number[] = [];
    MAIN_VERB.lastIndex = from;
    for (let v = MAIN_VERB.exec(main); v && verbs.length < 4; v = MAIN_VERB.exec(main)) verbs.push(v.index);
    if (verbs.length > 0) return { cue: [start, start + m[1]!.length], verbs, from };
  }
  return undefined;
}
