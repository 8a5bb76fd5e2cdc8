// Title phrases ("acting interior minister", "Prime Minister", "Gen.") over
// lowercase word arrays. Used by detection (titles before a name, titles at
// the head of a capitalised run) and by key folding (titles stripped).
import { LEX } from './lexicon.js';

type Trie = Map<string, string[][]>;

/** Phrases indexed by their first word, longest first. */
function index(list: string[][]): Trie {
  const out: Trie = new Map();
  for (const p of list) {
    if (p.length === 0) continue;
    const bucket = out.get(p[0]!) ?? [];
    bucket.push(p);
    out.set(p[0]!, bucket);
  }
  for (const bucket of out.values()) bucket.sort((a, b) => b.length - a.length);
  return out;
}

const HEADS = index(LEX.titleHeads);
const MODIFIERS = index(LEX.titleModifiers);
const OBJECTS = index(LEX.titleObjects);

function longest(trie: Trie, words: readonly string[], i: number): number {
  const bucket = trie.get(words[i]!);
  if (!bucket) return 0;
  outer: for (const p of bucket) {
    if (i + p.length > words.length) continue;
    for (let k = 1; k < p.length; k++) if (words[i + k] !== p[k]) continue outer;
    return p.length;
  }
  return 0;
}

/**
 * End (exclusive) of the longest title phrase that starts at word `i`:
 * modifiers and heads, ending on a head, optionally followed by "of" and a
 * title object ("Minister of Foreign Affairs"). Returns `i` when none.
 */
export function titleEnd(words: readonly string[], i: number, limit = words.length): number {
  let pos = i;
  let end = i;
  while (pos < limit) {
    const h = longest(HEADS, words, pos);
    if (h > 0 && pos + h <= limit) {
      pos += h;
      end = pos;
      continue;
    }
    const m = longest(MODIFIERS, words, pos);
    if (m > 0 && pos + m <= limit) {
      pos += m;
      continue;
    }
    break;
  }
  if (end > i && words[end] === 'of' && end + 1 < limit) {
    const o = longest(OBJECTS, words, end + 1);
    if (o > 0 && end + 1 + o <= limit) end += 1 + o;
  }
  return end;
}

/** Start of the longest title phrase that ends exactly before word `end`, or `end` when none. */
export function titleStart(words: readonly string[], end: number, maxWords = 6): number {
  for (let s = Math.max(0, end - maxWords); s < end; s++) if (titleEnd(words, s, end) === end) return s;
  return end;
}

/** True when the title phrase words[i..end) is a single ambiguous head ("General", "Justice"). */
export function isAmbiguousTitle(words: readonly string[], i: number, end: number): boolean {
  return end - i === 1 && LEX.titleAmbiguous.has(words[i]!);
}
