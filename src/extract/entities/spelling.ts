// Spelling and transliteration folding of name words, driven by
// lexicons/entity-spelling.yaml. Two levels: `spellWord` rewrites a word
// deterministically (both spellings become one string), and `nameCost`
// scores how far two names are apart when their consonants agree word for
// word, so the corpus step can merge vowel variants without merging names
// that differ in a whole word.
import { loadLexicon } from '../lexicon.js';

interface SpellingYaml {
  replacements: Array<[string, string]>;
  dropped_words: string[];
  ship_prefixes?: string[];
  vowels: {
    letters: string;
    compatible: Array<[string, string]>;
    cost: { compatible: number; other: number; insert: number; lengthen: number; final: number };
    max: { word: number; name: number };
    min_skeleton: number;
    digraphs: Array<[string, string]>;
    consonant_classes: string[][];
    consonant: number;
  };
}

const lex = loadLexicon<SpellingYaml>('entity-spelling');

const REPLACEMENTS: Array<[RegExp, string]> = lex.replacements.map(([re, to]) => [new RegExp(re, 'g'), to]);
export const DROPPED_WORDS: ReadonlySet<string> = new Set(lex.dropped_words.map((w) => w.toLowerCase()));
export const SHIP_PREFIXES: ReadonlySet<string> = new Set((lex.ship_prefixes ?? []).map((w) => w.toLowerCase()));

const VOWELS = new Set(lex.vowels.letters.split(''));
const COMPATIBLE = new Set(lex.vowels.compatible.flatMap(([a, b]) => [a + b, b + a]));
const COST = lex.vowels.cost;
export const MAX_WORD_COST = lex.vowels.max.word;
export const MAX_NAME_COST = lex.vowels.max.name;
const MIN_SKELETON = lex.vowels.min_skeleton;
const DIGRAPHS: Array<[RegExp, string]> = lex.vowels.digraphs.map(([from, to]) => [new RegExp(from, 'g'), to]);
const CLASS_OF = new Map<string, string>();
for (const cls of lex.vowels.consonant_classes) for (const c of cls) CLASS_OF.set(c, cls[0]!);
const CONSONANT_COST = lex.vowels.consonant;
const DOUBLED = /([a-z])\1+/g;

/** A folded word with digraphs written as one letter ("sophia" → "sofia"), for fuzzy comparison. */
function fuzzyForm(word: string): string {
  let out = word;
  for (const [re, to] of DIGRAPHS) out = out.replace(re, to);
  return out;
}

/** The skeleton with each consonant replaced by its class ("kvn" for "ivanov", "iwanow" → "kvn"-like). */
function classKey(skel: string): string {
  let out = '';
  for (const c of skel) out += CLASS_OF.get(c) ?? c;
  return out;
}

// Letters NFKD does not decompose.
const SPECIAL: Record<string, string> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'Th', ı: 'i', ʿ: '', ʾ: '', ʼ: '', ʻ: '', '‘': "'", '’': "'", 'ʹ': '',
};
const SPECIAL_RE = /[øØæÆœŒßłŁđĐðÐþÞıʿʾʼʻ‘’ʹ]/g;
const MARKS = /\p{M}+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Remove accents and special letters; keeps case. "Şahin Öztürk" → "Sahin Ozturk". */
export function plain(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return text.normalize('NFKD').replace(MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

const spellCache = new Map<string, string>();

/** Deterministic spelling fold of one lowercase, accent-free word. */
export function spellWord(word: string): string {
  let out = spellCache.get(word);
  if (out !== undefined) return out;
  out = word;
  for (const [re, to] of REPLACEMENTS) out = out.replace(re, to);
  if (spellCache.size > 100_000) spellCache.clear();
  spellCache.set(word, out);
  return out;
}

/** "y" is a vowel except at the start of a word ("Yusuf", but "Husayn"). */
function isVowelAt(word: string, i: number): boolean {
  const c = word[i]!;
  return c === 'y' ? i > 0 : VOWELS.has(c);
}

/** Consonant skeleton of a folded word: "muhamad" → "mhmd". */
export function skeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (!isVowelAt(word, i)) out += word[i];
  return out;
}

/** Vowel clusters around the consonants: "muhamad" → ["", "u", "a", "a", ""]. */
function vowelSlots(word: string): string[] {
  const slots: string[] = [];
  let cur = '';
  for (let i = 0; i < word.length; i++) {
    if (isVowelAt(word, i)) cur += word[i];
    else {
      slots.push(cur);
      cur = '';
    }
  }
  slots.push(cur);
  return slots;
}

function clusterCost(a: string, b: string, final: boolean): number {
  if (a === b) return 0;
  let cost = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!, y = b[i]!;
    if (x !== y) cost += COMPATIBLE.has(x + y) ? COST.compatible : COST.other;
  }
  const extra = Math.abs(a.length - b.length);
  if (extra === 0) return cost;
  const per = final ? COST.final : n > 0 ? COST.lengthen : COST.insert;
  return cost + extra * per;
}

/**
 * Cost of reading word `a` as word `b` (both spell-folded): Infinity when
 * their consonants differ or are too few to trust, else the summed vowel
 * differences.
 */
export function wordCost(a: string, b: string): number {
  if (a === b) return 0;
  a = fuzzyForm(a);
  b = fuzzyForm(b);
  const sa = skeleton(a), sb = skeleton(b);
  if (sa.length < MIN_SKELETON || sa.length !== sb.length || /\d/.test(sa)) return Infinity;
  let cost = 0;
  if (sa !== sb) {
    if (classKey(sa) !== classKey(sb)) return Infinity;
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) cost += CONSONANT_COST;
  }
  const va = vowelSlots(a), vb = vowelSlots(b);
  for (let i = 0; i < va.length; i++) cost += clusterCost(va[i]!, vb[i]!, i === va.length - 1);
  return cost;
}

/**
 * Cost of reading name `a` as name `b` (arrays of folded words). Word for
 * word when both have as many words; otherwise the names written without
 * spaces must match ("Jinping" / "Jin Ping"). Infinity when any word is too
 * far: a name that differs in a whole word is another name.
 */
export function nameCost(a: readonly string[], b: readonly string[]): number {
  if (a.length === b.length) {
    let total = 0;
    for (let i = 0; i < a.length; i++) {
      const c = wordCost(a[i]!, b[i]!);
      if (c > MAX_WORD_COST) return Infinity;
      total += c;
    }
    return total <= MAX_NAME_COST ? total : Infinity;
  }
  // Different word counts: only spacing / hyphenation may differ
  // ("Nasiruddin" / "Nasir-ud-Din" once the connector is joined back).
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  const ja = a.join('').replace(DOUBLED, '$1'), jb = b.join('').replace(DOUBLED, '$1');
  const c = wordCost(ja, jb);
  return c <= MAX_WORD_COST ? c + 0.1 : Infinity;
}

/** Blocking key for the fuzzy step: the consonant skeleton of the whole name, spaces removed. */
export function blockKey(words: readonly string[]): string {
  let out = '';
  for (const w of words) out += classKey(skeleton(fuzzyForm(w)));
  return out.replace(DOUBLED, '$1');
}
