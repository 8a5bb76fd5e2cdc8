// Is one speaker written two ways? Articles name the same person as
// "Rotherbrook manager Stefan Oyelaran", "manager Stefan Oyelaran",
// "Oyelaran", or by the office alone ("the judge") once the article has named
// "Judge Oliver Strand". A quote given to both is not a conflict.
import type { ArticleClaims } from '../types.js';

/** Capitalised words of a source phrase that can be a name (not the first word's capital alone). */
const NAME_WORD = /\p{Lu}[\p{L}'’-]*/gu;
const LOWER_WORD = /[\p{L}'’-]+/gu;
const ROLE_ARTICLE = /^(?:the|a|an|its|his|her|their)\s+/i;

/** The name words of a source, lower-cased ("Union organiser Tomasz Wielgus" → tomasz, wielgus). */
export function nameWords(source: string): string[] {
  const words = source.match(NAME_WORD) ?? [];
  // A capital that only opens the phrase ("Union organiser …", "Harbour master …")
  // is kept only when nothing lower-case follows it before the next capital.
  const out: string[] = [];
  const trimmed = source.trim();
  for (const w of words) {
    const at = trimmed.indexOf(w);
    const after = trimmed.slice(at + w.length).trimStart();
    const opensRole = at === 0 && /^[\p{Ll}]/u.test(after);
    if (!opensRole) out.push(w.toLowerCase().replace(/['’]s$/u, ''));
  }
  return out;
}

/** Lower-case role words of a source written without a name ("the judge" → judge). */
export function roleWords(source: string): string[] {
  if ((source.match(NAME_WORD) ?? []).some((w, i) => i > 0 || !source.trim().startsWith(w))) return [];
  return (source.replace(ROLE_ARTICLE, '').match(LOWER_WORD) ?? []).map((w) => w.toLowerCase());
}

/**
 * The two sources name one person: the last name word (surname) is the same,
 * and the shorter name's words all occur in the longer one.
 */
export function sameNamedSpeaker(a: string, b: string): boolean {
  const na = nameWords(a);
  const nb = nameWords(b);
  if (na.length === 0 || nb.length === 0) return false;
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
  return short[short.length - 1] === long[long.length - 1] && short.every((w) => long.includes(w));
}

/**
 * A role written alone ("the judge") stands for a person the articles name
 * with that title ("Judge Oliver Strand"): true when such a person's name
 * contains the other source's surname.
 */
export function roleNamesSpeaker(role: string, named: string, articles: readonly ArticleClaims[]): boolean {
  const words = roleWords(role);
  const head = words[words.length - 1];
  const names = nameWords(named);
  const surname = names[names.length - 1];
  if (!head || !surname) return false;
  return articles.some((article) => titledNames(article).get(head)?.has(surname) === true);
}

// Asked once per pair of differing sources, over the same articles again and
// again: each article's index is built once and kept while the article lives.
const titledNamesCache = new WeakMap<ArticleClaims, Map<string, Set<string>>>();

/**
 * For each word of a person's title or of the words just before the name
 * ("Judge Oliver Strand", "the presiding judge, Oliver Strand"), the
 * lower-cased words of the names it comes with.
 */
function titledNames(article: ArticleClaims): Map<string, Set<string>> {
  let index = titledNamesCache.get(article);
  if (!index) {
    index = new Map();
    for (const claim of article.claims)
      for (const e of claim.entities) {
        if (e.type !== 'person') continue;
        const title = `${e.title?.text ?? ''} ${claim.text.slice(Math.max(0, e.start - claim.span.start - 24), e.start - claim.span.start)}`.toLowerCase();
        const nameParts = e.text.toLowerCase().split(/\s+/);
        for (const w of title.match(LOWER_WORD) ?? []) {
          let set = index.get(w);
          if (!set) index.set(w, (set = new Set()));
          for (const part of nameParts) set.add(part);
        }
      }
    titledNamesCache.set(article, index);
  }
  return index;
}

/** One speaker written two ways, by name or by office (see above). */
export function sameSpeaker(a: string, b: string, articles: readonly ArticleClaims[]): boolean {
  return sameNamedSpeaker(a, b) || roleNamesSpeaker(a, b, articles) || roleNamesSpeaker(b, a, articles);
}
