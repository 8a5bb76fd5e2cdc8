// The tense of the clause around a time expression. It decides whether "on
// Monday" / "in March" is the past or the coming one, and lets the
// date-inconsistency rule see "next week" in a past-tense clause.
//
// Shallow grammar, no parser: the governing verb is the nearest verb group to
// the left of the expression inside its clause (a time usually follows its
// verb: "approved a cap on Wednesday"); when there is none (a fronted time, "On
// Tuesday the board said", or one between subject and verb, "The court on
// Monday upheld") the nearest one to the right. A verb group is read from its
// auxiliaries ("will be lifted", "has been postponed", "was due to open"), and
// a few constructions change what the tense means for the date:
//   perfect      "have called a strike for Feb. 6": a present perfect cannot
//                take a past date, so the date belongs to something else;
//   prospective  "was due to open on Friday", "agreed to meet on Friday", "gave
//                the firm until Friday": a future seen from a past moment;
//   deferral     "the trial was adjourned until Tuesday": the new, later date;
//   backshift    "saying that Friday's programme was under review": a past
//                copula in reported speech is the present of the saying;
//   object       "signalled more increases in November": with an object between
//                a reporting verb and the month, the month may be the object's.
import type { Mode } from './resolve.js';
import { MONTHS, TENSE } from './lexicon.js';
import { attached, introducer, isClauseBreak, NONFINITE_LEADS, reportedClause, RIGHT_STOPS } from './clause.js';
import { isCapitalised, tokenize, type Token } from './tokens.js';
import {
  chainStart, intentFollows, isInfinitiveTo, isModal, isNominal, isParticiple, isPastForm,
  isPluralSubject, nextWordIndex, prevWordIndex, wordAt,
} from './verbs.js';

export type Tense = 'past' | 'present' | 'future';
export type Reading = 'perfect' | 'prospective' | 'deferral' | 'backshift' | 'object';

export interface TenseCue {
  tense: Tense;
  /** Token index of the cue (the word that carries the tense: "was" in "was held"). */
  at: number;
  /** Distance in tokens from the expression (cues after it count two more). */
  distance: number;
  /** The cue word, lower case ("said", "will"). */
  word: string;
  /** Character range of the cue in the text the tokens came from. */
  start: number;
  end: number;
  /** What the construction makes of the tense, when it is not a plain tense (see the module comment). */
  reading?: Reading;
}

interface Group {
  tense: Tense;
  /** The tense-carrying word (auxiliary or verb). */
  at: number;
  /** The main verb, for prospective and reporting verbs. */
  lexical: number;
  reading?: Reading;
  /** A bare "was"/"were" with no participle: a candidate for backshift. */
  copula?: boolean;
}

type Step =
  | { kind: 'skip' }
  | { kind: 'stop' }
  | { kind: 'boundary'; hard: boolean }
  | { kind: 'infinitive'; next: number }
  | ({ kind: 'group' } & Group);

const SKIP: Step = { kind: 'skip' };
const STOP: Step = { kind: 'stop' };
const HARD: Step = { kind: 'boundary', hard: true };
const SOFT: Step = { kind: 'boundary', hard: false };
const group = (tense: Tense, at: number, lexical = at, extra: Partial<Group> = {}): Step => ({ kind: 'group', tense, at, lexical, ...extra });

const LEFT_WINDOW = 15;
const RIGHT_WINDOW = 10;
/** Cues after the expression count a little less than cues before it ("said on Monday"). */
const RIGHT_PENALTY = 2;
function punctStep(toks: Token[], k: number): Step {
  return isClauseBreak(toks, k) ? HARD : SKIP;
}

/** The tense of the chain that starts at auxiliary s (modal, be, have, linking verb). */
function chainTense(toks: Token[], s: number, lexical: number): Step {
  const w = wordAt(toks, s);
  if (w === 'to') {
    // A perfect infinitive ("is believed to have leaked", "is said to have fled") lies before
    // the verb that governs it, which in news is the present of a report: past.
    const h = nextWordIndex(toks, s);
    if (TENSE.havePresent.has(wordAt(toks, h))) return group('past', h, lexical);
    return { kind: 'infinitive', next: s - 1 };
  }
  if (isModal(w)) return group('future', s, lexical);
  if (TENSE.havePresent.has(w)) return group('present', s, lexical, { reading: 'perfect' });
  if (TENSE.havePast.has(w) || TENSE.bePast.has(w) || TENSE.doPast.has(w)) return group('past', s, lexical);
  if (TENSE.bePresent.has(w) || TENSE.doPresent.has(w)) return group('present', s, lexical);
  if (TENSE.linking.has(w)) {
    if (isPastForm(w)) return group('past', s, lexical);
    const p = prevWordIndex(toks, s);
    if (wordAt(toks, p) === 'to') return { kind: 'infinitive', next: p - 1 };
    return group('present', s, lexical);
  }
  return group('present', s, lexical);
}

/** "due", "expected", "scheduled" after a form of be: future, or a future seen from the past. */
function afterBe(toks: Token[], k: number): Step | null {
  const p = prevWordIndex(toks, k);
  const pw = wordAt(toks, p);
  if (TENSE.bePresent.has(pw)) return group('future', k);
  if (TENSE.bePast.has(pw)) return group('past', k, k, { reading: 'prospective' });
  if (pw === 'been' || pw === 'be') {
    const s = chainStart(toks, p);
    const sw = wordAt(toks, s);
    if (TENSE.havePresent.has(sw)) return group('present', k, k, { reading: 'prospective' });
    if (TENSE.havePast.has(sw)) return group('past', k, k, { reading: 'prospective' });
    return group('future', k);
  }
  return null;
}

/** Reads token k as the LAST word of a verb group (the left scan walks right to left). */
function stepLeft(toks: Token[], k: number, i: number): Step {
  const t = toks[k]!;
  if (t.kind === 'punct') return punctStep(toks, k);
  if (t.kind !== 'word') return SKIP;
  const w = t.lower;
  // A month name is not a modal ("in May").
  if (isCapitalised(t) && MONTHS.has(w)) return SKIP;
  if (TENSE.clauseOpeners.has(w)) return HARD;
  if (w === 'to') return isInfinitiveTo(toks, k) ? { kind: 'infinitive', next: k - 1 } : SKIP;
  if (isModal(w)) return group('future', k);
  if (TENSE.futureAfterBe.has(w)) {
    const s = afterBe(toks, k);
    if (s) return s;
    if (!isPastForm(w)) return SKIP;
  }
  // "are to vote on Thursday", "was to open on Friday": be + infinitive is an arrangement.
  const toFollows = wordAt(toks, nextWordIndex(toks, k)) === 'to';
  if (TENSE.bePast.has(w)) return toFollows ? group('past', k, k, { reading: 'prospective' }) : group('past', k, k, { copula: true });
  if (TENSE.bePresent.has(w)) {
    if (toFollows) return group('future', k);
    // A bare "is" is the tense of a scheduled event only right before the time ("the vote is on
    // Sunday", "the deadline is Friday"); further away the time belongs to its complement.
    let words = 0;
    for (let m = k + 1; m < i; m++) {
      const x = toks[m]!;
      if (x.kind === 'word' && !TENSE.prepositions.has(x.lower) && !TENSE.adverbs.has(x.lower)) words++;
    }
    return words <= 1 ? group('present', k) : STOP;
  }
  if (TENSE.havePresent.has(w) || TENSE.doPresent.has(w)) return group('present', k);
  if (TENSE.havePast.has(w) || TENSE.doPast.has(w)) return group('past', k);
  if (w.length > 4 && w.endsWith('ing') && !TENSE.irregularBase.has(w)) {
    const s = chainStart(toks, k);
    if (s >= 0) return chainTense(toks, s, k);
    const p = toks[k - 1];
    // "after defeating X in Tuesday's election", "..., leaving ships waiting": a non-finite
    // clause whose time is relative to another verb.
    if (p && ((p.kind === 'punct' && p.text === ',') || NONFINITE_LEADS.has(wordAt(toks, k - 1)))) return SOFT;
    return SKIP;
  }
  if (TENSE.beOther.has(w)) {
    const s = chainStart(toks, k);
    return s >= 0 ? chainTense(toks, s, k) : SKIP;
  }
  if (isPastForm(w) || isParticiple(w)) {
    if (isNominal(toks, k)) return SKIP;
    const base = TENSE.irregularBase.has(w);
    const s = chainStart(toks, k);
    if (s >= 0) {
      const sw = wordAt(toks, s);
      // "will cut", "to set", "did not hit": a base form, its auxiliary (or "to") decides.
      if (base && (sw === 'to' || isModal(sw) || TENSE.doPast.has(sw) || TENSE.doPresent.has(sw))) return SKIP;
      return chainTense(toks, s, k);
    }
    if (isPastForm(w)) return group('past', k);
    // "come", "run", "become": base forms after a plural subject ("the new rules come into force").
    if (base) return isPluralSubject(wordAt(toks, prevWordIndex(toks, k))) ? group('present', k) : SKIP;
    // A participle with no auxiliary is a reduced passive ("the watches taken in Saturday's raid").
    return group('past', k);
  }
  if (TENSE.present.has(w)) {
    if (isNominal(toks, k)) return SKIP;
    const pw = wordAt(toks, prevWordIndex(toks, k));
    if (pw === 'to' || isModal(pw) || TENSE.doPast.has(pw) || TENSE.doPresent.has(pw)) return SKIP;
    return group('present', k);
  }
  if (TENSE.presentBase.has(w)) {
    return isPluralSubject(wordAt(toks, prevWordIndex(toks, k))) ? group('present', k) : SKIP;
  }
  if (TENSE.intentVerbs.has(w)) {
    return !isNominal(toks, k) && intentFollows(toks, k) ? group('future', k) : SKIP;
  }
  return SKIP;
}

/** Reads token k as the FIRST word of a verb group (the right scan walks left to right). */
function stepRight(toks: Token[], k: number, i: number): Step {
  const t = toks[k]!;
  if (t.kind === 'punct') return punctStep(toks, k);
  if (t.kind !== 'word') return SKIP;
  const w = t.lower;
  if (TENSE.clauseOpeners.has(w) || RIGHT_STOPS.has(w)) return HARD;
  if (w === 'to') return SKIP;
  const nw = wordAt(toks, nextWordIndex(toks, k));
  if (TENSE.bePresent.has(w)) return group(TENSE.futureAfterBe.has(nw) ? 'future' : 'present', k);
  if (TENSE.bePast.has(w)) {
    if (TENSE.futureAfterBe.has(nw)) return group('past', k, k, { reading: 'prospective' });
    return group('past', k, k, { copula: !isParticiple(nw) && !nw.endsWith('ing') });
  }
  if (TENSE.havePresent.has(w)) {
    return isParticiple(nw) || nw === 'been' ? group('present', k, k, { reading: 'perfect' }) : group('present', k);
  }
  return stepLeft(toks, k, i);
}

interface Scan {
  group?: Group;
  /** Where a clause boundary stopped the scan. */
  boundary?: number;
  hard?: boolean;
  stop?: boolean;
  /** An infinitive "to" lies between the verb and the expression. */
  infinitive: boolean;
}

function scanLeft(toks: Token[], i: number, from: number): Scan {
  let infinitive = false;
  for (let k = from; k >= 0 && k >= i - LEFT_WINDOW; k--) {
    const s = stepLeft(toks, k, i);
    if (s.kind === 'skip') continue;
    if (s.kind === 'stop') return { stop: true, infinitive };
    if (s.kind === 'boundary') return { boundary: k, hard: s.hard, infinitive };
    if (s.kind === 'infinitive') {
      infinitive = true;
      k = s.next + 1;
      continue;
    }
    return { group: s, infinitive };
  }
  return { infinitive };
}

function scanRight(toks: Token[], i: number, j: number): Group | undefined {
  for (let k = j; k < toks.length && k < j + RIGHT_WINDOW; k++) {
    const s = stepRight(toks, k, i);
    if (s.kind === 'boundary' || s.kind === 'stop') return undefined;
    if (s.kind === 'group') return s;
  }
  return undefined;
}

function cueOf(toks: Token[], g: Group, distance: number): TenseCue {
  const t = toks[g.at]!;
  const cue: TenseCue = { tense: g.tense, at: g.at, distance, word: t.lower, start: t.start, end: t.end };
  if (g.reading) cue.reading = g.reading;
  return cue;
}

/** The tense cue of the clause around tokens [i, j), or undefined when no verb governs them. */
export function tenseCue(toks: Token[], i: number, j: number): TenseCue | undefined {
  // "next on April 27": the adverb "next" before the time's preposition looks ahead.
  if (wordAt(toks, i - 2) === 'next' && TENSE.prepositions.has(wordAt(toks, i - 1))) {
    return cueOf(toks, { tense: 'future', at: i - 2, lexical: i - 2 }, 2);
  }
  const left = scanLeft(toks, i, i - 1);
  let g = left.group;
  let side: 'left' | 'right' = 'left';
  let infinitive = left.infinitive;
  if (!g && !left.stop) {
    g = scanRight(toks, i, j);
    side = 'right';
    if (!g && left.hard && left.boundary !== undefined) {
      // Nothing in the expression's own clause: the verb of the clause before it.
      const beyond = scanLeft(toks, i, left.boundary - 1);
      g = beyond.group;
      side = 'left';
      infinitive ||= beyond.infinitive;
    }
  }
  if (!g) return undefined;
  const lexical = wordAt(toks, g.lexical);
  const movable = (!g.reading || g.reading === 'perfect') && g.tense !== 'future' && side === 'left';
  const lead = introducer(toks, i);
  if (movable && TENSE.deferral.has(lexical) && TENSE.deferralPrepositions.has(lead)) {
    g = { ...g, reading: 'deferral' };
  } else if (movable && TENSE.prospective.has(lexical) && (infinitive || TENSE.prospectivePrepositions.has(lead))) {
    g = { ...g, reading: 'prospective' };
  } else if (g.copula && g.tense === 'past' && reportedClause(toks, left.boundary)) {
    g = { ...g, reading: 'backshift' };
  } else if (!g.reading && g.tense === 'past' && side === 'left' && TENSE.reporting.has(lexical) && !attached(toks, g.lexical, i)) {
    g = { ...g, reading: 'object' };
  }
  const distance = side === 'left' ? i - g.at : g.at - j + 1 + RIGHT_PENALTY;
  return cueOf(toks, g, distance);
}

/** Tense around tokens [i, j), or undefined when no cue is near. */
export function tenseAround(toks: Token[], i: number, j: number): Tense | undefined {
  return tenseCue(toks, i, j)?.tense;
}

/**
 * How to choose among the candidate dates of a time without a year (or week)
 * given the cue around it. `weekday`: the candidates are days of one week on
 * either side, where the verb's tense is the better guide than distance.
 */
export function modeOfCue(cue: TenseCue | undefined, weekday: boolean): Mode {
  // No verb governs the time: it modifies a noun ("the closing price on Friday", "Tuesday's
  // election"), which in news is most often something that has happened. A weekday then is the
  // past one; a month or a date the nearer one, favouring the past.
  if (!cue) return weekday ? 'past' : 'lean-past';
  switch (cue.reading) {
    case 'prospective': return 'lean-future';
    case 'deferral': return 'future';
    case 'perfect': return 'lean-past';
    case 'backshift': return 'nearest';
    case 'object': return weekday ? 'past' : 'lean-past';
  }
  return cue.tense === 'past' ? 'past' : 'future';
}

/**
 * Tense around a character range of a text (e.g. a time expression inside a
 * claim's text). For rules: tokenizes the text on each call.
 */
export function tenseOfRange(text: string, start: number, end: number): TenseCue | undefined {
  const toks = tokenize(text);
  let i = toks.findIndex((t) => t.end > start);
  if (i < 0) i = toks.length;
  let j = i;
  while (j < toks.length && toks[j]!.start < end) j++;
  return tenseCue(toks, i, j);
}
