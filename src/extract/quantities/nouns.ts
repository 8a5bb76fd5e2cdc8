// The noun a number counts ("two rounds of talks" → round). Without a
// part-of-speech tagger we lean on how news English builds these phrases:
// number, a few modifiers, then the head noun, which is plural when the
// number is above one; the phrase ends at a preposition, a verb or a comma.
import {
  COMPOUND_HEADS,
  IRREGULAR_PLURALS,
  MONTHS,
  NON_HEADS,
  NOT_PLURAL,
  STOP_WORDS,
  TENS,
  UNITS,
  UNIT_SYNONYMS,
  VERBS,
  WEEKDAYS,
} from './lexicon.js';
import type { Token } from './tokens.js';

const POSSESSIVE = /['’]s?$/;
const MAX_PHRASE = 4;
// Compounds of "men" ("gunmen", "fishermen"), not "specimen", "abdomen", "regimen".
const MEN = /^(?!speci|abdo|regi|sta|o$)\p{L}{2,}men$/u;
export const DETERMINERS = new Set(['the', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'all']);
export const PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these', 'whom', 'which', 'it']);

/** Lowercase singular of a counted noun ("casualties" → casualty, "people" → person). */
export function singularise(word: string): string {
  const w = word.toLowerCase().replace(POSSESSIVE, '');
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular !== undefined) return irregular;
  if (MEN.test(w)) return `${w.slice(0, -3)}man`; // "gunmen", "policemen"
  if (w.endsWith('wives')) return `${w.slice(0, -5)}wife`; // "midwives"
  if (w.length < 4 || NOT_PLURAL.has(w) || !w.endsWith('s')) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zzes'))
    return w.slice(0, -2);
  return w.slice(0, -1);
}

/** A token that looks like a plural noun: "prisoners", "people", "IDPs" (not "news", "US", "AIDS"). */
export function looksPlural(t: Token): boolean {
  if (t.kind !== 'w') return false;
  const w = t.lower.replace(POSSESSIVE, '');
  if (IRREGULAR_PLURALS.has(w)) {
    const single = IRREGULAR_PLURALS.get(w);
    return single !== w; // "staff", "police" are their own plural: heads, not plural markers
  }
  if (w.length < 3 || NOT_PLURAL.has(w)) return false;
  if (MEN.test(w)) return true;
  const last = t.text.replace(POSSESSIVE, '');
  if (last[last.length - 1] !== 's') return false; // lowercase s only: "AIDS", "SARS" are names
  return !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ous'));
}

function endsPhrase(t: Token): boolean {
  // Another number ends it too: "212 of the 350 seats" counts no noun of its own.
  return (
    t.kind !== 'w' ||
    STOP_WORDS.has(t.lower) ||
    MONTHS.has(t.lower) ||
    WEEKDAYS.has(t.lower) ||
    UNITS.has(t.lower) ||
    TENS.has(t.lower)
  );
}

function verbLike(t: Token): boolean {
  return VERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));
}

export interface Head {
  unit: string;
  /** Token index of the head noun. */
  index: number;
}

/**
 * The head noun counted by a number whose tokens end before `j`.
 * `partitive` allows "300 of the prisoners" (skip "of" + a determiner).
 * Returns undefined when no noun follows ("killing 12.", "two of them").
 */
export function findHead(toks: readonly Token[], j: number, value: number, partitive: boolean): Head | undefined {
  if (partitive && j < toks.length && toks[j].lower === 'of') {
    j++;
    if (j < toks.length && PRONOUNS.has(toks[j].lower)) return undefined;
    if (j < toks.length && DETERMINERS.has(toks[j].lower)) j++;
  }
  const plural = value !== 1;
  let last = -1; // last head candidate: the head of a singular phrase ("one US drone strike")
  let firstLower = -1; // "10 year sentence", "7.8 magnitude earthquake": the number's own unit
  let invariant = -1; // "300 Afghan police", "900 staff": a plural without -s
  for (let k = j; k < toks.length && k < j + MAX_PHRASE; k++) {
    const t = toks[k];
    // A hyphen inside a compound noun ("aid-workers") continues the phrase.
    if (t.text === '-' && !t.space && k + 1 < toks.length && !toks[k + 1].space && toks[k + 1].kind === 'w') continue;
    if (endsPhrase(t)) break;
    if (POSSESSIVE.test(t.lower)) continue; // "the country's" is never the head
    // A verb ends the phrase, except one that names what is counted ("12 killed")
    // and a participle used as an adjective ("20 armed men", "300 detained protesters").
    if (verbLike(t) && !UNIT_SYNONYMS.has(t.lower)) {
      if (k > j || !(plural && k + 1 < toks.length && looksPlural(toks[k + 1]))) break;
      continue;
    }
    if (NON_HEADS.has(t.lower)) continue;
    if (plural && looksPlural(t)) {
      // A name ending in -s before a plural noun is a modifier: "31 Abrams tanks".
      const next = toks[k + 1];
      const name = t.text[0] !== t.lower[0] && next !== undefined && next.text[0] === next.lower[0] && looksPlural(next);
      // "fourteen crew members": the noun before a membership head is what is counted.
      const prev = toks[k - 1];
      if (!name && k > j && COMPOUND_HEADS.has(t.lower) && prev?.kind === 'w' && prev.text[0] === prev.lower[0] && !NON_HEADS.has(prev.lower) && !verbLike(prev))
        return { unit: singularise(prev.text), index: k };
      if (!name) return { unit: singularise(t.text), index: k };
      continue;
    }
    last = k;
    if (invariant < 0 && IRREGULAR_PLURALS.get(t.lower) === t.lower) invariant = k;
    if (firstLower < 0 && t.text[0] === t.lower[0]) firstLower = k;
  }
  if (last < 0) return undefined;
  const index = !plural ? last : invariant >= 0 ? invariant : firstLower >= 0 ? firstLower : last;
  return { unit: singularise(toks[index].text), index };
}

/** The unit two quantities are compared on: singular, lowercase, synonyms folded ("killed" → dead). */
export function normalizeUnit(unit: string | undefined): string | undefined {
  if (unit === undefined || unit === '') return undefined;
  const lower = unit.toLowerCase();
  const direct = UNIT_SYNONYMS.get(lower);
  if (direct !== undefined) return direct;
  const single = singularise(lower);
  return UNIT_SYNONYMS.get(single) ?? single;
}
