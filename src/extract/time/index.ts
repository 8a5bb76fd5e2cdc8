// Time expressions of one sentence, as TimeML/TIMEX3 (type, value, mod) with
// file spans. Runs per sentence over large corpora, so: one cheap regex
// pre-check (most sentences have no time expression), one tokenisation, one
// left-to-right pass of the recognisers, then resolution against the anchor.
import type { TimeExpression } from '../../types.js';
import { parseDay } from './calendar.js';
import type { Desc, Draft, Matcher } from './descriptors.js';
import { MOD_PREPOSITIONS, starterWords, triggerWords, WEEKDAYS } from './lexicon.js';
import {
  matchCalendarDate, matchCentury, matchDecade, matchHoliday, matchIso, matchMonth, matchNewYear, matchNumericDate,
  matchQuarter, matchSeason, matchYear,
} from './match-calendar.js';
import { matchAgo, matchAnaphoric, matchDayWord, matchPartOfDay, matchReference, matchRelative, matchWeekday, matchWeekend } from './match-relative.js';
import { matchClock, matchDuration, matchSet } from './match-span.js';
import { word } from './parts.js';
import { resolve, type LocalAnchor, type Mode, type Resolved } from './resolve.js';
import { modeOfCue, tenseCue } from './tense.js';
import { tokenize, type Token } from './tokens.js';
import { isDayValue, parseDateValue } from './values.js';

export { compareTimex } from './compare.js';
export { setNumericDateOrder } from './match-calendar.js';
export { tenseOfRange, type Reading, type Tense, type TenseCue } from './tense.js';
export type { LocalAnchor } from './resolve.js';

const PRECHECK = new RegExp(`\\d|\\b(?:${triggerWords().sort((a, b) => b.length - a.length).join('|')})s?\\b`, 'i');

// Tried at every token; the longest match wins, ties go to the earlier matcher.
const MATCHERS: Matcher[] = [
  matchIso, matchNumericDate, matchCalendarDate, matchHoliday, matchMonth, matchDecade, matchCentury, matchQuarter,
  matchNewYear, matchDayWord, matchAgo, matchAnaphoric, matchRelative, matchWeekday, matchWeekend, matchSeason, matchSet,
  matchDuration, matchClock, matchYear, matchReference, matchPartOfDay,
];

const STARTERS = starterWords();
/** How far a grammar word ("the", "about") may be from the content word it needs ("the end of the month"). */
const LOOKAHEAD = 5;

function isContent(t: Token | undefined): boolean {
  if (!t || t.kind === 'punct' || t.kind === 'ampm') return false;
  if (t.kind !== 'word') return true;
  return STARTERS.content.has(t.lower) || (t.lower.endsWith('s') && WEEKDAYS.has(t.lower.slice(0, -1)));
}

/** Can a time expression start at token i? Most words cannot, and are skipped. */
function canStart(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (isContent(t)) return true;
  if (t.kind !== 'word' || !STARTERS.grammar.has(t.lower)) return false;
  for (let k = i + 1; k <= i + LOOKAHEAD && k < toks.length; k++) if (isContent(toks[k])) return true;
  return false;
}

function recognise(toks: Token[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < toks.length;) {
    if (!canStart(toks, i)) {
      i++;
      continue;
    }
    let best: Draft | null = null;
    for (const m of MATCHERS) {
      const hit = m(toks, i);
      if (hit && hit.j > i && (!best || hit.j > best.j)) best = { ...hit, i };
    }
    if (best) {
      drafts.push(best);
      i = best.j;
    } else i++;
  }
  return drafts;
}

function isDayLevel(d: Desc): boolean {
  return d.k === 'weekday' || d.k === 'md' || d.k === 'day' || d.k === 'holiday' ||
    ((d.k === 'shift' || d.k === 'anaph') && d.unit === 'day');
}

/** "11:17 p.m. Thursday", "Monday 3 p.m.": a clock time written against its day is one TIME. */
function mergeClocks(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let n = 0; n < drafts.length; n++) {
    const a = drafts[n]!;
    const b = drafts[n + 1];
    if (b && b.i === a.j) {
      const clock = a.desc.k === 'clock' && !a.desc.date && isDayLevel(b.desc) ? a : b.desc.k === 'clock' && !b.desc.date && isDayLevel(a.desc) ? b : null;
      if (clock && clock.desc.k === 'clock') {
        const day = clock === a ? b : a;
        const mod = a.mod ?? b.mod;
        out.push({ i: a.i, j: b.j, type: 'TIME', desc: { ...clock.desc, date: day.desc }, ...(mod ? { mod } : {}) });
        n++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function isWeekday(d: Desc): boolean {
  return d.k === 'weekday' || ((d.k === 'part' || d.k === 'clock') && !!d.date && isWeekday(d.date));
}

function isAnaphoric(d: Desc): boolean {
  return d.k === 'anaph' || ((d.k === 'part' || d.k === 'clock') && !!d.date && isAnaphoric(d.date));
}

function modeOf(toks: Token[], d: Draft): Mode {
  if (d.mod === 'since') return 'past';
  return modeOfCue(tenseCue(toks, d.i, d.j), isWeekday(d.desc));
}

/**
 * What earlier sentences leave for later ones: the last date they named
 * themselves (not one found by counting from another: "the following day"),
 * so that "Police arrested him on Sunday. He was charged the following day."
 * counts from Sunday. One object per article (or per paragraph), passed to
 * every extractTimes call in reading order.
 */
export interface TimeCarry {
  last?: LocalAnchor;
}

/**
 * Find and normalise the time expressions of one sentence.
 * @param sentence the sentence text exactly as in the file
 * @param offset   offset of sentence[0] in the original file (spans are file offsets)
 * @param anchor   the article date `YYYY-MM-DD`, or undefined for undated articles
 * @param carry    optional state shared by the sentences of one article, read and updated here
 */
export function extractTimes(sentence: string, offset: number, anchor: string | undefined, carry?: TimeCarry): TimeExpression[] {
  if (!PRECHECK.test(sentence)) return [];
  const toks = tokenize(sentence);
  let drafts = recognise(toks);
  if (!drafts.length) return [];
  drafts = mergeClocks(drafts);
  for (const d of drafts) {
    // "since 2007", "until Friday", "by 2030": the preposition stays outside, its meaning goes to mod.
    const mod = MOD_PREPOSITIONS.get(word(toks, d.i - 1));
    if (mod && !d.mod && (d.type === 'DATE' || d.type === 'TIME')) d.mod = mod as Draft['mod'];
  }
  const anchorDay = parseDay(anchor);
  const resolved: Resolved[] = new Array(drafts.length);
  const dayValues: Array<string | undefined> = new Array(drafts.length);
  let local: LocalAnchor | undefined = carry?.last;
  let named: LocalAnchor | undefined;
  // Clock times without their own day wait until the days around them are known.
  const clocks: number[] = [];
  drafts.forEach((d, n) => {
    if (d.desc.k === 'clock' && !d.desc.date) {
      clocks.push(n);
      return;
    }
    const r = resolve(d.desc, { anchor: anchorDay, mode: () => modeOf(toks, d), local: () => local });
    resolved[n] = r;
    const dayValue = d.desc.k === 'part' || d.desc.k === 'clock' ? r.value.slice(0, r.value.indexOf('T')) : r.value;
    if (d.type !== 'DURATION' && d.type !== 'SET') {
      if (isDayValue(dayValue)) dayValues[n] = dayValue;
      const iv = parseDateValue(dayValue);
      if (iv) {
        local = { gran: iv.gran, start: iv.start, relative: r.relative };
        if (!isAnaphoric(d.desc)) named = local;
      }
    }
  });
  if (carry && named) carry.last = named;
  for (const n of clocks) {
    const d = drafts[n]!;
    let nearest: number | undefined;
    let distance = Infinity;
    dayValues.forEach((v, m) => {
      if (v === undefined) return;
      const other = drafts[m]!;
      const dist = other.i >= d.j ? other.i - d.j : d.i - other.j;
      if (dist < distance) {
        distance = dist;
        nearest = m;
      }
    });
    const r = resolve(d.desc, { anchor: anchorDay, mode: () => modeOf(toks, d), local: () => local });
    if (nearest !== undefined) {
      const time = r.value.slice(r.value.indexOf('T'));
      resolved[n] = { value: dayValues[nearest] + time, relative: resolved[nearest]!.relative };
    } else resolved[n] = r;
  }
  return drafts.map((d, n) => {
    const first = toks[d.i]!;
    const last = toks[d.j - 1]!;
    const start = first.start;
    const end = last.possessive ? last.end - 2 : last.end;
    const r = resolved[n]!;
    const t: TimeExpression = { text: sentence.slice(start, end), start: offset + start, end: offset + end, type: d.type, value: r.value };
    if (r.relative) t.relative = true;
    if (d.mod) t.mod = d.mod;
    return t;
  });
}
