// Content terms of a claim, for finding the same claim in other articles:
// lower-cased, stop words out, light suffix stripping so "mediating" and
// "mediated" meet. Deliberately crude and fast; alignment scores on overlap.
import { loadLexicon } from './lexicon.js';

const STOP = new Set(loadLexicon<{ words: string[] }>('stopwords').words.map(String));
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

export function stem(word: string): string {
  let w = word.replace(/['’]s$/u, '');
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ion')) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Content terms of `text`, skipping the ranges in `skip` (sentence-relative). */
export function contentTerms(text: string, skip: Array<[number, number]> = []): string[] {
  const out = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (skip.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
    const lower = m[0].toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    out.add(stem(lower));
  }
  return [...out];
}
