// What a denial or a refusal to confirm is about: the words right after its
// cue ("has denied | receiving any money from Medisan Supply", "declined to
// confirm | whether a ransom had been paid"). The rest of such a sentence is
// often about something else ("…, saying it would not comment while the
// police investigation continues"), so the whole-sentence similarity
// underrates the match; the focus is what must be found in the other claim.
import type { Claim } from '../types.js';
import { contentTerms, isClassKey } from '../extract/terms.js';

/** Where the denied or unconfirmed proposition ends: a clause break or a new clause of saying. */
const FOCUS_END = /[,;:.!?()"“”]|\s[-–—]\s|\b(?:saying|calling|adding|and said|but|although|while|when|because|before|after)\b/u;

/** "declined to confirm | reports that …": what is reported is the focus, not the reports. */
const FOCUS_START = /^\s*(?:the\s+)?(?:media\s+|press\s+|news\s+)?(?:reports?|claims?|suggestions?|rumou?rs?|speculation|accounts?)\s+(?:that|of)\s+/iu;

const focusCache = new WeakMap<Claim, string[]>();

/** Content terms of the proposition after a denial or non-confirmation cue; empty for other claims. */
export function focusTerms(c: Claim): string[] {
  let terms = focusCache.get(c);
  if (!terms) {
    terms = [];
    const cue = c.certainty.cue;
    if (cue && (c.certainty.level === 'denied' || c.certainty.level === 'unconfirmed')) {
      const after = c.text.slice(cue.end - c.span.start);
      const rest = after.slice(FOCUS_START.exec(after)?.[0].length ?? 0);
      const end = FOCUS_END.exec(rest);
      terms = contentTerms(end ? rest.slice(0, end.index) : rest);
    }
    focusCache.set(c, terms);
  }
  return terms;
}

/**
 * How much of `c`'s focus `other` contains (0..1), counting words and event
 * classes; 0 when the focus has fewer than two words to go on.
 */
export function focusContainment(c: Claim, other: Claim): number {
  const focus = focusTerms(c);
  const words = focus.filter((t) => !isClassKey(t));
  if (words.length < 2) return 0;
  let found = 0;
  for (const t of words) if (other.terms.includes(t)) found++;
  // "paid" / "payment": an event class shared counts for one word.
  if (found < words.length && focus.some((t) => isClassKey(t) && other.terms.includes(t))) found++;
  return Math.min(1, found / words.length);
}
