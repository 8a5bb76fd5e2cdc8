// Recognisers for expressions relative to the article date or to another
// date: weekdays, "last week", "yesterday", "two years ago", "a year
// earlier", "the following day", and the reference words ("now", "recently").
import { literal, type Desc, type Hit, type Matcher, type Rel, type ShiftUnit } from './descriptors.js';
import {
  APPROXIMATORS, COMING_WORDS, DAY_PHRASES, DAY_WORDS, PARTS_OF_DAY, PHRASE_REFS, RECENT_WORDS, REFERENCES,
  SEASONS, WEEKDAY_NAME_FOLLOWERS, WEEKDAY_NAME_PRECEDERS, type UnitInfo,
} from './lexicon.js';
import { isPunct, monthAt, parseCount, phraseAt, prefixModAt, unitAt, weekdayAt, word } from './parts.js';
import { isCapitalised, type Token } from './tokens.js';
import { matchCalendarDate } from './match-calendar.js';

const REL_SHIFT: Record<string, { n: number; rel: Rel }> = {
  last: { n: -1, rel: 'last' },
  next: { n: 1, rel: 'next' },
  this: { n: 0, rel: 'this' },
};

/** Units a calendar shift ("last week") can name, by their singular word. */
const SHIFT_UNITS: Record<string, ShiftUnit> = {
  day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year',
  decade: 'decade', century: 'century', season: 'season',
};

function withPart(toks: Token[], j: number, date: Desc): { j: number; desc: Desc; time: boolean } {
  const part = PARTS_OF_DAY.get(word(toks, j));
  if (part && !isCapitalised(toks[j])) return { j: j + 1, desc: { k: 'part', part, date }, time: true };
  return { j, desc: date, time: false };
}

/** "Monday", "late Monday", "Monday night", "Sunday's"; plural "Fridays" is a SET. */
export const matchWeekday: Matcher = (toks, i) => {
  let k = i;
  const lead = word(toks, k);
  const mod = lead === 'early' ? 'start' : lead === 'late' ? 'end' : undefined;
  if (mod) k++;
  const w = weekdayAt(toks, k);
  if (!w) return null;
  // "The Sunday Times", "Bloody Sunday": names, not dates.
  const after = toks[w.j];
  if (isCapitalised(after) && WEEKDAY_NAME_FOLLOWERS.has(after!.lower)) return null;
  const before = toks[k - 1];
  if (isCapitalised(before) && WEEKDAY_NAME_PRECEDERS.has(before!.lower)) return null;
  if (w.plural) return mod ? null : literal('SET', `XXXX-WXX-${w.wd}`, w.j);
  const p = withPart(toks, w.j, { k: 'weekday', wd: w.wd });
  const hit: Hit = { j: p.j, type: p.time ? 'TIME' : 'DATE', desc: p.desc };
  if (mod) hit.mod = mod;
  return hit;
};

/** "last week", "next month", "this year", "earlier this month", "early next year", "the end of the week", "last Friday", "last March", "last night", "this morning", "later in the year". */
export const matchRelative: Matcher = (toks, i) => {
  let k = i;
  let mod: Hit['mod'];
  const lead = word(toks, k);
  const loose = lead === 'earlier' || lead === 'later';
  if (loose) k++;
  else {
    const prefix = prefixModAt(toks, k);
    if (prefix) {
      mod = prefix.mod;
      k = prefix.j;
    }
  }
  const w = word(toks, k);
  // "later in the year", "the end of the month": the current unit.
  if ((loose || mod) && (w === 'the' || (w === 'in' && word(toks, k + 1) === 'the'))) {
    const u = w === 'the' ? k + 1 : k + 2;
    const unit = SHIFT_UNITS[word(toks, u)];
    if (unit && unit !== 'season' && (w === 'in' || mod)) return finish({ j: u + 1, type: 'DATE', desc: { k: 'shift', unit, n: 0 } }, mod);
    return null;
  }
  let shift = REL_SHIFT[w];
  let x = k + 1;
  if (w === 'the' && COMING_WORDS.some((c) => c.length === 1 && c[0] === word(toks, k + 1))) {
    shift = { n: 1, rel: 'next' };
    x = k + 2;
  } else if (w === 'this' && word(toks, k + 1) === 'past') {
    shift = { n: -1, rel: 'last' };
    x = k + 2;
  }
  if (!shift) return null;
  // "the last two years" is a duration; "next to" is not a time.
  if (word(toks, i - 1) === 'the' && i === k) return null;
  const xw = word(toks, x);
  const unit = SHIFT_UNITS[xw];
  if (unit && unit !== 'day' && unit !== 'season') {
    return finish({ j: x + 1, type: 'DATE', desc: { k: 'shift', unit, n: shift.n } }, mod);
  }
  const part = PARTS_OF_DAY.get(xw);
  if (part && (xw === 'night' ? shift.n === -1 : shift.n === 0)) {
    // "last night" is yesterday's night; "this morning" is today's.
    return finish({ j: x + 1, type: 'TIME', desc: { k: 'part', part, date: { k: 'shift', unit: 'day', n: xw === 'night' ? -1 : 0 } } }, mod);
  }
  const wd = weekdayAt(toks, x);
  if (wd && !wd.plural) {
    const p = withPart(toks, wd.j, { k: 'weekday', wd: wd.wd, rel: shift.rel });
    return finish({ j: p.j, type: p.time ? 'TIME' : 'DATE', desc: p.desc }, mod);
  }
  const mo = monthAt(toks, x);
  if (mo && !mo.bareAbbr) return finish({ j: mo.j, type: 'DATE', desc: { k: 'month', month: mo.month, rel: shift.rel } }, mod);
  const s = SEASONS.get(xw);
  if (s) return finish({ j: x + 1, type: 'DATE', desc: { k: 'season', s, rel: shift.rel } }, mod);
  return null;
};

function finish(hit: Hit, mod: Hit['mod']): Hit {
  return mod ? { ...hit, mod } : hit;
}

/**
 * "early afternoon", "late evening", "mid-morning", "at dawn": a part of the
 * article's day; "the morning of Oct. 12", "the night of Nov. 3": of that day.
 */
export const matchPartOfDay: Matcher = (toks, i) => {
  if (word(toks, i) === 'the' && word(toks, i + 2) === 'of') {
    const part = PARTS_OF_DAY.get(word(toks, i + 1));
    const day = part ? matchDayOf(toks, i + 3) : null;
    if (part && day) return { j: day.j, type: 'TIME', desc: { k: 'part', part, date: day.desc } };
  }
  const w = word(toks, i);
  if (word(toks, i - 1) === 'at' && (w === 'dawn' || w === 'dusk' || w === 'daybreak' || w === 'nightfall')) {
    return { j: i + 1, type: 'TIME', desc: { k: 'part', part: PARTS_OF_DAY.get(w)!, date: { k: 'shift', unit: 'day', n: 0 } } };
  }
  const prefix = prefixModAt(toks, i);
  if (!prefix || prefix.j - i > 2) return null;
  const pw = word(toks, prefix.j);
  const part = PARTS_OF_DAY.get(pw);
  if (!part || pw === 'overnight' || pw === 'night') return null;
  return { j: prefix.j + 1, type: 'TIME', desc: { k: 'part', part, date: { k: 'shift', unit: 'day', n: 0 } }, mod: prefix.mod };
};

/** A day after "the morning of": a weekday or a calendar date. */
function matchDayOf(toks: Token[], k: number): Hit | null {
  const date = matchCalendarDate(toks, k) ?? matchWeekday(toks, k);
  return date && (date.desc.k === 'md' || date.desc.k === 'day' || date.desc.k === 'weekday') ? date : null;
}

const WEEKEND_PREPOSITIONS = new Set(['over', 'at', 'on', 'during', 'until', 'till', 'by', 'for', 'after', 'before', 'through', 'throughout', 'since', 'into', 'from', 'across']);

/** "the weekend" after a preposition ("over the weekend", "until the weekend"). */
export const matchWeekend: Matcher = (toks, i) => {
  const j = phraseAt(toks, i, ['the', 'weekend']);
  if (j < 0 || !WEEKEND_PREPOSITIONS.has(word(toks, i - 1))) return null;
  return { j, type: 'DATE', desc: { k: 'weekend' } };
};

/** "today", "yesterday morning", "tomorrow evening", "tonight", "earlier today", "the day before yesterday". */
export const matchDayWord: Matcher = (toks, i) => {
  for (const p of DAY_PHRASES) {
    const j = phraseAt(toks, i, p.words);
    if (j > 0) return { j, type: 'DATE', desc: { k: 'shift', unit: 'day', n: p.shift } };
  }
  let k = i;
  const lead = word(toks, k);
  if (lead === 'earlier' || lead === 'later') k++;
  const dw = DAY_WORDS.get(word(toks, k));
  if (!dw) return null;
  const date: Desc = { k: 'shift', unit: 'day', n: dw.shift };
  if (dw.part) return { j: k + 1, type: 'TIME', desc: { k: 'part', part: dw.part, date } };
  const p = withPart(toks, k + 1, date);
  return { j: p.j, type: p.time ? 'TIME' : 'DATE', desc: p.desc };
};

/** Shift unit of a duration unit, and how many of them one unit is (decade = 10 years). */
function shiftOf(unit: UnitInfo): { unit: ShiftUnit; times: number } {
  switch (unit.name) {
    case 'second': case 'minute': case 'hour': case 'night': case 'day': return { unit: 'day', times: unit.name === 'day' || unit.name === 'night' ? 1 : 0 };
    case 'week': return { unit: 'week', times: 1 };
    case 'fortnight': return { unit: 'week', times: 2 };
    case 'month': return { unit: 'month', times: 1 };
    case 'quarter': return { unit: 'quarter', times: 1 };
    case 'decade': return { unit: 'year', times: 10 };
    case 'century': return { unit: 'year', times: 100 };
    case 'millennium': return { unit: 'year', times: 1000 };
    default: return { unit: 'year', times: 1 };
  }
}

/** Approximator words in front of a count ("about", "nearly"): index after them, or -1. */
export function approxAt(toks: Token[], k: number): number {
  for (const a of APPROXIMATORS) {
    const j = phraseAt(toks, k, a);
    if (j > 0) return j;
  }
  return -1;
}

/** "two years ago", "about a month ago", "a year earlier", "three days later", "two months from now", "Fifty years ago today". */
export const matchAgo: Matcher = (toks, i) => {
  let k = i;
  const approxEnd = approxAt(toks, k);
  const approx = approxEnd > 0;
  if (approx) k = approxEnd;
  const count = parseCount(toks, k);
  const u = unitAt(toks, count ? count.j : k);
  if (!u || (!count && !u.plural)) return null;
  let n = count ? count.n : null;
  let j = u.j;
  if (n !== null && word(toks, j) === 'and' && word(toks, j + 1) === 'a' && word(toks, j + 2) === 'half') {
    n += 0.5;
    j += 3;
  }
  let dir = 0;
  let anaph = false;
  const w = word(toks, j);
  if (w === 'ago' || w === 'back') dir = -1;
  else if (w === 'hence') dir = 1;
  else if (w === 'from' && word(toks, j + 1) === 'now') {
    dir = 1;
    j++;
  } else if (w === 'earlier' || (w === 'before' && (!toks[j + 1] || isPunct(toks, j + 1, ',.;:)')))) {
    dir = -1;
    anaph = true;
  } else if (w === 'later') {
    dir = 1;
    anaph = true;
  }
  if (!dir) return null;
  j++;
  const mod = approx ? 'approx' : undefined;
  if (n === null) {
    if (anaph && dir > 0) return null; // "years later": nothing to resolve against
    return literal('DATE', dir < 0 ? 'PAST_REF' : 'FUTURE_REF', j, mod);
  }
  const s = shiftOf(u.unit);
  // Fractions move to the next finer unit ("a year and a half ago" = 18 months).
  let amount = n * s.times;
  let unit = s.unit;
  if (!Number.isInteger(amount) && unit === 'year') {
    amount *= 12;
    unit = 'month';
  }
  amount = Math.round(amount) * dir;
  let desc: Desc;
  if (anaph) desc = { k: 'anaph', unit, n: amount };
  else if (word(toks, j) === 'today' && dir < 0) {
    desc = { k: 'ago', unit, n: amount, today: true };
    j++;
  } else desc = { k: 'ago', unit, n: amount };
  const hit: Hit = { j, type: 'DATE', desc };
  if (mod) hit.mod = mod;
  return hit;
};

const ANAPH_WORDS: Record<string, number> = { previous: -1, preceding: -1, prior: -1, following: 1, next: 1, same: 0 };

/** "the following day", "the previous month", "the next morning", "the year before", "the day after". */
export const matchAnaphoric: Matcher = (toks, i) => {
  if (word(toks, i) !== 'the') return null;
  const n = ANAPH_WORDS[word(toks, i + 1)];
  const w2 = word(toks, i + 2);
  if (n !== undefined) {
    const unit = SHIFT_UNITS[w2];
    if (unit && unit !== 'decade' && unit !== 'century' && unit !== 'season') {
      return { j: i + 3, type: 'DATE', desc: { k: 'anaph', unit, n } };
    }
    // "the previous Friday", "the following Monday".
    const wd = weekdayAt(toks, i + 2);
    if (wd && !wd.plural && n !== 0) return { j: wd.j, type: 'DATE', desc: { k: 'weekday', wd: wd.wd, rel: n < 0 ? 'last' : 'next' } };
    const part = PARTS_OF_DAY.get(w2);
    if (part && n !== 0) return { j: i + 3, type: 'TIME', desc: { k: 'part', part, date: { k: 'anaph', unit: 'day', n } } };
    return null;
  }
  const unit = SHIFT_UNITS[word(toks, i + 1)];
  const dir = w2 === 'before' ? -1 : w2 === 'after' ? 1 : 0;
  if (unit && dir && unit !== 'season' && (!toks[i + 3] || isPunct(toks, i + 3, ',.;:)'))) {
    return { j: i + 3, type: 'DATE', desc: { k: 'anaph', unit, n: dir } };
  }
  return null;
};

/** "now", "currently", "recently", "the moment", "the past", "the near future", "recent months", "the coming weeks". */
export const matchReference: Matcher = (toks, i) => {
  const w = word(toks, i);
  const single = REFERENCES.get(w);
  if (single) return literal('DATE', single, i + 1);
  if (RECENT_WORDS.has(w)) {
    const u = unitAt(toks, i + 1);
    return u && u.plural ? literal('DATE', 'PAST_REF', u.j) : null;
  }
  if (w === 'the') {
    for (const c of COMING_WORDS) {
      const j = phraseAt(toks, i + 1, c);
      const u = j > 0 ? unitAt(toks, j) : null;
      if (u && u.plural) return literal('DATE', 'FUTURE_REF', u.j);
    }
  }
  const prev = word(toks, i - 1);
  let best: Hit | null = null;
  for (const p of PHRASE_REFS) {
    if (p.after && !p.after.has(prev)) continue;
    const j = phraseAt(toks, i, p.words);
    if (j > 0 && (!best || j > best.j)) best = literal('DATE', p.value, j);
  }
  return best;
};
