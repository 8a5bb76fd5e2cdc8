// How two claims that speak of the same thing relate: do they agree, does one
// hedge what the other asserts, do they contradict, or differ in a date, a
// number or who said it. One pair can differ in several ways at once.
import type { Claim, EntityMention, Link, LinkRelation, Quantity, TimeExpression } from '../types.js';
import { loadLexicon } from '../extract/lexicon.js';
import { stem } from '../extract/terms.js';
import { compareQuantities } from '../extract/quantity-compare.js';
import { compareTimex } from '../extract/time/compare.js';
import { overlap, pairMentions } from './mention-context.js';
import { wireDatelineLength } from '../extract/wire-dateline.js';

const ANTONYMS = new Map<string, Set<string>>();
for (const [a, b] of loadLexicon<{ pairs: Array<[string, string]> }>('antonyms').pairs) {
  const [sa, sb] = [stem(a), stem(b)];
  if (!ANTONYMS.has(sa)) ANTONYMS.set(sa, new Set());
  if (!ANTONYMS.has(sb)) ANTONYMS.set(sb, new Set());
  ANTONYMS.get(sa)!.add(sb);
  ANTONYMS.get(sb)!.add(sa);
}

/** How alike two claims are, from the alignment index. */
export interface Similarity {
  /** Cosine-like weighted overlap of content terms and entities (0..1). */
  cosine: number;
  /** Weighted overlap over the smaller claim: how much of one the other contains (0..1). */
  containment: number;
  /** Number of shared features. */
  shared: number;
}

export interface RelationThresholds {
  /** Same claim, for agreement, hedging and dropped attribution. */
  same: number;
  /** Same event, for a differing number or date whose context words match. */
  event: number;
  /** Same proposition for negation and opposite predicates. */
  opposite: number;
}

export const DEFAULT_THRESHOLDS: RelationThresholds = { same: 0.42, event: 0.15, opposite: 0.3 };

const WEAK = new Set(['hedged', 'unconfirmed']);
const GENERIC_UNITS = new Set(loadLexicon<{ generic_units: string[] }>('numbers').generic_units);

/** A claim or a prediction: what an article states, as opposed to asking or opining. */
export function isStatement(c: Claim): boolean {
  return c.isClaim || c.notClaimReason === 'prediction';
}

/** Stated as plain fact: no source, no hedge. */
export function isPlainFact(c: Claim): boolean {
  return isStatement(c) && c.attribution.kind === 'none' && c.certainty.level === 'asserted';
}

/** Resting on less than a fact: hedged, not confirmed, or only anonymous sources. */
export function isWeak(c: Claim): boolean {
  return WEAK.has(c.certainty.level) || (c.attribution.kind === 'anonymous' && c.certainty.level !== 'denied');
}

function resolvedDate(t: TimeExpression): boolean {
  return t.type === 'DATE' && /^\d{3}/.test(t.value) && !t.value.includes('X');
}

type Difference = Pick<Link, 'detail' | 'fromSpan' | 'toSpan'>;

/**
 * "the day before", "the following week": dated from another event, not from
 * the article, so their resolved value is not comparable across articles.
 */
const ANAPHORIC_TIME = /\b(?:before|after|earlier|later|following|previous|prior|next|that|same)\b/i;
/** Dates sit close to the words that say what happened on them. */
const DATE_WINDOW = 32;

const eventTimesCache = new WeakMap<Claim, TimeExpression[]>();

/** The wire dateline dates the story, not an event. */
function eventTimes(c: Claim): TimeExpression[] {
  let times = eventTimesCache.get(c);
  if (!times) {
    const end = c.times.length > 0 ? c.span.start + wireDatelineLength(c.text) : 0;
    // "…, the ministry said on Monday": the day of the saying, not of the event.
    const cueEnd = c.attribution.cue?.end ?? -1;
    const ofSaying = (t: TimeExpression) => cueEnd >= 0 && t.start >= cueEnd && /^\s*(?:\w+\s+){0,2}$/.test(c.text.slice(cueEnd - c.span.start, t.start - c.span.start)) && t.start - cueEnd < 16;
    times = c.times.filter((t) => resolvedDate(t) && t.start >= end && !ofSaying(t) && !(/^the\b|\b(?:earlier|later)$/i.test(t.text) && ANAPHORIC_TIME.test(t.text)));
    eventTimesCache.set(c, times);
  }
  return times;
}

/**
 * Dates need their surroundings to agree ("walked off the job on Thursday" /
 * "… on May 10"): two sentences about one event often date different things.
 */
/** Day, month or year: "on Monday" and "in 2012" date different things. */
function granularity(value: string): number {
  return value.length >= 10 ? 2 : value.length >= 7 ? 1 : 0;
}

function dateDifference(a: Claim, b: Claim, strongContext: number): Difference | undefined {
  const ta = eventTimes(a);
  const tb = eventTimes(b);
  if (ta.length === 0 || tb.length === 0) return undefined;
  const comparable = (x: TimeExpression, y: TimeExpression) =>
    (x.mod ?? '') === (y.mod ?? '') && Math.abs(granularity(x.value) - granularity(y.value)) <= 1 && Math.min(granularity(x.value), granularity(y.value)) + Math.max(granularity(x.value), granularity(y.value)) !== 1 && compareTimex(x.value, y.value) !== 'incomparable';
  for (const { x, y, shared } of pairMentions(a, ta, b, tb, comparable, false, DATE_WINDOW)) {
    if (shared < strongContext) continue;
    // The other article names this date too: it dates something, maybe this.
    if (tb.some((t) => ['equal', 'compatible'].includes(compareTimex(x.value, t.value))) || ta.some((t) => ['equal', 'compatible'].includes(compareTimex(t.value, y.value)))) continue;
    if (compareTimex(x.value, y.value) === 'different') {
      return { detail: `"${x.text}" (${x.value}) vs "${y.text}" (${y.value})`, fromSpan: { start: x.start, end: x.end }, toSpan: { start: y.start, end: y.end } };
    }
  }
  return undefined;
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
 * Two numbers are about the same thing when enough agrees around them: the
 * words next to each number, a specific unit ("hectares", not "%" or
 * "people"), a name both sentences mention, sentences alike as a whole.
 */
function numberDifference(a: Claim, b: Claim, sameClaim: boolean, sharesEntity: boolean): Difference | undefined {
  if (a.quantities.length === 0 || b.quantities.length === 0) return undefined;
  // Counting what? Without a unit on both sides there is nothing to compare.
  const comparable = (x: Quantity, y: Quantity) => Boolean(x.unit && y.unit) && !(vague(x) && vague(y)) && compareQuantities(x, y) !== 'incomparable';
  for (const { x, y, shared } of pairMentions(a, a.quantities, b, b.quantities, comparable, true)) {
    const support = shared + (sameClaim ? 1 : 0);
    // "54%" and "61%" may be turnout and vote share: generic units need the
    // words around them to agree; a specific unit ("hectares") needs less.
    if (GENERIC_UNITS.has(x.unit!) ? support < 3 : support + (sharesEntity ? 1 : 0) < 2) continue;
    if (compareQuantities(x, y) === 'different' || sameBoundDiffers(x, y)) {
      return { detail: `"${x.text}" vs "${y.text}"`, fromSpan: { start: x.start, end: x.end }, toSpan: { start: y.start, end: y.end } };
    }
  }
  return undefined;
}

/** `neg` says "did not X" where `pos` says X. */
function negates(neg: Claim, pos: Claim): boolean {
  if (!neg.negated || !neg.negatedTerms?.length || pos.negated) return false;
  return neg.negatedTerms.some((t) => pos.terms.includes(t));
}

/** The opposite words as written ("rose" / "fell"), if the claims use a pair. */
function antonymous(a: Claim, b: Claim): string | undefined {
  const bTerms = new Set(b.terms);
  for (const t of a.terms) {
    const opposite = ANTONYMS.get(t);
    if (opposite) for (const o of opposite) if (bTerms.has(o) && !a.terms.includes(o)) return `"${surface(a, t)}" / "${surface(b, o)}"`;
  }
  return undefined;
}

/** The word of a claim whose stem is `term`. */
function surface(c: Claim, term: string): string {
  for (const w of c.text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []) if (stem(w.toLowerCase()) === term) return w;
  return term;
}

function sourceKey(c: Claim, keyOf: (s: string) => string): string | undefined {
  const source = c.attribution.source;
  if (!source || c.attribution.kind !== 'named' || c.attribution.inherited) return undefined;
  if (/^(?:he|she|it|they|we|i)$/i.test(source.text)) return undefined;
  const named = c.entities.find((e) => e.start >= source.start && e.end <= source.end);
  return named ? named.key : keyOf(source.text);
}

/** Content words inside direct quotes: the statement itself, whoever says it. */
function quotedTerms(c: Claim): Set<string> {
  const all = new Set<string>();
  for (const q of c.quotes) {
    const text = c.text.slice(q.start - c.span.start, q.end - c.span.start);
    for (const t of c.terms) if (text.toLowerCase().includes(t)) all.add(t);
  }
  return all;
}

const CLASHING_TYPES = ['place', 'person', 'organization'] as const;

/**
 * Two stories of the same kind ("floods killed 242 in X" / "97 in Y") share
 * their wording but not their places, people or bodies: when both claims name
 * entities of one type and none in common, they speak of different events.
 */
function entitiesClash(a: Claim, b: Claim): boolean {
  // Who says it is not what it is about: speakers are left out.
  const ea = contentEntities(a);
  const eb = contentEntities(b);
  if (ea.some((e) => eb.some((f) => f.key === e.key))) return false;
  for (const type of CLASHING_TYPES) {
    const ka = ea.filter((e) => e.type === type);
    const kb = eb.filter((e) => e.type === type);
    if (ka.length > 0 && kb.length > 0) return true;
  }
  return false;
}

function contentEntities(c: Claim): EntityMention[] {
  const source = c.attribution.source;
  return source ? c.entities.filter((e) => e.end <= source.start || e.start >= source.end) : c.entities;
}

/** Links between two claims of different articles that the index found alike. */
export function relate(a: Claim, b: Claim, sim: Similarity, keyOf: (s: string) => string, t: RelationThresholds = DEFAULT_THRESHOLDS): Link[] {
  const links: Link[] = [];
  if (entitiesClash(a, b)) return links;
  const score = Math.round(Math.max(sim.cosine, sim.containment * 0.8) * 1000) / 1000;
  const add = (relation: LinkRelation, from: Claim, to: Claim, extra: Partial<Link> = {}) => links.push({ from: from.id, to: to.id, relation, score, ...extra });
  const sameClaim = sim.cosine >= t.same || (sim.containment >= 0.6 && sim.shared >= 3);
  const sameProposition = sim.cosine >= t.opposite || (sim.containment >= 0.6 && sim.shared >= 2);
  const sharesEntity = a.entities.some((e) => b.entities.some((f) => f.key === e.key));
  // A denial restates little of what it denies ("denied receiving any money"):
  // a few shared words, a name among them, are enough.
  const deniesSame = sameProposition || (sim.shared >= 3 && sim.cosine >= 0.2 && sharesEntity);

  if (sim.cosine >= t.event || sharesEntity) {
    const date = dateDifference(a, b, sameClaim ? 1 : 2);
    if (date) add('differs-in-date', a, b, date);
    const number = numberDifference(a, b, sameClaim, sharesEntity);
    if (number) add('differs-in-number', a, b, number);
  }

  const aDenied = a.certainty.level === 'denied';
  const bDenied = b.certainty.level === 'denied';
  if (aDenied !== bDenied && deniesSame) {
    const [asserting, denying] = aDenied ? [b, a] : [a, b];
    add('contradicts', asserting, denying, { detail: `denied: "${denying.certainty.cue?.text ?? ''}"` });
  } else if (!aDenied && !bDenied && sameProposition) {
    const opposite = antonymous(a, b);
    if (opposite) add('contradicts', a, b, { detail: `opposite: ${opposite}` });
    else if (sharesEntity && (negates(a, b) || negates(b, a))) {
      const [positive, negative] = negates(a, b) ? [b, a] : [a, b];
      add('contradicts', positive, negative, { detail: 'negated' });
    }
  }

  if (sameClaim && !aDenied && !bDenied && isWeak(a) !== isWeak(b)) {
    const [firm, weak] = isWeak(a) ? [b, a] : [a, b];
    add('hedges', firm, weak, { detail: weak.certainty.cue?.text ?? weak.attribution.source?.text ?? '' });
  }

  const ka = sourceKey(a, keyOf);
  const kb = sourceKey(b, keyOf);
  if (ka && kb && ka !== kb && a.quotes.length > 0 && b.quotes.length > 0) {
    const qa = quotedTerms(a);
    const qb = quotedTerms(b);
    if (overlap(qa, qb) >= Math.max(2, Math.min(qa.size, qb.size) * 0.6)) {
      add('differs-in-attribution', a, b, { detail: `${a.attribution.source!.text} vs ${b.attribution.source!.text}`, fromSpan: a.attribution.source!, toSpan: b.attribution.source! });
    }
  }

  if (links.length === 0 && sameClaim) add('corroborates', a, b);
  return links;
}
