// Recognisers for durations ("two weeks", "a two-week ceasefire", "the past
// three years"), sets ("every Friday", "daily", "twice a week") and clock
// times ("6 a.m.", "10:45", "1500 GMT", "noon").
import { literal, type Hit, type Matcher } from './descriptors.js';
import {
  BOUNDS, DURATION_BEFORE, MONTHS, PARTS_OF_DAY, RATE_BEFORE, SEASONS, SET_WORDS, TIME_ZONES, type UnitInfo,
} from './lexicon.js';
import { approxAt } from './match-relative.js';
import { isPunct, monthAt, parseCount, phraseAt, unitAt, weekdayAt, word, type Count } from './parts.js';
import { pad2 } from './calendar.js';
import { isCapitalised, touches, type Token } from './tokens.js';

function amount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** TIMEX3 duration value: P2W, PT48H, P1.5Y, PXM (vague). */
export function durationValue(n: number | null, unit: UnitInfo): string {
  const num = n === null ? 'X' : amount(n * unit.factor);
  return unit.clock ? `PT${num}${unit.code}` : `P${num}${unit.code}`;
}

/** Bound or approximator phrases before a count: "more than", "at least", "about". */
function leadAt(toks: Token[], k: number): { j: number; approx: boolean } | null {
  const a = approxAt(toks, k);
  if (a > 0) return { j: a, approx: true };
  for (const b of BOUNDS) {
    const j = phraseAt(toks, k, b);
    if (j > 0) return { j, approx: false };
  }
  return null;
}

const DURATION_DIRECTIONS = new Set(['past', 'last', 'next', 'coming', 'previous', 'following', 'first', 'final', 'remaining', 'ensuing', 'preceding', 'prior', 'same']);
/** Units whose "a" form is rarely a duration ("a second time", "by a quarter"). */
const NEEDS_NUMBER = new Set(['second', 'quarter', 'night']);
/** "the same months of 2019", "the early hours of Saturday": not durations. */
const NOT_BEFORE_PLURAL = new Set(['the', 'these', 'those', 'same', 'past', 'first', 'last', 'early', 'final', 'following', 'previous', 'all', 'summer', 'winter', 'spring', 'autumn', 'coming', 'recent', 'its', 'their', 'his', 'her', 'our']);
const PLURAL_CONTEXT = new Set(['for', 'over', 'within', 'after', 'took', 'spent', 'lasted', 'lasting', 'in', 'take', 'takes', 'spend', 'last', 'lasts']);

function countedUnit(toks: Token[], count: Count, allowArticle: boolean): { unit: UnitInfo; n: number | null; j: number } | null {
  const u = unitAt(toks, count.j, true);
  if (!u) return null;
  if (count.article && (!allowArticle || u.plural || NEEDS_NUMBER.has(u.unit.name))) return null;
  if (count.n === 1 && !count.article && u.plural) return null;
  let n = count.n;
  let j = u.j;
  if (n !== null && !u.plural && word(toks, j) === 'and' && word(toks, j + 1) === 'a' && word(toks, j + 2) === 'half') {
    n += 0.5;
    j += 3;
  }
  // "A week-long": the unit belongs to a compound adjective (see the hyphen forms).
  if (isPunct(toks, j, '-') && touches(toks, j)) return null;
  // Ages are not durations here: "63 years old", "a 63-year-old".
  if (word(toks, j) === 'old' || (isPunct(toks, j, '-') && word(toks, j + 1) === 'old')) return null;
  return { unit: u.unit, n, j };
}

/** Durations: "two days", "about 14 hours", "more than a century", "the past three weeks", "two-week", "for weeks". */
export const matchDuration: Matcher = (toks, i) => {
  const w = word(toks, i);
  // "the past three weeks", "the next 24 hours", "the last fortnight", "the past few years".
  if (w === 'the' && DURATION_DIRECTIONS.has(word(toks, i + 1))) {
    const dir = word(toks, i + 1);
    const count = parseCount(toks, i + 2);
    if (count && !count.article) {
      const cu = countedUnit(toks, count, false);
      return cu ? literal('DURATION', durationValue(cu.n, cu.unit), cu.j) : null;
    }
    const u = unitAt(toks, i + 2);
    if (!u) return null;
    if (!u.plural && (dir === 'past' || dir === 'last')) return literal('DURATION', durationValue(1, u.unit), u.j);
    if (u.plural && (dir === 'past' || dir === 'last')) return literal('DURATION', durationValue(null, u.unit), u.j);
    return null;
  }
  // "week-long", "month-long"; "all week", "all year".
  const bare = unitAt(toks, i);
  if (bare && !bare.plural && isPunct(toks, bare.j, '-') && touches(toks, bare.j) && word(toks, bare.j + 1) === 'long') {
    return literal('DURATION', durationValue(1, bare.unit), bare.j + 2);
  }
  if (w === 'all') {
    const u = unitAt(toks, i + 1);
    if (u && !u.plural && ['day', 'night', 'week', 'month', 'year', 'weekend'].includes(u.unit.name)) {
      return literal('DURATION', durationValue(1, u.unit), u.j);
    }
  }
  // "two-week", "48-hour", "10-year", "a 90-day": adjectival, hyphenated, singular.
  const hy = parseCount(toks, i);
  if (hy && !hy.article && hy.n !== null && isPunct(toks, hy.j, '-') && touches(toks, hy.j) && touches(toks, hy.j + 1)) {
    const u = unitAt(toks, hy.j + 1);
    // "the Six-Day War": a title-case name, not a duration.
    const titled = isCapitalised(toks[i]) && isCapitalised(toks[hy.j + 1]) && isCapitalised(toks[u ? u.j : 0]);
    if (u && !u.plural && !titled) {
      let j = u.j;
      if (isPunct(toks, j, '-') && word(toks, j + 1) === 'old') return null;
      if (isPunct(toks, j, '-') && word(toks, j + 1) === 'long' && touches(toks, j)) j += 2;
      return literal('DURATION', durationValue(hy.n, u.unit), j);
    }
  }
  // "about 14 hours", "more than a decade", "two and a half years", "several weeks".
  const lead = leadAt(toks, i);
  const k = lead ? lead.j : i;
  const count = parseCount(toks, k);
  if (count) {
    const cu = countedUnit(toks, count, true);
    if (cu) {
      // "a day" / "one day" need a duration context ("for a day"): alone they are often "some day".
      const weak = (count.article || count.n === 1) && !lead && !DURATION_BEFORE.has(word(toks, i - 1));
      if (weak && cu.unit.name === 'day') return null;
      return literal('DURATION', durationValue(cu.n, cu.unit), cu.j, lead?.approx ? 'approx' : undefined);
    }
  }
  // Bare plurals in a duration context: "for weeks", "months of talks".
  const u = unitAt(toks, i);
  const prev = word(toks, i - 1);
  if (u && u.plural && !lead && (PLURAL_CONTEXT.has(prev) || (word(toks, u.j) === 'of' && !NOT_BEFORE_PLURAL.has(prev)))) {
    return literal('DURATION', durationValue(null, u.unit), u.j);
  }
  return null;
};

const NOT_PLURAL_NOUNS = new Set(['this', 'was', 'has', 'is', 'its', 'his', 'hers', 'thus', 'us', 'yes', 'less', 'across', 'unless', 'always', 'perhaps', 'whereas', 'plus', 'as', 'does', 'news', 'ours', 'yours', 'theirs']);

function setUnitValue(toks: Token[], k: number, n: number | null): { value: string; j: number } | null {
  const wd = weekdayAt(toks, k);
  if (wd) return { value: `XXXX-WXX-${wd.wd}`, j: wd.j };
  const w = word(toks, k);
  if (w === 'weekend' || w === 'weekends') return { value: 'XXXX-WXX-WE', j: k + 1 };
  if (w === 'night' || w === 'nights') return { value: 'XXXX-XX-XXTNI', j: k + 1 };
  const part = PARTS_OF_DAY.get(w);
  if (part && w !== 'overnight') return { value: `XXXX-XX-XXT${part}`, j: k + 1 };
  const s = SEASONS.get(w);
  if (s) return { value: `XXXX-${s}`, j: k + 1 };
  const mo = monthAt(toks, k);
  if (mo && !mo.bareAbbr && MONTHS.has(toks[k]!.lower)) return { value: `XXXX-${pad2(mo.month)}`, j: mo.j };
  const u = unitAt(toks, k);
  if (u) return { value: durationValue(n, u.unit), j: u.j };
  return null;
}

/** Sets: "every Friday", "each afternoon", "every two years", "daily", "twice a week", "300 ships a month", "on Fridays". */
export const matchSet: Matcher = (toks, i) => {
  const w = word(toks, i);
  if (w === 'every' || w === 'each') {
    if (word(toks, i + 1) === 'of') return null;
    let k = i + 1;
    let n: number | null = 1;
    if (word(toks, k) === 'other') {
      n = 2;
      k++;
    } else {
      const c = parseCount(toks, k);
      if (c && !c.article) {
        n = c.n;
        k = c.j;
      }
    }
    const v = setUnitValue(toks, k, n);
    return v ? literal('SET', v.value, v.j) : null;
  }
  const adverb = SET_WORDS.get(w);
  if (adverb) {
    // "the Daily Mail", "Weekly Standard": names.
    if (isCapitalised(toks[i]) && (i > 0 || isCapitalised(toks[i + 1]))) return null;
    return literal('SET', adverb, i + 1);
  }
  // "once a month", "twice a week", "three times a day", "per year".
  let k = -1;
  if (w === 'once' || w === 'twice' || w === 'thrice') k = i + 1;
  else {
    const c = parseCount(toks, i);
    if (c && !c.article && word(toks, c.j) === 'times') k = c.j + 1;
  }
  if (k > 0) {
    const a = word(toks, k);
    if (a === 'a' || a === 'an' || a === 'per' || a === 'each' || a === 'every') {
      const u = unitAt(toks, k + 1);
      if (u && !u.plural) return literal('SET', durationValue(1, u.unit), u.j);
    }
    return null;
  }
  if (w === 'per') {
    const u = unitAt(toks, i + 1);
    return u && !u.plural ? literal('SET', durationValue(1, u.unit), u.j) : null;
  }
  // A rate: "300 ships a month", "$5 billion a year".
  if (w === 'a' || w === 'an') {
    const u = unitAt(toks, i + 1);
    if (!u || u.plural || u.unit.name === 'second' || u.unit.name === 'quarter') return null;
    const after = word(toks, u.j);
    if (after === 'ago' || after === 'earlier' || after === 'later' || after === 'before' || after === 'after' || after === 'and' || after === 'from') return null;
    const prev = toks[i - 1];
    const pw = word(toks, i - 1);
    const rate = !!prev && (prev.kind === 'num' || (prev.kind === 'punct' && prev.text === '%') || RATE_BEFORE.has(pw) ||
      (pw.length > 3 && pw.endsWith('s') && !pw.endsWith('ss') && !NOT_PLURAL_NOUNS.has(pw) && !DURATION_BEFORE.has(pw) && !isCapitalised(prev)));
    return rate ? literal('SET', durationValue(1, u.unit), u.j) : null;
  }
  if ((w === 'weekends') && ['at', 'on', 'over', 'during'].includes(word(toks, i - 1))) return literal('SET', 'XXXX-WXX-WE', i + 1);
  return null;
};

function ampmAt(toks: Token[], k: number): 'am' | 'pm' | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === 'ampm') return t.lower as 'am' | 'pm';
  if (t.kind === 'word' && (t.lower === 'am' || t.lower === 'pm')) return t.lower;
  return null;
}

function zoneEnd(toks: Token[], j: number): number {
  const t = toks[j];
  return t && t.kind === 'word' && t.text === t.text.toUpperCase() && TIME_ZONES.has(t.lower) ? j + 1 : j;
}

/** Clock times: "6 a.m.", "10:45 a.m.", "15:30", "1500 GMT", "noon", "midnight", "3 o'clock". */
export const matchClock: Matcher = (toks, i) => {
  const t = toks[i]!;
  const w = word(toks, i);
  if (w === 'noon' || w === 'midday') return clockHit(12, 0, i + 1);
  if (w === 'midnight') return clockHit(24, 0, i + 1);
  let hh: number;
  let mm = 0;
  let j = i + 1;
  if (t.kind === 'clock') {
    [hh, mm] = t.text.split(':').map(Number) as [number, number];
  } else if (t.kind === 'num' && /^\d{1,2}\.\d{2}$/.test(t.text) && ampmAt(toks, j)) {
    // British "9.30am"
    [hh, mm] = t.text.split('.').map(Number) as [number, number];
  } else if (t.kind === 'num' && /^\d{1,2}$/.test(t.text)) {
    hh = t.value;
    if (!ampmAt(toks, j) && word(toks, j) !== "o'clock") return null;
  } else if (t.kind === 'num' && /^\d{4}$/.test(t.text) && zoneEnd(toks, j) > j) {
    hh = Math.floor(t.value / 100);
    mm = t.value % 100;
  } else return null;
  const ap = ampmAt(toks, j);
  if (ap) {
    if (hh < 1 || hh > 12) return null;
    if (ap === 'pm' && hh < 12) hh += 12;
    if (ap === 'am' && hh === 12) hh = 0;
    j++;
  } else if (word(toks, j) === "o'clock") j++;
  if (hh > 24 || mm > 59) return null;
  return clockHit(hh, mm, zoneEnd(toks, j));
};

function clockHit(hh: number, mm: number, j: number): Hit {
  return { j, type: 'TIME', desc: { k: 'clock', hh, mm } };
}
