// retext-english ends a sentence at "Dr." when a capitalised word follows;
// news writes "said Dr. Leah Nwosu" and "Gen. Sorokin". Such breaks are
// mended here, after parsing, from a list of abbreviations kept as data.
import { loadLexicon } from '../extract/lexicon.js';
import { MAX_SENTENCE_CHARS, type SentenceSlice } from './sentences.js';

const lex = loadLexicon<{ titles: string[]; before_numbers: string[] }>('abbreviations');
const BEFORE_NAME = new RegExp(`(?:^|[\\s("“])(?:${lex.titles.join('|')})\\.$`);
const BEFORE_NUMBER = new RegExp(`(?:^|[\\s("“])(?:${lex.before_numbers.join('|')})\\.$`);

/** Join each sentence that ends in a title abbreviation to the sentence after it, in the same paragraph. */
export function mendAbbreviations(slices: SentenceSlice[], text: string): SentenceSlice[] {
  const out: SentenceSlice[] = [];
  for (const slice of slices) {
    const prev = out[out.length - 1];
    // Never past the sentence cap: a run of "Dr. Ab Dr. Ab …" must not mend back into one megabyte sentence.
    if (prev && prev.paragraph === slice.paragraph && slice.end - prev.start <= MAX_SENTENCE_CHARS && /^\s*$/.test(text.slice(prev.end, slice.start))) {
      const tail = text.slice(Math.max(prev.start, prev.end - 12), prev.end);
      const next = text.slice(slice.start, slice.start + 1);
      if ((BEFORE_NAME.test(tail) && /\p{Lu}/u.test(next)) || (BEFORE_NUMBER.test(tail) && /\d/.test(next))) {
        out[out.length - 1] = { ...prev, end: slice.end };
        continue;
      }
    }
    out.push(slice);
  }
  return out;
}
