// Do two claims say opposite things? One negates what the other says ("has
// not resigned" / "resigned"; "has refused to concede" / "conceded defeat"),
// or they use a pair of opposite words of the same thing ("rose" / "fell";
// "approved the turbines" / "rejected the argument" is not such a pair).
// Negator phrases and antonym pairs are data: lexicons/antonyms.yaml.
import type { Claim } from '../types.js';
import { escapeRegExp, loadLexicon } from '../extract/lexicon.js';
import { contentTerms, eventClassOf, isClassKey, stem } from '../extract/terms.js';

const antonymLexicon = loadLexicon<{ pairs: Array<[string, string]>; negators: string[] }>('antonyms');
const ANTONYMS = new Map<string, Set<string>>();
for (const [a, b] of antonymLexicon.pairs) {
  const [sa, sb] = [stem(a), stem(b)];
  if (!ANTONYMS.has(sa)) ANTONYMS.set(sa, new Set());
  if (!ANTONYMS.has(sb)) ANTONYMS.set(sb, new Set());
  ANTONYMS.get(sa)!.add(sb);
  ANTONYMS.get(sb)!.add(sa);
}

/** "refused to concede", "falls short of the record": the phrase, an optional article, the negated word. */
const NEGATOR = new RegExp(
  `\\b(?:${[...antonymLexicon.negators].sort((x, y) => y.length - x.length).map((p) => p.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|')})\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?([\\p{L}][\\p{L}-]+)`,
  'giu',
);
const negatorCache = new WeakMap<Claim, string[]>();

/** Stems negated by "not X" (extraction) and by the negator phrases above. */
function negatedStems(c: Claim): string[] {
  let out = negatorCache.get(c);
  if (!out) {
    out = [...(c.negatedTerms ?? [])];
    NEGATOR.lastIndex = 0;
    for (let m = NEGATOR.exec(c.text); m; m = NEGATOR.exec(c.text)) out.push(stem(m[1]!.toLowerCase()));
    negatorCache.set(c, out);
  }
  return out;
}

const isNegated = (c: Claim) => Boolean(c.negated) || negatedStems(c).length > 0;

const predicateCache = new WeakMap<Claim, Set<string>>();

/** What a claim says happened: its terms, and the stem of a cue word read as a source's verb ("conceded defeat"). */
function predicateTerms(c: Claim): Set<string> {
  let out = predicateCache.get(c);
  if (!out) {
    out = new Set(c.terms);
    for (const cue of [c.attribution.cue?.text, c.certainty.cue?.text]) if (cue && !/\s/.test(cue.trim())) out.add(stem(cue.trim().toLowerCase()));
    predicateCache.set(c, out);
  }
  return out;
}

/**
 * A shared name and the very verb negated ("Banfi conceded defeat" / "Banfi
 * has refused to concede") make one proposition with less else in common.
 */
export const NAMED_NEGATION = 0.15;

export function negatesVerb(neg: Claim, pos: Claim): boolean {
  const said = predicateTerms(pos);
  return !isNegated(pos) && negatedStems(neg).some((t) => said.has(t));
}

/** `neg` says "did not X" (or "refused to X") where `pos` says X. */
export function negates(neg: Claim, pos: Claim): boolean {
  const stems = negatedStems(neg);
  if (stems.length === 0 || isNegated(pos)) return false;
  // "No arrests were made" negates "arrested three suspects": the same event class.
  const said = predicateTerms(pos);
  return stems.some((t) => said.has(t) || said.has(eventClassOf(t) ?? ''));
}


/** `neg`'s negation may cover what `pos` says: it applies to a word of `pos`, or it could not be placed. */
export function negationCovers(neg: Claim, pos: Claim): boolean {
  if (!isNegated(neg) || isNegated(pos)) return false;
  return (neg.negated === true && !neg.negatedTerms?.length) || negates(neg, pos);
}

/** The opposite words as written ("rose" / "fell"), if the claims use a pair of them of the same thing. */
export function antonymous(a: Claim, b: Claim): string | undefined {
  const bTerms = new Set(b.terms);
  for (const t of a.terms) {
    const opposite = ANTONYMS.get(t);
    if (opposite)
      for (const o of opposite)
        if (bTerms.has(o) && !a.terms.includes(o) && sameObject(objectOf(a, t), objectOf(b, o))) return `"${surface(a, t)}" / "${surface(b, o)}"`;
  }
  return undefined;
}

/** What a predicate applies to (its object noun phrase) ends at a clause break or a preposition. */
const OBJECT_END = /[,;:.!?()"“”]|\b(?:and|but|while|after|when|because|although|as|that|which|at|in|on|for|from|with|by|to|during|near|over|since|despite)\b/u;
const OBJECT_WORDS = 4;

/** The first content words after the word of stem `term` ("approved | six wind turbines", "rejected | the argument that …"). */
function objectOf(c: Claim, term: string): string[] {
  WORD_OF_CLAIM.lastIndex = 0;
  for (let m = WORD_OF_CLAIM.exec(c.text); m; m = WORD_OF_CLAIM.exec(c.text)) {
    if (stem(m[0].toLowerCase()) !== term) continue;
    const rest = c.text.slice(m.index + m[0].length);
    const end = OBJECT_END.exec(rest);
    return contentTerms(end ? rest.slice(0, end.index) : rest)
      .filter((w) => !isClassKey(w))
      .slice(0, OBJECT_WORDS);
  }
  return [];
}

/**
 * "approved six wind turbines" / "rejected the argument that …": opposite
 * verbs of different things. Without an object on one side ("prices rose" /
 * "fell") the pair stands.
 */
function sameObject(x: readonly string[], y: readonly string[]): boolean {
  return x.length === 0 || y.length === 0 || x.some((w) => y.includes(w));
}

const WORD_OF_CLAIM = /[\p{L}][\p{L}'’-]*/gu;

/** The word of a claim whose stem is `term`. */
function surface(c: Claim, term: string): string {
  for (const w of c.text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []) if (stem(w.toLowerCase()) === term) return w;
  return term;
}
