// Invented names built from syllables, so a larger corpus has a larger
// vocabulary (as real news does) and no name comes from a real article.
// Also the spelling variants that transliteration produces, and acronyms.
import type { Random } from './prng.js';
import { loadTemplates, render } from './template.js';

export interface Style {
  name: string;
  onsets: string[];
  nuclei: string[];
  codas: string[];
  surnameEnds: string[];
  countryEnds: string[];
  townPrefixes: string[];
  connectors?: string[];
  variants: Array<[string, string]>;
}

interface NameData {
  styles: Record<string, Omit<Style, 'name'>>;
  orgs: Record<string, { patterns: string[]; article: string }>;
  adjectives: string[];
  titles: any;
}

export const nameData: NameData = loadTemplates('names');
export const STYLES: Style[] = Object.entries(nameData.styles).map(([name, s]) => ({ name, ...s }));

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One made-up word of `min`..`max` syllables, capitalised. */
export function word(rng: Random, style: Style, min = 2, max = 3): string {
  const n = rng.int(min, max);
  let w = '';
  let longVowels = 0;
  for (let i = 0; i < n; i++) {
    // a vowel onset only starts a word, and one long vowel per word is enough:
    // otherwise names pile up vowels ("Ueshoaaeil") that no language writes
    let onset = rng.pick(style.onsets);
    if (i > 0 && VOWEL_START.test(onset)) onset = rng.pick(consonantOnsets(style));
    let nucleus = rng.pick(style.nuclei);
    if (nucleus.length > 1 && longVowels++ > 0) nucleus = nucleus.charAt(0);
    w += onset + nucleus + (i === n - 1 || rng.chance(0.3) ? rng.pick(style.codas) : '');
  }
  w = w.replace(/(.)\1\1+/g, '$1$1');
  return capitalize(w.length > 11 ? w.slice(0, 11) : w);
}

const VOWEL_START = /^[aeiouyüö]/;
const consonantCache = new Map<Style, string[]>();
function consonantOnsets(style: Style): string[] {
  let list = consonantCache.get(style);
  if (!list) {
    list = style.onsets.filter((o) => !VOWEL_START.test(o));
    consonantCache.set(style, list);
  }
  return list;
}

export interface PersonName {
  given: string;
  family: string;
  gender: 'm' | 'f';
}

export function personName(rng: Random, style: Style): PersonName {
  const given = word(rng, style, 2, 2) + (rng.chance(0.25) ? rng.pick(['a', 'in', 'o', 'el']) : '');
  let family = word(rng, style, 1, 2) + rng.pick(style.surnameEnds);
  if (family.length < 4) family = word(rng, style, 2, 2) + rng.pick(style.surnameEnds);
  if (style.connectors && rng.chance(0.15)) family = 'al-' + family;
  return { given, family, gender: /a$/.test(given) || rng.chance(0.35) ? 'f' : 'm' };
}

export function townName(rng: Random, style: Style): string {
  return rng.pick(style.townPrefixes) + word(rng, style, 2, 3);
}

export function countryName(rng: Random, style: Style): string {
  return word(rng, style, 1, 2).replace(/[aeiouy]+$/, '') + rng.pick(style.countryEnds);
}

/** The adjective of a country, as the copy uses it ("the Velmoran government"). */
export function demonym(country: string): string {
  if (/(land|mark|ence)$/.test(country)) return country;
  if (/istan$/.test(country)) return country.replace(/stan$/, '') ;
  if (/ia$/.test(country)) return country + 'n';
  if (/a$/.test(country)) return country + 'n';
  if (/[ou]$/.test(country)) return country + 'an';
  if (/[bcdfghjklmnpqrstvwxz]$/.test(country)) return country + 'i';
  return country + 'an';
}

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', '&', 'e', 'i', 'ul']);

/** Initials of the capitalised parts ("People's Defence Front" → PDF). */
export function acronym(name: string): string {
  let out = '';
  for (const part of name.split(/[\s-]+/)) {
    if (!part || SMALL_WORDS.has(part.toLowerCase())) continue;
    const ch = part[0]!;
    if (ch >= 'A' && ch <= 'Z') out += ch;
  }
  return out;
}

export interface OrgName {
  name: string;
  /** "the " or "": whether the copy writes "the X". */
  article: string;
  acronym?: string;
}

export function orgName(rng: Random, type: string, style: Style, place: string): OrgName {
  const spec = nameData.orgs[type];
  if (!spec) throw new Error(`unknown organisation type ${type}`);
  const connectors = style.connectors ?? ['-e-', '-i-'];
  const ctx = {
    Word: (r: Random) => word(r, style, 2, 3),
    Place: place,
    Adj: (r: Random) => r.pick(nameData.adjectives),
    conn: (r: Random) => r.pick(connectors),
  };
  // transliterated "X-e-Y" names only suit styles that have connectors
  const patterns = style.connectors || type !== 'armed' ? spec.patterns : spec.patterns.filter((p) => !p.includes('{conn}'));
  const name = render(rng.pick(patterns), ctx, rng);
  const acr = acronym(name);
  const wantsAcronym = type === 'company' ? acr.length >= 3 && rng.chance(0.3) : acr.length >= 2 && type !== 'outlet' && type !== 'hackers';
  return { name, article: spec.article, acronym: wantsAcronym ? acr : undefined };
}

/**
 * The same name as another transliteration writes it ("Qasim" / "Kasim",
 * "Tahreek-e-Noor" / "Tahrik-i-Nur"), or undefined when no rule applies.
 */
export function spellingVariant(name: string, style: Style, rng: Random): string | undefined {
  const rules = rng.shuffle(style.variants.slice());
  let out = name;
  let applied = 0;
  for (const [a, b] of rules) {
    const [from, to] = rng.chance(0.5) ? [a, b] : [b, a];
    const re = new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    if (re.test(out)) {
      out = out.replace(re, (m) => (m[0] === m[0]!.toUpperCase() ? capitalize(to) : to));
      if (++applied === 2) break;
    }
  }
  return out !== name ? out : undefined;
}

/** "spokesman" → "spokeswoman" and the like, for a woman holding the title. */
export function genderTitle(title: string, gender: 'm' | 'f'): string {
  return gender === 'f' ? title.replace(/\b(spokes|chair)man\b/g, '$1woman') : title;
}
