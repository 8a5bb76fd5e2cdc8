// A tiny tokenizer for the quantity scanner: words, digit runs and single
// symbols, each knowing whether whitespace preceded it. Quantities are read
// token by token ("about", "$", "3", "bn"), and "glued" (no space) matters:
// "10m" is not "10 m", "F-16" is not "16", "three-day" is one adjective.

/** w = word, n = digit run, p = any other single character. */
export type Kind = 'w' | 'n' | 'p';

export interface Token {
  /** Raw text as written. */
  text: string;
  /** Lowercased text, for lexicon look-ups. */
  lower: string;
  /** Sentence-relative offsets, half-open. */
  start: number;
  end: number;
  /** True when whitespace (or the sentence start) precedes the token. */
  space: boolean;
  kind: Kind;
}

// Words keep inner apostrophes ("people's"); digit runs keep inner , and .
// ("1,200.5", "10.30") but never a trailing one (sentence-final "300.").
const TOKEN = /\s*(?:(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)|(\d+(?:[.,]\d+)*)|(\S))/uy;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (;;) {
    const m = TOKEN.exec(text);
    if (m === null) break;
    const raw = m[1] ?? m[2] ?? m[3];
    const end = TOKEN.lastIndex;
    const start = end - raw.length;
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end,
      space: prevEnd < 0 || start > prevEnd,
      kind: m[1] !== undefined ? 'w' : m[2] !== undefined ? 'n' : 'p',
    });
    prevEnd = end;
  }
  return tokens;
}

/** Lowercased token texts of a phrase, split the way `tokenize` splits text. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/** True when the word starts with an uppercase letter. */
export function isCapitalised(t: Token): boolean {
  return t.kind === 'w' && t.text[0] !== t.lower[0];
}
