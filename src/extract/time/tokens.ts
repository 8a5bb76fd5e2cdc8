// A tokenizer made for time expressions: it keeps the shapes that matter as
// single tokens (ISO dates, 11/7/2021, 10:45, 1990s, a.m.) and gives every
// token its offsets in the sentence so spans fall out directly.

export type TokenKind =
  | 'word' // letters, with inner apostrophes: year's, o'clock, they'll
  | 'num' // 7, 2021, 4.2, 2,000
  | 'ord' // 1st, 21st
  | 'iso' // 2021-11-07
  | 'numdate' // 11/7/2021, 31.10.2016
  | 'clock' // 10:45
  | 'decade' // 1990s, '70s
  | 'ampm' // a.m., p.m.
  | 'punct';

export interface Token {
  kind: TokenKind;
  /** Offsets in the sentence, half-open. */
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes straightened; for words without a possessive 's. */
  lower: string;
  /** True when the word carried a possessive 's ("Sunday's"): `lower` has it removed. */
  possessive: boolean;
  /** Numeric value of num / ord / decade tokens. */
  value: number;
}

// One alternation, tried left to right at each position; the order matters
// (an ISO date before a plain number, a.m. before a word).
const TOKEN_RE =
  /(\d{4}-\d{2}-\d{2})(?![\d-])|(\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d/.]\d)|(\d{1,2}:\d{2})(?!\d)|(\d+)(st|nd|rd|th)\b|(\d{3}0|['’]\d0)s\b|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<![A-Za-z])([aApP]\.[mM]\.?)|([A-Za-z]+(?:['’][A-Za-z]+)*)|(\S)/g;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m; m = TOKEN_RE.exec(sentence)) {
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    let kind: TokenKind;
    let value = NaN;
    let lower = text;
    let possessive = false;
    if (m[1]) kind = 'iso';
    else if (m[2]) kind = 'numdate';
    else if (m[3]) kind = 'clock';
    else if (m[4]) {
      kind = 'ord';
      value = Number(m[4]);
    } else if (m[6]) {
      kind = 'decade';
      const digits = m[6].replace(/^['’]/, '');
      value = digits.length === 2 ? 1900 + Number(digits) : Number(digits);
    } else if (m[7]) {
      kind = 'num';
      value = Number(m[7].replace(/,/g, ''));
    } else if (m[8]) {
      kind = 'ampm';
      lower = m[8][0]!.toLowerCase() === 'a' ? 'am' : 'pm';
    } else if (m[9]) {
      kind = 'word';
      lower = text.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      if (lower.length > 2 && lower.charCodeAt(lower.length - 2) === 39 && lower.endsWith("'s")) {
        possessive = true;
        lower = lower.slice(0, -2);
      }
    } else kind = 'punct';
    out.push({ kind, start, end, text, lower, possessive, value });
  }
  return out;
}

/** True when token k directly touches token k-1 (no space between: "two-week"). */
export function touches(toks: Token[], k: number): boolean {
  return k > 0 && k < toks.length && toks[k]!.start === toks[k - 1]!.end;
}

/** True when the word starts with a capital letter. */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
