// What a number or a date in a claim belongs to, so that two articles'
// mentions are compared only when they speak of the same thing:
//   - the event predicate next to it ("killed 12", "broke out on Saturday"),
//     as event-class keys (lexicons/events.yaml) from the words around it;
//   - the named thing that holds it ("Conservatives 27.9%", "Aerolinea Sur
//     cancelled 340 flights"): the nearest entity before it;
//   - the phrase that narrows it ("21 goals in the league" is not "27 goals
//     in all competitions");
//   - a running count that later reports supersede ("with 85% counted").
import type { Claim, Quantity, Span } from '../types.js';
import { loadLexicon, phraseRegExp } from '../extract/lexicon.js';
import { EVENT_PREFIX, TOPIC_PREFIX, contentTerms, isClassKey, stem } from '../extract/terms.js';
import { wireDatelineLength } from '../extract/wire-dateline.js';
import { clauseTerms, contextTerms } from './mention-context.js';

/** Predicates sit within a few words of the number or date they govern... */
const ANCHOR_WINDOW = 48;
/** ...dates closer still ("a rise backdated to January and … extra pay" dates the rise, not the pay). */
const DATE_ANCHOR_WINDOW = 32;

// Asked for several times per candidate pair; computed once per mention.
const anchorCache = new WeakMap<Span, { events: string[]; withTopics: string[] }>();

/**
 * The event classes of the words around a mention ("died" → ev:kill). Dates
 * also attach to what the story is about ("Sunday's election", "the March 12
 * derailment"); numbers count what happened, not the topic.
 */
export function anchorsOf(claim: Claim, span: Span, withTopics = false): readonly string[] {
  let anchors = anchorCache.get(span);
  if (!anchors) {
    anchors = { events: [], withTopics: [] };
    // Only dates ask for topics, so one reach per mention: a date's predicate
    // is close to it, or else somewhere in its clause ("was sentenced to nine
    // years by Judge X at the Crown Court on March 12").
    const near = (terms: Iterable<string>) => {
      for (const t of terms) {
        if (t.startsWith(EVENT_PREFIX)) anchors!.events.push(t);
        if (t.startsWith(EVENT_PREFIX) || t.startsWith(TOPIC_PREFIX)) anchors!.withTopics.push(t);
      }
    };
    near(contextTerms(claim, span, withTopics ? DATE_ANCHOR_WINDOW : ANCHOR_WINDOW));
    if (withTopics && anchors.withTopics.length === 0) near(clauseTerms(claim, span));
    anchorCache.set(span, anchors);
  }
  return withTopics ? anchors.withTopics : anchors.events;
}

/**
 * How the events two mentions attach to compare: `match` (a shared class),
 * `clash` (both attach to events, none shared), `one-sided` (only one does),
 * `none` (neither sentence names an event class near the mention).
 */
export type AnchorRelation = 'match' | 'clash' | 'one-sided' | 'none';

const ASPECT_BEGIN = `${EVENT_PREFIX}begin`;

export function anchorRelation(a: Claim, x: Span, b: Claim, y: Span, withTopics = false): AnchorRelation {
  const ax = anchorsOf(a, x, withTopics);
  const by = anchorsOf(b, y, withTopics);
  if (ax.length === 0 && by.length === 0) return 'none';
  if (ax.length === 0 || by.length === 0) return 'one-sided';
  if (ax.some((k) => by.includes(k))) return 'match';
  // "the strike began on Tuesday" dates the strike: a beginning names no event
  // of its own, so it does not clash with "walked out on Monday" (the words around must agree).
  if (withTopics && (ax.includes(ASPECT_BEGIN) || by.includes(ASPECT_BEGIN))) return 'none';
  return 'clash';
}

const holderCache = new WeakMap<Span, string | null>();

/**
 * The entity a number belongs to: the nearest one before it in the sentence,
 * with no other number between them, leaving out the dateline and whoever is
 * quoted ("the ministry said 12 ..." does not make 12 the ministry's).
 */
export function holderOf(claim: Claim, q: Quantity): string | undefined {
  let held = holderCache.get(q);
  if (held === undefined) {
    held = null;
    const datelineEnd = claim.span.start + wireDatelineLength(claim.text);
    const source = claim.attribution.inherited ? undefined : claim.attribution.source;
    for (const e of claim.entities) {
      if (e.end > q.start || e.start < datelineEnd) continue;
      if (source && e.start >= source.start && e.end <= source.end) continue;
      if (claim.quantities.some((o) => o !== q && o.start >= e.end && o.end <= q.start)) continue;
      held = e.key;
    }
    holderCache.set(q, held);
  }
  return held ?? undefined;
}

const predicateCache = new WeakMap<Span, { between: boolean; words: string[] }>();

/**
 * What a holder does with its number: the words between the holder and the
 * number ("Korvel Bank | was fined | 2.4 million") and the event classes near
 * the number ("has left 23 people dead"). `between` says whether any words
 * stand between them ("Conservatives 27.9%" has none).
 */
export function predicateOf(claim: Claim, q: Quantity): { between: boolean; words: string[] } {
  let p = predicateCache.get(q);
  if (!p) {
    const key = holderOf(claim, q);
    const holder = key === undefined ? undefined : claim.entities.filter((e) => e.key === key && e.end <= q.start).pop();
    const gap = holder ? claim.text.slice(holder.end - claim.span.start, q.start - claim.span.start) : '';
    // Times between ("on Sunday night") say when, not what.
    const times = claim.times.filter((t) => holder && t.start >= holder.end && t.end <= q.start).map((t): [number, number] => [t.start - holder!.end, t.end - holder!.end]);
    const between = contentTerms(gap, times);
    p = { between: between.length > 0, words: [...new Set([...between, ...anchorsOf(claim, q)])] };
    predicateCache.set(q, p);
  }
  return p;
}

/** "in the league", "of pine forest": a preposition right after a number and the words of its noun phrase. */
const QUALIFIER = /^\s+(in|among|across|for|from|of)\s+((?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+)/u;
const NP_WORD = /[\p{L}\p{N}'’-]+/gu;

/** The content words of the noun phrase after the preposition: they stop at the first function word after them. */
const qualifierCache = new WeakMap<Span, { prep: string; words: string[] } | null>();

export function qualifierOf(claim: Claim, q: Quantity): { prep: string; words: string[] } | undefined {
  let qualifier = qualifierCache.get(q);
  if (qualifier === undefined) {
    qualifier = null;
    const m = QUALIFIER.exec(claim.text.slice(q.end - claim.span.start, q.end - claim.span.start + 60));
    const words: string[] = [];
    for (const w of m?.[2]!.match(NP_WORD) ?? []) {
      const term = contentTerms(w).find((t) => !isClassKey(t));
      if (term && !/\d/.test(term)) words.push(term);
      else if (words.length > 0) break;
    }
    if (m && words.length > 0) qualifier = { prep: m[1]!, words };
    qualifierCache.set(q, qualifier);
  }
  return qualifier ?? undefined;
}

/** Same preposition, different thing after it: the numbers count different things. */
export function qualifiersDiffer(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  const qx = qualifierOf(a, x);
  const qy = qualifierOf(b, y);
  return Boolean(qx && qy && qx.prep === qy.prep && !qx.words.some((w) => qy.words.includes(w)));
}

const PROVISIONAL = phraseRegExp(loadLexicon<{ phrases: string[] }>('provisional').phrases, 'iu');
const provisionalCache = new WeakMap<Claim, boolean>();

/** A running count ("with 85% of ballots counted"): its numbers will be superseded. */
export function isProvisional(claim: Claim): boolean {
  let p = provisionalCache.get(claim);
  if (p === undefined) provisionalCache.set(claim, (p = PROVISIONAL.test(claim.text)));
  return p;
}

/** "up from 54%", "compared with 54%", "fell from 4,000 to …": a number given to compare against. */
const REFERENCE_BEFORE = /\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+$/i;

/** A reference value (last year's, the previous count), not the figure the claim gives. */
const referenceCache = new WeakMap<Quantity, boolean>();

export function isReferenceValue(claim: Claim, q: Quantity): boolean {
  let reference = referenceCache.get(q);
  if (reference === undefined) {
    const at = q.start - claim.span.start;
    reference = REFERENCE_BEFORE.test(claim.text.slice(Math.max(0, at - 20), at));
    referenceCache.set(q, reference);
  }
  return reference;
}

/** " of the ", " of the train's ": between a bare number and the total it is part of. */
const PARTITIVE = /^\s+of\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
const countedCache = new WeakMap<Claim, Quantity[]>();

/**
 * The claim's numbers, a bare one taking the counted noun of the total it is
 * part of: "Twenty of the train's 38 wagons" counts wagons, "142 of the 300
 * seats" counts seats.
 */
export function countedQuantities(claim: Claim): Quantity[] {
  let out = countedCache.get(claim);
  if (!out) {
    out = claim.quantities.map((q) => {
      if (q.unit) return q;
      const whole = claim.quantities.find((o) => o.unit && o.start > q.end && PARTITIVE.test(claim.text.slice(q.end - claim.span.start, o.start - claim.span.start)));
      return whole ? { ...q, unit: whole.unit } : q;
    });
    countedCache.set(claim, out);
  }
  return out;
}

/** "a fee of €45 million", "a reward of about 50,000 euros": the noun an amount measures. */
const MEASURED = /([\p{L}-]{3,})\s+of\s+(?:(?:about|around|some|approximately|nearly|almost|roughly|an\s+estimated|up\s+to|more\s+than|at\s+least)\s+)?$/iu;
/** "a five-year contract", "a 48-hour stoppage": the noun right after a hyphenated amount. */
const AFTER_COMPOUND = /^\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]{3,})/u;
/** "seven years in prison", "50 euros in compensation": the noun after "in". */
const AFTER_IN = /^\s+in\s+([\p{Ll}-]{3,})/u;
const measuredCache = new WeakMap<Span, string | null>();

const MEASURED_GROUPS = new Map<string, string>();
for (const [group, words] of Object.entries(loadLexicon<{ groups: Record<string, string[]> }>('measured-nouns').groups))
  for (const w of words) MEASURED_GROUPS.set(stem(String(w).toLowerCase()), group);

/** A content word's measured-noun group ("deal" → contract), or the word itself. */
function foldMeasured(word: string | undefined): string | undefined {
  const term = word === undefined ? undefined : contentTerms(word).find((t) => !isClassKey(t));
  return term === undefined ? undefined : MEASURED_GROUPS.get(term) ?? term;
}

/** Of the words after "a 48-hour …" ("general strike", "contract signed"), the one a group names, else the first. */
function compoundNoun(words: string): string | undefined {
  const list = words.split(/\s+/);
  return list.find((w) => MEASURED_GROUPS.has(contentTerms(w).find((t) => !isClassKey(t)) ?? '')) ?? list[0];
}

export function measuredNoun(claim: Claim, q: Quantity): string | undefined {
  let noun = measuredCache.get(q);
  if (noun === undefined) {
    const at = q.start - claim.span.start;
    const after = claim.text.slice(q.end - claim.span.start, q.end - claim.span.start + 40);
    const m = MEASURED.exec(claim.text.slice(Math.max(0, at - 40), at));
    // The number's own unit is what is counted; the noun it sizes is what is measured.
    const compound = q.text.includes('-') ? AFTER_COMPOUND.exec(after) : null;
    const inNoun = AFTER_IN.exec(after);
    const word = m?.[1] ?? (compound ? compoundNoun(compound[1]!) : undefined) ?? inNoun?.[1];
    noun = foldMeasured(word) ?? null;
    measuredCache.set(q, noun);
  }
  return noun ?? undefined;
}
