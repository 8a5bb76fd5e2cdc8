// Do two claims that speak of one event give it different dates or numbers?
// Each date and number is paired with the mention of the other claim that
// belongs to the same thing: the same event predicate next to it (event
// classes: "broke out" / "started"), the same holder ("Conservatives 27.9%"),
// the same words around it. Only such pairs can disagree.
import type { Claim, Link, Quantity, Span, TimeExpression } from '../types.js';
import { loadLexicon } from '../extract/lexicon.js';
import { compareQuantities, normalizeUnit } from '../extract/quantity-compare.js';
import { compareTimex } from '../extract/time/compare.js';
import { wireDatelineLength } from '../extract/wire-dateline.js';
import { isNumberWord } from '../extract/terms.js';
import { MEASURE_CANONICAL } from '../extract/quantities/lexicon.js';
import { pairMentions } from './mention-context.js';
import { anchorRelation, countedQuantities, holderOf, isProvisional, isReferenceValue, measuredNoun, predicateOf, qualifiersDiffer } from './mention-role.js';

export type Difference = Pick<Link, 'detail' | 'fromSpan' | 'toSpan'>;

const numbersLexicon = loadLexicon<{ generic_units: string[]; person_nouns: string[] }>('numbers');
const GENERIC_UNITS = new Set(numbersLexicon.generic_units);
const PERSON_NOUNS = new Set(numbersLexicon.person_nouns);

/**
 * Two counts of people written with different nouns ("1,240 patients" /
 * "2,140 people") compare as people; the same noun compares as itself.
 */
function comparePeople(x: Quantity, y: Quantity) {
  const direct = compareQuantities(x, y);
  if (direct !== 'incomparable' || !x.unit || !y.unit) return { relation: direct, folded: false };
  const [ux, uy] = [normalizeUnit(x.unit), normalizeUnit(y.unit)];
  if (!PERSON_NOUNS.has(ux!) || !PERSON_NOUNS.has(uy!)) return { relation: direct, folded: false };
  return { relation: compareQuantities({ ...x, unit: 'person' }, { ...y, unit: 'person' }), folded: true };
}

/** How the two claims relate as wholes, from the alignment. */
export interface PairEvidence {
  /** Alike enough to be the same claim. */
  sameClaim: boolean;
  /** They name an entity in common. */
  sharesEntity: boolean;
}

/** A calendar date, or a time of a known day ("Monday night": 2024-06-17TNI). */
function resolvedDate(t: TimeExpression): boolean {
  if (t.value.includes('X')) return false;
  return t.type === 'DATE' ? /^\d{3}/.test(t.value) : t.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T/.test(t.value);
}

/**
 * "the day before", "the following week": dated from another event, not from
 * the article, so their resolved value is not comparable across articles.
 */
const ANAPHORIC_TIME = /\b(?:before|after|earlier|later|following|previous|prior|next|that|same)\b/i;
/** Dates sit close to the words that say what happened on them. */
const DATE_WINDOW = 32;

const eventTimesCache = new WeakMap<Claim, TimeExpression[]>();

const inside = (t: Span, spans: readonly Span[]) => spans.some((s) => t.start >= s.start && t.end <= s.end);

/** The dates of a claim that date an event it reports. */
function eventTimes(c: Claim): TimeExpression[] {
  let times = eventTimesCache.get(c);
  if (!times) {
    // The wire dateline dates the story, not an event.
    const end = c.times.length > 0 ? c.span.start + wireDatelineLength(c.text) : 0;
    // "…, the ministry said on Monday": the day of the saying, not of the event.
    const cueEnd = c.attribution.cue?.end ?? -1;
    const ofSaying = (t: TimeExpression) => cueEnd >= 0 && t.start >= cueEnd && /^\s*(?:\w+\s+){0,2}$/.test(c.text.slice(cueEnd - c.span.start, t.start - c.span.start)) && t.start - cueEnd < 16;
    // "Tonight …" inside a quote is the speaker's tonight, not the article's.
    const quotedRelative = (t: TimeExpression) => t.relative === true && inside(t, c.quotes);
    times = c.times.filter((t) => resolvedDate(t) && t.start >= end && !ofSaying(t) && !quotedRelative(t) && !(/^the\b|\b(?:earlier|later)$/i.test(t.text) && ANAPHORIC_TIME.test(t.text)));
    eventTimesCache.set(c, times);
  }
  return times;
}

/** Some date of `c`, at least as fine as `t`, falls on or within `t`. */
function namesDate(c: Claim, t: TimeExpression): boolean {
  return c.times.some((o) => resolvedDate(o) && granularity(o.value) >= granularity(t.value) && ['equal', 'compatible'].includes(compareTimex(o.value, t.value)));
}

/** Day, month or year: "on Monday" and "in 2012" date different things. */
function granularity(value: string): number {
  return value.length >= 10 ? 2 : value.length >= 7 ? 1 : 0;
}

const span = (m: Span): Span => ({ start: m.start, end: m.end });

/**
 * Dates pair by the event they date: "broke out on Saturday" and "started on
 * Friday" both date a beginning; "entered its sixth day on Tuesday" and
 * "walked off the job on May 10" do not date the same thing. When neither
 * sentence names an event class near its date, the words around the dates
 * must agree (`strongContext` of them).
 */
export function dateDifference(a: Claim, b: Claim, evidence: PairEvidence): Difference | undefined {
  const ta = eventTimes(a);
  const tb = eventTimes(b);
  if (ta.length === 0 || tb.length === 0) return undefined;
  const strongContext = evidence.sameClaim ? 1 : 2;
  const comparable = (x: TimeExpression, y: TimeExpression) => {
    const [gx, gy] = [granularity(x.value), granularity(y.value)];
    if ((x.mod ?? '') !== (y.mod ?? '') || Math.abs(gx - gy) > 1 || gx + gy === 1) return false;
    const anchors = anchorRelation(a, x, b, y, true);
    return (anchors === 'match' || anchors === 'none') && compareTimex(x.value, y.value) !== 'incomparable';
  };
  const affinity = (x: TimeExpression, y: TimeExpression) => (anchorRelation(a, x, b, y, true) === 'match' ? 2 : 0);
  for (const { x, y, shared } of pairMentions(a, ta, b, tb, comparable, { window: DATE_WINDOW, affinity })) {
    const anchored = anchorRelation(a, x, b, y, true) === 'match';
    if (anchored ? shared < 1 && !evidence.sharesEntity && !evidence.sameClaim : shared < strongContext) continue;
    // The other sentence names this date too (maybe as the day something was
    // said): it dates something, maybe this. A year does not name a day.
    if (namesDate(b, x) || namesDate(a, y)) continue;
    if (compareTimex(x.value, y.value) === 'different') {
      return { detail: `"${x.text}" (${x.value}) vs "${y.text}" (${y.value})`, fromSpan: span(x), toSpan: span(y) };
    }
  }
  return undefined;
}

const unitOf = (q: Quantity) => normalizeUnit(q.unit);
/** Money and measures ("eur", "km", as normalizeUnit writes them): amounts, not counted things. */
const MEASURES = new Set([...MEASURE_CANONICAL].map((u) => u.toLowerCase()));

/** `q` is the only number of its claim that counts its noun. */
function soleCount(all: readonly Quantity[], q: Quantity): boolean {
  const unit = unitOf(q);
  return all.every((o) => o === q || unitOf(o) !== unit);
}

const LETTER_WORD = /\p{L}[\p{L}'’-]*/gu;
const modifiersCache = new WeakMap<Quantity, string>();

/** The words between a number and its noun ("42 confirmed cases" → confirmed). */
function modifiersOf(q: Quantity): string {
  let m = modifiersCache.get(q);
  if (m === undefined) {
    const words = (q.text.toLowerCase().match(LETTER_WORD) ?? []).filter((w) => !isNumberWord(w));
    m = words.slice(0, -1).join(' ');
    modifiersCache.set(q, m);
  }
  return m;
}

function sameModifiers(x: Quantity, y: Quantity): boolean {
  const mx = modifiersOf(x);
  return mx !== '' && mx === modifiersOf(y);
}

/** Two vague amounts ("dozens", "several") never contradict each other. */
function vague(q: Quantity): boolean {
  return q.max !== undefined && q.approximate === true;
}

/**
 * "At least 14 people" and "at least 41 people" allow the same values, yet
 * two reports giving different floors for one toll disagree.
 */
function sameBoundDiffers(x: Quantity, y: Quantity): boolean {
  return x.mod !== undefined && x.mod === y.mod && x.mod !== 'about' && x.max === undefined && y.max === undefined && Math.abs(x.value - y.value) > Math.max(1, 0.1 * Math.max(x.value, y.value));
}

/**
 * Both numbers belong to one named thing ("Conservatives 27.9%" / "The
 * Conservatives … took 29.7%") or measure one noun ("a fee of €45 million" /
 * "The transfer fee of €54 million"); false when they belong to different ones.
 */
function sameHolder(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean | undefined {
  const hx = holderOf(a, x);
  const hy = holderOf(b, y);
  if (hx && hy && hx !== hy) return false;
  // One holder doing different things with its numbers: "was fined 2.4
  // million" / "has set aside 10 million" (the words between, or the events near).
  if (hx && hy) {
    const px = predicateOf(a, x);
    const py = predicateOf(b, y);
    if (px.between && py.between && !px.words.some((w) => py.words.includes(w))) return false;
  }
  const mx = measuredNoun(a, x);
  const my = measuredNoun(b, y);
  if ((hx && hy) || (mx && my && mx === my)) return true;
  return undefined;
}

/**
 * Numbers pair by what they count: the same counted noun, the same event
 * ("killed" / "death toll", never "killed" / "injured"), the same holder,
 * the same words around them. "54%" and "61%" may be turnout and vote share:
 * generic units ("%", "people") need more of that agreement than a specific
 * counted noun ("hectares", "survivors").
 */
export function numberDifference(a: Claim, b: Claim, evidence: PairEvidence): Difference | undefined {
  const qa = countedQuantities(a);
  const qb = countedQuantities(b);
  if (qa.length === 0 || qb.length === 0) return undefined;
  // A running count ("with 85% counted") is superseded, not contradicted.
  if (isProvisional(a) || isProvisional(b)) return undefined;
  // Counting what? Without a unit on both sides there is nothing to compare.
  const comparable = (x: Quantity, y: Quantity) =>
    // Cheapest tests first: most pairs of numbers count different things.
    Boolean(x.unit && y.unit) &&
    !(vague(x) && vague(y)) &&
    comparePeople(x, y).relation !== 'incomparable' &&
    !isReferenceValue(a, x) &&
    !isReferenceValue(b, y) &&
    anchorRelation(a, x, b, y) !== 'clash' &&
    sameHolder(a, x, b, y) !== false &&
    !qualifiersDiffer(a, x, b, y);
  const affinity = (x: Quantity, y: Quantity) => (sameHolder(a, x, b, y) ? 2 : 0) + (anchorRelation(a, x, b, y) === 'match' ? 1 : 0);
  for (const { x, y, shared } of pairMentions(a, qa, b, qb, comparable, { loneOk: true, affinity })) {
    // The other article gives this very number too: the pair counts different things.
    if (qb.some((q) => compareQuantities(x, q) === 'same') || qa.some((q) => compareQuantities(q, y) === 'same')) continue;
    const people = comparePeople(x, y);
    const generic = GENERIC_UNITS.has(x.unit!) || GENERIC_UNITS.has(y.unit!) || people.folded;
    // The same counted noun for the same event: "burned 4,800 hectares" / "scorched 8,400 hectares".
    const anchors = anchorRelation(a, x, b, y);
    const specific = !generic && x.unit === y.unit && anchors === 'match';
    // The one count of one specific thing in each sentence ("18 crew" / "fourteen crew members").
    // Amounts of money and measures are not counted things: a reward and a value are both euros.
    const sole = !generic && !MEASURES.has(unitOf(x)!) && anchors !== 'one-sided' && soleCount(qa, x) && soleCount(qb, y) ? 2 : 0;
    // The same words qualify the noun ("42 confirmed cases" / "Fifty-two confirmed cases").
    const qualified = sameModifiers(x, y) ? 1 : 0;
    // A number held by the same named thing is that thing's number, whatever the unit.
    const held = sameHolder(a, x, b, y) ? (generic ? 3 : 2) : 0;
    const support = shared + (evidence.sameClaim ? 1 : 0) + held + (specific ? 1 : 0) + sole + qualified;
    if (generic ? support + (qualified && evidence.sharesEntity ? 1 : 0) < 3 : support + (evidence.sharesEntity ? 1 : 0) < 2) continue;
    if (people.relation === 'different' || sameBoundDiffers(x, y)) {
      return { detail: `"${x.text}" vs "${y.text}"`, fromSpan: span(x), toSpan: span(y) };
    }
  }
  return undefined;
}
