// How two claims that speak of the same thing relate: do they agree, does one
// hedge what the other asserts, do they contradict, or differ in a date, a
// number or who said it. One pair can differ in several ways at once.
import type { Claim, EntityMention, Link, LinkRelation } from '../types.js';
import { loadLexicon } from '../extract/lexicon.js';
import { ANONYMITY } from '../extract/source-kind.js';
import { isClassKey } from '../extract/terms.js';
import { NAMED_NEGATION, antonymous, negates, negatesVerb, negationCovers } from './opposition.js';
import { nameTerms } from './claim-words.js';
import { focusContainment, focusTerms } from './claim-focus.js';
import { overlap } from './mention-context.js';
import { dateDifference, numberDifference } from './mention-differences.js';
import { sameNamedSpeaker } from './speakers.js';

/** How alike two claims are, from the alignment index. */
export interface Similarity {
  /** Cosine-like weighted overlap of content terms and entities (0..1). */
  cosine: number;
  /** Weighted overlap over the smaller claim: how much of one the other contains (0..1). */
  containment: number;
  /** Number of shared features, a shared name counted once (not once per word). */
  shared: number;
  /** How many of them are counted numbers ("12,000 troops" in both). */
  sharedNumbers?: number;
}

export interface RelationThresholds {
  /** Same claim, for agreement, hedging and dropped attribution. */
  same: number;
  /** Same event, for a differing number or date whose context words match. */
  event: number;
  /** Same proposition for negation and opposite predicates. */
  opposite: number;
  /** Same claim when both give one counted figure. */
  figure: number;
}

export const DEFAULT_THRESHOLDS: RelationThresholds = { same: 0.42, event: 0.15, opposite: 0.3, figure: 0.25 };

const WEAK = new Set(['hedged', 'unconfirmed']);
/** Share of a non-confirmation's focus words the firm claim must contain. */
const FOCUS_SAME = 0.67;
/** Share of a denial's focus words the claim it contradicts must contain. */
const DENIAL_FOCUS = 0.34;

/** A claim or a prediction: what an article states, as opposed to asking or opining. */
export function isStatement(c: Claim): boolean {
  return c.isClaim || c.notClaimReason === 'prediction';
}

/** Stated as plain fact: no source, no hedge. */
export function isPlainFact(c: Claim): boolean {
  return isStatement(c) && c.attribution.kind === 'none' && c.certainty.level === 'asserted';
}

const ALLEGATION_CUES = new Set(loadLexicon<{ cues: string[] }>('allegations').cues.map((w) => String(w).toLowerCase()));

/**
 * One side's allegation: "Prosecutors allege that …" — an unnamed but
 * identified body with an allegation cue (lexicons/allegations.yaml). Not an
 * anonymous report: what it alleges, stated plainly elsewhere, is an
 * attribution dropped.
 */
export function isAllegation(c: Claim): boolean {
  const cue = c.attribution.cue?.text.toLowerCase();
  const source = c.attribution.source?.text;
  return c.attribution.kind === 'anonymous' && cue !== undefined && ALLEGATION_CUES.has(cue) && source !== undefined && !ANONYMITY.test(source);
}

/** Resting on less than a fact: hedged, not confirmed, or only anonymous sources. */
export function isWeak(c: Claim): boolean {
  return WEAK.has(c.certainty.level) || (c.attribution.kind === 'anonymous' && c.certainty.level !== 'denied' && !isAllegation(c));
}

/** Content words a sentence opens with that carry its main clause ("The thieves entered through a skylight …"). */
const OPENING_WORDS = 3;

/**
 * Rewritten copy keeps the main clause and changes what follows it ("… and
 * escaped before guards arrived" / "… on the roof and lowered themselves …"):
 * two claims that open with the same content words, in order, make one claim.
 */
function sameOpening(a: Claim, b: Claim): boolean {
  const oa = openingOf(a);
  const ob = openingOf(b);
  return oa.length === OPENING_WORDS && oa.every((t, i) => t === ob[i]);
}

const openingCache = new WeakMap<Claim, string[]>();

/** The first content words, names left out: "Tamsin Motors is recalling …" opens with one word, not three. */
function openingOf(c: Claim): string[] {
  const cached = openingCache.get(c);
  if (cached) return cached;
  const names = nameTerms(c);
  const out: string[] = [];
  openingCache.set(c, out);
  for (const t of c.terms) {
    if (isClassKey(t) || names.has(t)) continue;
    out.push(t);
    if (out.length === OPENING_WORDS) break;
  }
  return out;
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
  // Who says it is not what it is about: speakers are left out. Except the
  // one who denies: "X denied receiving money" is about X.
  const ea = contentEntities(a);
  const eb = contentEntities(b);
  if (shareKey(ea, eb) || (a.certainty.level === 'denied' && shareKey(a.entities, eb)) || (b.certainty.level === 'denied' && shareKey(ea, b.entities))) return false;
  return CLASHING_TYPES.some((type) => ea.some((e) => e.type === type) && eb.some((e) => e.type === type));
}

function shareKey(xs: readonly EntityMention[], ys: readonly EntityMention[]): boolean {
  return xs.some((e) => ys.some((f) => f.key === e.key));
}

const contentEntitiesCache = new WeakMap<Claim, EntityMention[]>();

function contentEntities(c: Claim): EntityMention[] {
  let found = contentEntitiesCache.get(c);
  if (!found) {
    const source = c.attribution.source;
    found = source ? c.entities.filter((e) => e.end <= source.start || e.start >= source.end) : c.entities;
    contentEntitiesCache.set(c, found);
  }
  return found;
}

/** Links between two claims of different articles that the index found alike. */
export function relate(a: Claim, b: Claim, sim: Similarity, keyOf: (s: string) => string, t: RelationThresholds = DEFAULT_THRESHOLDS): Link[] {
  const links: Link[] = [];
  if (entitiesClash(a, b)) return links;
  const score = Math.round(Math.max(sim.cosine, sim.containment * 0.8) * 1000) / 1000;
  const add = (relation: LinkRelation, from: Claim, to: Claim, extra: Partial<Link> = {}) => links.push({ from: from.id, to: to.id, relation, score, ...extra });
  // One shared name ("… at Millbank Park") is a setting, not a claim.
  // The same figure for the same counted thing, with words around it in
  // common, is the same claim however much else each sentence says.
  const sameFigure = (sim.sharedNumbers ?? 0) > 0 && sim.shared >= 4 && sim.cosine >= t.figure;
  const alike = (sim.cosine >= t.same && sim.shared >= 2) || (sim.containment >= 0.6 && sim.shared >= 3) || sameOpening(a, b);
  const sameClaim = alike || sameFigure;
  const sameProposition = (sim.cosine >= t.opposite && sim.shared >= 2) || (sim.containment >= 0.6 && sim.shared >= 2);
  const sharesEntity = a.entities.some((e) => b.entities.some((f) => f.key === e.key));
  // A denial restates little of what it denies ("denied receiving any money"):
  // a few shared words, a name among them, are enough.
  const deniesSame = sameProposition || (sim.shared >= 3 && sim.cosine >= 0.2 && sharesEntity);

  if (sim.cosine >= t.event || sharesEntity) {
    const date = dateDifference(a, b, { sameClaim, sharesEntity });
    if (date) add('differs-in-date', a, b, date);
    const number = numberDifference(a, b, { sameClaim, sharesEntity });
    if (number) add('differs-in-number', a, b, number);
  }

  const aDenied = a.certainty.level === 'denied';
  const bDenied = b.certainty.level === 'denied';
  if (aDenied !== bDenied && deniesSame) {
    const [asserting, denying] = aDenied ? [b, a] : [a, b];
    // Scored by how much of what is denied the claim says, so the closest claim wins (link-filters.ts).
    const focus = Math.round(focusContainment(denying, asserting) * 1000) / 1000;
    // "rejected the argument that councillors had ignored a noise study": a
    // denial with a focus of its own answers only a claim that says some of it.
    if (focusTerms(denying).filter((t) => !isClassKey(t)).length < 2 || focus >= DENIAL_FOCUS)
      add('contradicts', asserting, denying, { detail: `denied: "${denying.certainty.cue?.text ?? ''}"`, score: Math.max(score, focus) });
  } else if (!aDenied && !bDenied && (sameProposition || (sharesEntity && sim.cosine >= NAMED_NEGATION && (negatesVerb(a, b) || negatesVerb(b, a))))) {
    const opposite = sameProposition ? antonymous(a, b) : undefined;
    if (opposite) add('contradicts', a, b, { detail: `opposite: ${opposite}` });
    // The same predicate negated, with a name in common or much else shared ("agreed to reopen pay talks" / "would not reopen pay talks").
    else if ((sharesEntity || sim.shared >= 3) && (negates(a, b) || negates(b, a))) {
      const [positive, negative] = negates(a, b) ? [b, a] : [a, b];
      add('contradicts', positive, negative, { detail: 'negated' });
    }
  }

  // Two versions that differ in a number or date are a conflict, not one claim hedged.
  const differ = links.length > 0;
  // "No arrests have been made" does not agree with "arrested three suspects",
  // even when the words the negation covers were not found.
  const samePolarity = !negationCovers(a, b) && !negationCovers(b, a);
  if (!differ && samePolarity && !aDenied && !bDenied && isWeak(a) !== isWeak(b)) {
    const [firm, weak] = isWeak(a) ? [b, a] : [a, b];
    // "declined to confirm whether a ransom had been paid": what is left
    // unconfirmed is all the other claim needs to say.
    // A source covers its whole sentence; a hedge word may cover only its own
    // clause ("won 31.4% …, and are expected to form a coalition"), so a shared
    // figure alone does not carry a hedge over.
    const covered = alike || (sameFigure && !WEAK.has(weak.certainty.level));
    if (covered || focusContainment(weak, firm) >= FOCUS_SAME) add('hedges', firm, weak, { detail: weak.certainty.cue?.text ?? weak.attribution.source?.text ?? '' });
  }

  const ka = sourceKey(a, keyOf);
  const kb = sourceKey(b, keyOf);
  if (ka && kb && ka !== kb && a.quotes.length > 0 && b.quotes.length > 0 && !sameNamedSpeaker(a.attribution.source!.text, b.attribution.source!.text)) {
    const qa = quotedTerms(a);
    const qb = quotedTerms(b);
    if (overlap(qa, qb) >= Math.max(2, Math.min(qa.size, qb.size) * 0.6)) {
      add('differs-in-attribution', a, b, { detail: `${a.attribution.source!.text} vs ${b.attribution.source!.text}`, fromSpan: a.attribution.source!, toSpan: b.attribution.source! });
    }
  }

  if (links.length === 0 && sameClaim && samePolarity) add('corroborates', a, b);
  return links;
}
