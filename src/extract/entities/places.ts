// Places and their demonyms, so "Kenyan officials", "Kenya" and "KEN..." all
// point to one place. Country names come from the ICU region table built
// into Node (Intl.DisplayNames) rather than a hand-kept list; the rules for
// regular demonyms, the irregular ones and other names for a country are
// data in lexicons/demonyms.yaml. The table is a pure function of that
// lexicon and ICU: the build computes it once into dist/lexicons.json
// (scripts/compile-lexicons.mjs), since building it cost a tenth of a
// one-article run; a run computes it only when demonyms.yaml is newer.
import { derivedLexicon, loadLexicon } from '../lexicon.js';
import { plain } from './spelling.js';

export interface DemonymsYaml {
  skip_regions: string[];
  canonical: Record<string, string>;
  rules: Array<{ ending: string; replace: string; weak?: boolean }>;
  not_demonyms: string[];
  plural_endings: string[];
  irregular: Record<string, string[]>;
  aliases: Record<string, string[]>;
  places: Record<string, string[]>;
}

interface PlaceEntry {
  /** Canonical place name: lowercase words, accents removed ("united states"). */
  place: string;
  /** True for adjectives / people ("Kenyan", "Kenyans"), false for names of the place. */
  demonym: boolean;
  /** Written in capitals in the lexicon ("US"): matches only a word written in capitals. */
  acronymOnly: boolean;
}

export interface PlaceHit {
  /** How many words matched. */
  length: number;
  place: string;
  demonym: boolean;
}


/** Lowercase, accent-free words of a phrase joined by one space. */
export function phraseKey(text: string): string {
  return plain(text).toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The place table as data: [key, place, demonym, acronymOnly] rows and the canonical place names. */
export interface PlaceTableData {
  rows: Array<[string, string, boolean, boolean]>;
  placeNames: string[];
}

/** Build the table from the demonyms lexicon and the ICU region names of this Node. */
export function computePlaceTable(lex: DemonymsYaml): PlaceTableData {
  const rows: PlaceTableData['rows'] = [];
  const seen = new Set<string>();
  const placeNames = new Set<string>();
  const add = (name: string, place: string, demonym: boolean): void => {
    const raw = name.trim();
    const key = phraseKey(raw);
    if (!key || seen.has(key)) return;
    seen.add(key);
    rows.push([key, place, demonym, /^[A-Z.]+$/.test(raw) && raw.replace(/\./g, '').length <= 4]);
  };
  const RULES = lex.rules.map((r) => ({ re: new RegExp(r.ending), to: r.replace, weak: r.weak === true }));
  const NOT_DEMONYMS = new Set(lex.not_demonyms.map((w) => w.toLowerCase()));
  const PLURAL_END = lex.plural_endings;

  /** Regular demonyms of a name from the suffix rules, words before the last kept. */
  const regularDemonyms = (name: string, weak: boolean): string[] => {
    const words = name.split(' ');
    const last = words.pop()!;
    if (!/^[A-Z][a-z]+$/.test(last)) return [];
    const out: string[] = [];
    for (const { re, to, weak: w } of RULES) {
      if (w !== weak || !re.test(last)) continue;
      const form = last.replace(re, to);
      if (form.length < 3 || form === last || NOT_DEMONYMS.has(form.toLowerCase())) continue;
      out.push([...words, form].join(' '));
    }
    return out;
  };
  const withPlurals = (forms: string[]): string[] => {
    const out: string[] = [];
    for (const f of forms) {
      out.push(f);
      if (PLURAL_END.some((e) => f.endsWith(e))) out.push(f + 's');
    }
    return out;
  };

  const skip = new Set(lex.skip_regions);
  const long = new Intl.DisplayNames(['en'], { type: 'region' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });
  const countries: Array<{ code: string; canonical: string; names: string[] }> = [];
  const A = 65;
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (skip.has(code)) continue;
      let name: string | undefined;
      try {
        name = long.of(code);
      } catch {
        continue;
      }
      if (!name || name === code) continue;
      const names: string[] = [];
      const paren = /^(.*?)\s*\((.*)\)$/.exec(name);
      const base = paren ? paren[1]! : name;
      if (!base.includes(' - ')) names.push(base.replace(/ & /g, ' and '));
      if (paren && !/\s/.test(paren[2]!)) names.push(paren[2]!);
      const s = short.of(code);
      if (s && s !== base && !s.includes(' - ')) names.push(s.replace(/ & /g, ' and '));
      const canonical = lex.canonical[code] ?? names[0];
      if (!canonical) continue;
      countries.push({ code, canonical, names: [canonical, ...names, ...(lex.aliases[code] ?? [])] });
    }
  }
  // Names first (a place name never becomes a demonym), then irregular
  // demonyms, then the generated ones, each never overriding an earlier entry.
  for (const c of countries) {
    const place = phraseKey(c.canonical);
    placeNames.add(place);
    for (const n of c.names) add(n, place, false);
  }
  for (const [name, dems] of Object.entries(lex.places)) {
    const place = phraseKey(name);
    placeNames.add(place);
    add(name, place, false);
    for (const d of dems) add(d, place, true);
  }
  for (const c of countries) for (const d of lex.irregular[c.code] ?? []) add(d, phraseKey(c.canonical), true);
  for (const weak of [false, true]) {
    for (const c of countries) {
      const place = phraseKey(c.canonical);
      for (const n of c.names) if (!/^[A-Z.]+$/.test(n)) for (const d of withPlurals(regularDemonyms(n, weak))) add(d, place, true);
    }
  }
  return { rows, placeNames: [...placeNames] };
}

const data = derivedLexicon<PlaceTableData>('places', 'demonyms') ?? computePlaceTable(loadLexicon<DemonymsYaml>('demonyms'));
const table = new Map<string, PlaceEntry>();
let maxWords = 1;
for (const [key, place, demonym, acronymOnly] of data.rows) {
  table.set(key, { place, demonym, acronymOnly });
  maxWords = Math.max(maxWords, key.split(' ').length);
}
/** Canonical names of countries and listed places. */
const placeNames = new Set(data.placeNames);

/**
 * Longest place name or demonym starting at word `i` of `words` (lowercase,
 * accent-free). `upper[k]` tells whether word k was written in capitals.
 */
export function matchPlace(words: readonly string[], i: number, upper?: readonly boolean[]): PlaceHit | undefined {
  const n = Math.min(maxWords, words.length - i);
  for (let len = n; len >= 1; len--) {
    const key = len === 1 ? words[i]! : words.slice(i, i + len).join(' ');
    const e = table.get(key);
    if (!e) continue;
    if (e.acronymOnly && !(upper && upper[i])) continue;
    return { length: len, place: e.place, demonym: e.demonym };
  }
  return undefined;
}

/** The place a whole phrase names or qualifies ("Kenyan" → "kenya"), if any. */
export function placeOf(text: string, writtenInCapitals = false): PlaceHit | undefined {
  const words = phraseKey(text).split(' ');
  const hit = matchPlace(words, 0, [writtenInCapitals]);
  return hit && hit.length === words.length ? hit : undefined;
}

/** True when the lowercase phrase is the canonical name of a known place. */
export function isPlaceName(key: string): boolean {
  return placeNames.has(key);
}
