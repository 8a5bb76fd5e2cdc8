// Recognisers for calendar names: dates with month names, numeric dates,
// months, years, decades, centuries, quarters, seasons and holidays.
import { isValidDate, pad2, toDays } from './calendar.js';
import { literal, type Desc, type Hit, type Matcher, type Rel } from './descriptors.js';
import {
  AMBIGUOUS_MONTHS, HOLIDAYS_BY_FIRST, MONTH_BEFORE, ORDINAL_WORDS, QUANTITY_VERBS, SEASONS, WEEKDAY_ABBR,
  YEAR_AFTER, YEAR_BEFORE, YEAR_BLOCKERS,
} from './lexicon.js';
import { dayNumAt, isPunct, monthAt, phraseAt, prefixModAt, unitAt, weekdayAt, word, yearAt } from './parts.js';
import { isCapitalised, touches, type Token } from './tokens.js';
import { isFiniteVerb, nextWordIndex } from './verbs.js';

const REL_WORDS: Record<string, Rel> = { last: 'last', next: 'next', this: 'this' };
const YEAR_SHIFT: Record<string, number> = { last: -1, next: 1, this: 0 };

/** Day-first numeric dates are the default only where the first part cannot be a month. */
export let numericDateOrder: 'MDY' | 'DMY' = 'MDY';
export function setNumericDateOrder(order: 'MDY' | 'DMY'): void {
  numericDateOrder = order;
}

export const matchIso: Matcher = (toks, i) => {
  const t = toks[i]!;
  if (t.kind !== 'iso') return null;
  const [y, m, d] = t.text.split('-').map(Number) as [number, number, number];
  return isValidDate(y, m, d) ? { j: i + 1, type: 'DATE', desc: { k: 'day', days: toDays(y, m, d) } } : null;
};

const SHORT_DATE_BEFORE = new Set(['on', 'since', 'until', 'till', 'by', 'from', 'before', 'after']);

/** "on 11/7": month/day without a year, only right after a preposition (not "24/7", "3/4 of"). */
function shortNumericDate(toks: Token[], i: number): Hit | null {
  const t = toks[i]!;
  const b = toks[i + 2];
  if (t.kind !== 'num' || !/^\d{1,2}$/.test(t.text) || !isPunct(toks, i + 1, '/') || !b || b.kind !== 'num' || !/^\d{1,2}$/.test(b.text)) return null;
  if (!touches(toks, i + 1) || !touches(toks, i + 2) || !SHORT_DATE_BEFORE.has(word(toks, i - 1))) return null;
  const dayFirst = t.value > 12 || (b.value <= 12 && numericDateOrder === 'DMY');
  const [month, day] = dayFirst ? [b.value, t.value] : [t.value, b.value];
  return isValidDate(2000, month, day) ? { j: i + 3, type: 'DATE', desc: { k: 'md', month, day } } : null;
}

export const matchNumericDate: Matcher = (toks, i) => {
  const t = toks[i]!;
  if (t.kind === 'num') return shortNumericDate(toks, i);
  if (t.kind !== 'numdate') return null;
  const sep = t.text.includes('/') ? '/' : '.';
  const [a, b, c] = t.text.split(sep).map(Number) as [number, number, number];
  const y = c < 100 ? (c < 50 ? 2000 + c : 1900 + c) : c;
  // Dots are day-first everywhere; slashes follow the numbers, then the configured order.
  const dayFirst = sep === '.' || a > 12 || (b <= 12 && numericDateOrder === 'DMY');
  const [m, d] = dayFirst ? [b, a] : [a, b];
  return isValidDate(y, m, d) ? { j: i + 1, type: 'DATE', desc: { k: 'day', days: toDays(y, m, d) } } : null;
};

/** Year written after a day or month: ", 2021", " 2021", " this year". */
function yearAfter(toks: Token[], j: number): { year?: number; yearShift?: number; j: number } {
  if (isPunct(toks, j, ',')) {
    const y = yearAt(toks, j + 1);
    if (y !== null) return { year: y, j: j + 2 };
  }
  const y = yearAt(toks, j);
  if (y !== null) return { year: y, j: j + 1 };
  const shift = YEAR_SHIFT[word(toks, j)];
  if (shift !== undefined && word(toks, j + 1) === 'year') return { yearShift: shift, j: j + 2 };
  return { j };
}

function dateHit(day: number, month: number, j: number, toks: Token[], weekdayNum?: number): Hit | null {
  const after = yearAfter(toks, j);
  if (after.year !== undefined) {
    if (!isValidDate(after.year, month, day)) return null;
    return { j: after.j, type: 'DATE', desc: { k: 'day', days: toDays(after.year, month, day) } };
  }
  if (!isValidDate(2000, month, day)) return null; // 2000 is a leap year: Feb 29 passes
  const desc: Desc = { k: 'md', month, day };
  if (weekdayNum !== undefined) desc.weekday = weekdayNum;
  if (after.yearShift !== undefined) desc.yearShift = after.yearShift;
  return { j: after.j, type: 'DATE', desc };
}

/** "7 November 2021", "the 1st of April", "Nov. 7, 2021", "Sunday, Sept. 25", "Thursday 18 November". */
export const matchCalendarDate: Matcher = (toks, i) => {
  let k = i;
  let wd: number | undefined;
  const w = weekdayAt(toks, i);
  if (w && !w.plural) {
    wd = w.wd;
    k = w.j;
  } else if (isCapitalised(toks[i]) && WEEKDAY_ABBR.has(toks[i]!.lower) && isPunct(toks, i + 1, '.,')) {
    wd = WEEKDAY_ABBR.get(toks[i]!.lower);
    k = i + 1;
    if (isPunct(toks, k, '.')) k++;
  }
  if (wd !== undefined && isPunct(toks, k, ',')) k++;
  // Day first.
  let p = k;
  if (word(toks, p) === 'the' && toks[p + 1]?.kind === 'ord') p++;
  const day = dayNumAt(toks, p);
  if (day !== null) {
    let q = p + 1;
    if (word(toks, q) === 'of') q++;
    const mo = monthAt(toks, q);
    if (mo && (q === p + 1 || p > k || toks[p]!.kind === 'ord')) return dateHit(day, mo.month, mo.j, toks, wd);
  }
  // Month first.
  const mo = monthAt(toks, k);
  if (mo) {
    const d = dayNumAt(toks, mo.j);
    // "May 15" but not "May 2000 protesters"; a following unit makes it a quantity ("March 3 hours").
    if (d !== null && !unitAt(toks, mo.j + 1) && !isPunct(toks, mo.j + 1, '%')) return dateHit(d, mo.month, mo.j + 1, toks, wd);
  }
  return null;
};

/** "November", "November 2021", "May 1969", "last March", "mid-October", "the end of June", "January last year". */
export const matchMonth: Matcher = (toks, i) => {
  let k = i;
  const prefix = prefixModAt(toks, k);
  if (prefix) k = prefix.j;
  const rel = REL_WORDS[word(toks, k)];
  if (rel) k++;
  const mo = monthAt(toks, k);
  if (!mo || mo.bareAbbr) return null;
  let j = mo.j;
  let year: number | null = null;
  if (word(toks, j) === 'of' && (year = yearAt(toks, j + 1)) !== null) j += 2;
  else if ((year = yearAt(toks, j)) !== null) j += 1;
  const mod = prefix?.mod;
  if (year !== null) return { j, type: 'DATE', desc: { k: 'month', month: mo.month, year }, ...(mod ? { mod } : {}) };
  if (rel) return { j, type: 'DATE', desc: { k: 'month', month: mo.month, rel }, ...(mod ? { mod } : {}) };
  const shift = YEAR_SHIFT[word(toks, j)];
  if (shift !== undefined && word(toks, j + 1) === 'year') {
    return { j: j + 2, type: 'DATE', desc: { k: 'month', month: mo.month, yearShift: shift }, ...(mod ? { mod } : {}) };
  }
  // "May", "March" and "August" are also words: only after a time-ish word.
  if (!prefix && AMBIGUOUS_MONTHS.has(toks[k]!.lower) && !MONTH_BEFORE.has(word(toks, i - 1))) return null;
  return { j, type: 'DATE', desc: { k: 'month', month: mo.month }, ...(mod ? { mod } : {}) };
};

const DETERMINERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'this', 'that', 'whose', 'our', 'last']);
const CLOSING = ',.;:)?!"\'—–”’';
const LINKS = new Set(['and', 'or', 'to', 'through']);

/** A bare year, only where the context says it is one ("in 2014", "the 2016 election", "a difficult 2020."). */
export const matchYear: Matcher = (toks, i) => {
  const prefix = prefixModAt(toks, i);
  const k = prefix ? prefix.j : i;
  const y = yearAt(toks, k);
  if (y === null) return null;
  const next = toks[k + 1];
  if (next && ((next.kind === 'punct' && next.text === '%') || unitAt(toks, k + 1) || word(toks, k + 1) === 'old')) return null;
  if (next && next.kind === 'punct' && next.text === '-' && touches(toks, k + 1) && word(toks, k + 2) !== '') return null;
  const hit: Hit = prefix ? literal('DATE', String(y), k + 1, prefix.mod) : literal('DATE', String(y), k + 1);
  if (prefix) return hit;
  const prevTok = toks[i - 1];
  const prev = word(toks, i - 1);
  if (prevTok && prevTok.kind === 'punct' && '$£€#№'.includes(prevTok.text)) return null;
  if (YEAR_BLOCKERS.has(prev)) return null;
  if (LINKS.has(prev)) {
    // "between 2018 and 2021", "from 2005 to 2013": the link needs a year before it,
    // or, for "to", the end of the clause and no verb of change ("dating back to 2016.", not "rose to 2000.").
    const before = toks[i - 2];
    if (before && (yearAt(toks, i - 2) !== null || before.kind === 'decade')) return hit;
    const closes = !next || (next.kind === 'punct' && CLOSING.includes(next.text));
    return prev === 'to' && closes && y >= 1900 && !QUANTITY_VERBS.has(word(toks, i - 2)) && before?.kind !== 'num' ? hit : null;
  }
  if (YEAR_BEFORE.has(prev)) return hit;
  const nextWord = word(toks, k + 1);
  if (DETERMINERS.has(prev) && (YEAR_AFTER.has(nextWord) || isCapitalised(next))) return hit;
  const atStart = !prevTok || (prevTok.kind === 'punct' && '"“(\'‘'.includes(prevTok.text));
  if (atStart && (YEAR_AFTER.has(nextWord) || isPunct(toks, k + 1, ','))) return hit;
  if ((!next || (next.kind === 'punct' && CLOSING.includes(next.text))) && y >= 1900 && prevTok?.kind !== 'num') return hit;
  return null;
};

/** "the 1990s", "the early 1990s", "the mid-1990s", "the '70s". */
export const matchDecade: Matcher = (toks, i) => {
  let k = i;
  let prefix = prefixModAt(toks, k);
  if (prefix) k = prefix.j;
  if (word(toks, k) === 'the') k++;
  if (!prefix && (prefix = prefixModAt(toks, k))) k = prefix.j;
  const t = toks[k];
  if (!t || t.kind !== 'decade') return null;
  return literal('DATE', `${Math.floor(t.value / 10)}X`, k + 1, prefix?.mod);
};

/** "the 19th century", "the late 18th century", "the twentieth century" → 18, 17, 19. */
export const matchCentury: Matcher = (toks, i) => {
  let k = i;
  if (word(toks, k) === 'the') k++;
  const prefix = prefixModAt(toks, k);
  if (prefix) k = prefix.j;
  let n: number | undefined;
  const t = toks[k];
  if (t?.kind === 'ord') n = t.value;
  else if (word(toks, k) === 'twenty' && isPunct(toks, k + 1, '-') && word(toks, k + 2) === 'first') {
    n = 21;
    k += 2;
  } else n = ORDINAL_WORDS.get(word(toks, k));
  if (n === undefined || n < 1 || n > 21 || word(toks, k + 1) !== 'century') return null;
  return literal('DATE', pad2(n - 1), k + 2, prefix?.mod);
};

/** "the first quarter [of 2019 | of the year | of next year]", "Q3 2021", "the second half of the year", "third-quarter". */
export const matchQuarter: Matcher = (toks, i) => {
  const prefix = prefixModAt(toks, i);
  if (prefix && word(toks, prefix.j) === 'the') {
    const inner = matchQuarter(toks, prefix.j);
    return inner ? { ...inner, mod: prefix.mod } : null;
  }
  let k = i;
  let q: number | undefined;
  let half = false;
  if (word(toks, k) === 'q' && toks[k + 1]?.kind === 'num' && touches(toks, k + 1) && toks[k + 1]!.value >= 1 && toks[k + 1]!.value <= 4) {
    q = toks[k + 1]!.value;
    k += 2;
  } else {
    const the = word(toks, k) === 'the';
    if (the) k++;
    const ordTok = toks[k];
    const ord = ordTok?.kind === 'ord' ? ordTok.value : ORDINAL_WORDS.get(word(toks, k));
    if (ord === undefined) return null;
    let u = k + 1;
    const hyphen = isPunct(toks, u, '-') && touches(toks, u) && touches(toks, u + 1);
    if (hyphen) u++;
    if (!the && !hyphen) return null;
    const unit = word(toks, u);
    if (unit === 'quarter') q = ord;
    else if (unit === 'half') {
      half = true;
      q = ord === 4 ? 2 : ord; // "the last half"
    } else return null;
    if (q < 1 || q > (half ? 2 : 4)) return null;
    if (word(toks, k) === 'last' && word(toks, u + 1) !== 'of') return null; // "the last quarter" alone: see relative
    k = u + 1;
  }
  let year: number | null = null;
  let yearShift: number | undefined;
  if (word(toks, k) === 'of' && (year = yearAt(toks, k + 1)) !== null) k += 2;
  else if ((year = yearAt(toks, k)) !== null) k += 1;
  else if (word(toks, k) === 'of' && word(toks, k + 2) === 'year' && (word(toks, k + 1) === 'the' || YEAR_SHIFT[word(toks, k + 1)] !== undefined)) {
    yearShift = YEAR_SHIFT[word(toks, k + 1)] ?? 0;
    k += 3;
  }
  // "the second half" alone is as often a match as a year: halves need their year.
  if (half && year === null && yearShift === undefined) return null;
  const desc: Desc = { k: 'quarter', q: q!, half };
  if (year !== null) desc.year = year;
  if (yearShift !== undefined) desc.yearShift = yearShift;
  return { j: k, type: 'DATE', desc };
};

const SEASON_PREPOSITIONS = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'over', 'through', 'throughout', 'for', 'before', 'after', 'into', 'from']);

/** "this spring", "last winter", "the summer of 2012", "spring 2020", "in the autumn", "the end of the summer". */
export const matchSeason: Matcher = (toks, i) => {
  let k = i;
  let prefix = prefixModAt(toks, k);
  if (prefix) k = prefix.j;
  const first = word(toks, k);
  const rel = REL_WORDS[first];
  const the = first === 'the';
  if (rel || the) k++;
  if (!prefix) {
    const inner = prefixModAt(toks, k);
    if (inner && word(toks, k) !== 'the') {
      prefix = inner;
      k = inner.j;
    }
  }
  const s = SEASONS.get(word(toks, k));
  if (!s) return null;
  const seasonTok = toks[k]!;
  let j = k + 1;
  let year: number | null = null;
  if (word(toks, j) === 'of' && (year = yearAt(toks, j + 1)) !== null) j += 2;
  else if ((year = yearAt(toks, j)) !== null) j += 1;
  const mod = prefix?.mod;
  const withMod = (h: Hit): Hit => (mod ? { ...h, mod } : h);
  if (year !== null) return withMod({ j, type: 'DATE', desc: { k: 'season', s, year } });
  // Capitalised mid-sentence ("the Arab Spring", "Summer Olympics") is a name.
  if (isCapitalised(seasonTok) && k > 0) return null;
  if (rel) return withMod({ j, type: 'DATE', desc: { k: 'season', s, rel } });
  const next = word(toks, j);
  // "the fall of the city", "the spring in the hills": not seasons.
  if (next === 'of' || (next === 'in' && seasonTok.lower === 'fall')) return null;
  if (seasonTok.lower === 'fall' && !the) return null;
  // "Spring officially began on Saturday": the subject of a sentence, followed by its verb.
  if (k === 0 && isFiniteVerb(toks, nextWordIndex(toks, k))) return withMod({ j, type: 'DATE', desc: { k: 'season', s } });
  const prev = word(toks, i - 1);
  if (!prefix && !SEASON_PREPOSITIONS.has(prev)) return null;
  return withMod({ j, type: 'DATE', desc: { k: 'season', s } });
};

/** "Christmas", "Easter Sunday", "last Christmas", "Thanksgiving 2020". */
export const matchHoliday: Matcher = (toks, i) => {
  let k = i;
  const rel = REL_WORDS[word(toks, k)];
  if (rel) k++;
  if (!isCapitalised(toks[k])) return null;
  const candidates = HOLIDAYS_BY_FIRST.get(toks[k]!.lower);
  if (!candidates) return null;
  for (const h of candidates) {
    const j = phraseAt(toks, k, h.words);
    if (j < 0) continue;
    const year = yearAt(toks, j);
    const desc: Desc = { k: 'holiday', rule: h.rule };
    if (year !== null) desc.year = year;
    else if (rel) desc.rel = rel;
    return { j: year !== null ? j + 1 : j, type: 'DATE', desc };
  }
  return null;
};

/** "the new year" (not "the New Year's Eve" holiday). */
export const matchNewYear: Matcher = (toks, i) => {
  const j = phraseAt(toks, i, ['the', 'new', 'year']);
  if (j < 0 || toks[j - 1]!.possessive) return null;
  return { j, type: 'DATE', desc: { k: 'newyear' } };
};
