// Who a sentence says the claim comes from. One pass of precompiled cue
// patterns over the sentence, then the source phrase is read off either side
// of the cue (before it: "X, title, said"; after it: "…," said X; "according
// to X") and classified by src/extract/source-kind.ts.
import type { Attribution, Span, TextSpan } from '../types.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';
import { classifySource } from './source-kind.js';
import { insideQuote } from './quotes.js';

interface AttributionLexicon {
  verbs: string[];
  noun_like: string[];
  evidence_verbs: string[];
  prepositional: string[];
  secondary: string[];
  passive: string[];
  sourceless: string[];
}

const lex = loadLexicon<AttributionLexicon>('attribution');
const VERB = phraseRegExp([...lex.verbs, ...lex.evidence_verbs], 'giu');
/** Verbs that mark speech whatever the subject; the others need a clear source. */
const CORE_VERBS = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'according', 'stated', 'states', 'announced', 'announces', 'claimed', 'claims', 'insisted', 'insists', 'warned', 'confirmed', 'wrote', 'tweeted', 'reported', 'reports', 'argued', 'argues']);
const NOUN_LIKE = new Set(lex.noun_like.map((w) => w.toLowerCase()));
/** What may follow a noun-like cue for it to be a verb: a clause, a comma, the end. */
const CLAUSE_AFTER = /^\s*(?:that\b|[,.;:!?"“”]|$|on\s+\p{Lu}\p{L}*day\b)/u;
const EVIDENCE_VERB_SET = new Set(lex.evidence_verbs.map((v) => v.toLowerCase()));
const SPEECH_VERB_SET = new Set(lex.verbs.map((v) => v.toLowerCase()));
const PREPOSITIONAL = phraseRegExp(lex.prepositional, 'giu');
const SECONDARY = phraseRegExp(lex.secondary, 'giu');
const PASSIVE = phraseRegExp(lex.passive, 'giu');
const SOURCELESS = phraseRegExp(lex.sourceless, 'iu');

/** Where the left-hand source phrase can start: clause openers. */
/** Clause openers: the left-hand source starts after the last of them. */
const LEFT_BOUNDARY = /[;:“”"]\s*|\b(?:that|because|although|though|while|whereas|but|after|before|when|as|since|if|so|despite|unless|until|where|whether|even)\s+/giu;
/** A short plain noun phrase ("the coroner", "firefighters", "a fire brigade officer"). */
const PLAIN_NOUN_PHRASE = /^(?:(?:the|a|an|one|two|three|four|five|several|some|many|local|other|both)\s+)?(?:[\p{Ll}][\p{Ll}-]*\s+){0,3}[\p{Ll}][\p{Ll}-]*$/u;
const CLAUSE_WORDS = /\b(?:and|or|is|are|was|were|be|been|has|have|had|will|would|not|no|it|this|there|which|who|with|of|in|on|at|for|to|from|by)\b/i;
/** Adverbs and auxiliaries that may stand between the subject and the verb. */
const PRE_VERB_FILLER = /(?:\s+(?:has|have|had|will|would|also|earlier|previously|later|again|repeatedly|publicly|separately|privately|then|now|recently|once|first|last|further|however|has also|had also|on\s+\p{L}+day|on\s+\p{L}+)){0,3}\s*$/iu;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|am)\s+(?:\p{L}+ly\s+)?$/iu;
const RIGHT_SOURCE_START = /^\s*(?:the|a|an|\p{Lu}|\d|one|two|three|several|some|many|his|her|their|its|our)/u;
const RIGHT_STOP = /[.;!?]|,\s*(?:adding|saying|and|but|who said|noting|according)\b|\s(?:that|on\s+\p{Lu}\p{L}+day|in\s+an?\s+(?:statement|interview|text|email|post|message)|told|at\s+a)\b/u;
const QUOTE_CLOSE_BEFORE = /["”'’]\s*,?\s*$|,\s*["”]\s*$/u;
const WORDS_MAX = 18;
const LAST_WORDS = new RegExp(`(?:\\S+\\s+){0,${WORDS_MAX - 1}}\\S+\\s*$`);

export interface AttributionFound extends Attribution {
  /** 'pronoun' sources are resolved by the article pass. */
  pronoun?: boolean;
  /** Span of the whole attribution clause, to leave it out of the claim's content terms. */
  clause?: Span;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,“”"'‘’(]/u.test(text[start]!)) start++;
  while (end > start && /[\s,“”"'‘’.)]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The subject phrase to the left of a cue at `at`, or undefined. */
function leftSource(sentence: string, at: number): [number, number] | undefined {
  let before = sentence.slice(0, at);
  const filler = PRE_VERB_FILLER.exec(before);
  if (filler) before = before.slice(0, filler.index);
  if (BE_BEFORE.test(before + ' ')) return undefined;
  if (QUOTE_CLOSE_BEFORE.test(before)) return undefined;
  let start = 0;
  LEFT_BOUNDARY.lastIndex = 0;
  for (let b = LEFT_BOUNDARY.exec(before); b; b = LEFT_BOUNDARY.exec(before)) start = b.index + b[0].length;
  let region = before.slice(start);
  // "X, the deputy spokesman of Y, said": the apposition belongs to the source.
  const endsWithComma = /,\s*$/.test(region);
  const parts = region.split(',');
  const keep = endsWithComma ? (parts.length >= 3 ? 2 : parts.length - 1) : 1;
  const kept = parts.slice(Math.max(0, parts.length - (endsWithComma ? keep + 1 : keep))).join(',');
  start += region.length - kept.length;
  region = kept;
  // At most the last WORDS_MAX words: a subject is never longer.
  const tail = LAST_WORDS.exec(region);
  if (tail && tail.index > 0) {
    start += tail.index;
    region = region.slice(tail.index);
  }
  const [s, e] = trimSpan(sentence, start, start + region.length);
  return e > s ? [s, e] : undefined;
}

/** The phrase to the right of a cue ending at `from` ("…," said X, title.). */
function rightSource(sentence: string, from: number, untilComma: boolean): [number, number] | undefined {
  const rest = sentence.slice(from);
  // After "according to" anything may start the source ("local media", "negotiators").
  if (!untilComma && !RIGHT_SOURCE_START.test(rest) && !/^\s*\p{Ll}+\s+\p{Ll}*\s*\p{Lu}/u.test(rest)) return undefined;
  const stop = untilComma ? /[.;!?]|,(?!\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s*,)|\s(?:that|said|told)\b/u.exec(rest) : RIGHT_STOP.exec(rest);
  const end = from + (stop ? stop.index : rest.length);
  const [s, e] = trimSpan(sentence, from, end);
  return e > s ? [s, e] : undefined;
}

function textSpan(sentence: string, offset: number, s: number, e: number): TextSpan {
  return { text: sentence.slice(s, e), start: offset + s, end: offset + e };
}


/**
 * Attribution of one sentence, from its own words only. Carry-over from
 * earlier sentences (pronouns, continuing quotes) is the article pass's job.
 */
function prepositional(pattern: RegExp, sentence: string, offset: number, openAtStart: boolean): AttributionFound | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    if (insideQuote(sentence, m.index, openAtStart)) continue;
    const src = rightSource(sentence, m.index + m[0].length, true);
    if (!src) continue;
    const kind = classifySource(sentence.slice(src[0], src[1]), sentence);
    if (kind === 'invalid') continue;
    return result(sentence, offset, kind, src, [m.index, m.index + m[0].length]);
  }
  return undefined;
}

/**
 * @param stanceCue a denial or non-confirmation cue found in the sentence
 *   (sentence-relative): its subject is the source ("The ministry declined to
 *   comment", "…, an accusation the militia denies", "denied by his lawyers").
 */
export function findAttribution(sentence: string, offset: number, stanceCue?: [number, number], quoteOpenAtStart = false): AttributionFound {
  const quoted = (i: number) => insideQuote(sentence, i, quoteOpenAtStart);
  // 1. "according to X"
  const according = prepositional(PREPOSITIONAL, sentence, offset, quoteOpenAtStart);
  if (according) return according;
  // 2. "X was quoted as saying", "… was reported by X"
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(sentence); m; m = PASSIVE.exec(sentence)) {
    if (quoted(m.index)) continue;
    const byAgent = /\bby\s*$/i.test(m[0]);
    const src = byAgent ? rightSource(sentence, m.index + m[0].length, true) : leftSource(sentence, m.index);
    if (!src) continue;
    const kind = classifySource(sentence.slice(src[0], src[1]), sentence);
    if (kind === 'invalid') continue;
    return result(sentence, offset, kind, src, [m.index, m.index + m[0].length]);
  }
  // 3. Reporting verbs, with the source on the left or (inverted) on the right.
  let m: RegExpExecArray | null;
  // Strong speech verbs first ("…, officials said." wins over an earlier
  // "alleged"), then the weaker ones.
  for (const strongPass of [true, false])
  for (VERB.lastIndex = 0, m = VERB.exec(sentence); m; m = VERB.exec(sentence)) {
    if (quoted(m.index)) continue;
    const cue: [number, number] = [m.index, m.index + m[0].length];
    const verb = m[0].toLowerCase().split(/\s+/)[0]!;
    // "the United States", "A UN report": capitalised or noun-like forms are not cues.
    if (m.index > 0 && /^\p{Lu}/u.test(m[0])) continue;
    // "the Sentinel claims a …": a noun-like form right after a capitalised
    // subject, before a new noun phrase, is the verb.
    if (NOUN_LIKE.has(m[0].toLowerCase()) && !CLAUSE_AFTER.test(sentence.slice(cue[1])) && !(/\p{Lu}[\p{L}'’.-]*\s+$/u.test(sentence.slice(0, m.index)) && /^\s+(?:a|an|the|that|this|his|her|its|their|he|she|it|they|\p{Lu})/u.test(sentence.slice(cue[1])))) continue;
    const before = sentence.slice(0, m.index);
    // ", saying …" / ", adding …" report what the main clause's subject said
    // about something else; the sentence's own claim is the main clause.
    if (/ing$/.test(verb) && /,\s*$/.test(before)) continue;
    const strict = !CORE_VERBS.has(verb);
    if (strict === strongPass) continue;
    const afterQuote = /["”'’]\s*,?\s*$/u.test(before) || /^\s*$/.test(before);
    const afterComma = /,\s*$/.test(before);
    let src = afterQuote ? undefined : leftSource(sentence, m.index);
    let kind = src ? classifySource(sentence.slice(src[0], src[1]), sentence, strict) : 'invalid';
    if (kind === 'invalid' && src && !strict) kind = plainNounSource(sentence.slice(src[0], src[1]));
    if (kind === 'invalid' && (afterQuote || afterComma)) {
      src = rightSource(sentence, cue[1], false);
      kind = src ? classifySource(sentence.slice(src[0], src[1]), sentence, strict) : 'invalid';
      if (kind === 'invalid' && src && !strict) kind = plainNounSource(sentence.slice(src[0], src[1]));
    }
    if (!src || kind === 'invalid') continue;
    // "The data showed…" counts; "He showed the letter" does not.
    if (!SPEECH_VERB_SET.has(verb) && EVIDENCE_VERB_SET.has(verb) && kind !== 'document' && kind !== 'media') continue;
    return result(sentence, offset, kind, src, cue);
  }
  // 4. The party that denies or will not confirm is the source.
  if (stanceCue && !quoted(stanceCue[0])) {
    const after = sentence.slice(stanceCue[1]);
    const agent = /^\s*(?:by|from)\s+/i.exec(after);
    // "could not be verified" has no party behind it; "declined to comment" has its subject.
    const cueText = sentence.slice(stanceCue[0], stanceCue[1]);
    const passive = (/\b(?:be|been|being)\b/i.test(cueText) && /\b(?:verified|confirmed)\b/i.test(cueText)) || /^\s*(?:no|without|absence)\b/i.test(sentence.slice(stanceCue[0]));
    const src = agent ? rightSource(sentence, stanceCue[1] + agent[0].length, true) : passive ? undefined : leftSource(sentence, stanceCue[0]);
    const kind = src ? classifySource(sentence.slice(src[0], src[1]), sentence) : 'invalid';
    if (src && kind !== 'invalid') return result(sentence, offset, kind, src, stanceCue);
  }
  // 5. "…, citing officials" with no speaking subject of its own.
  const secondary = prepositional(SECONDARY, sentence, offset, quoteOpenAtStart);
  if (secondary) return secondary;
  return { kind: 'none', ...(SOURCELESS.test(sentence) ? { cue: sourcelessCue(sentence, offset) } : {}) };
}

/**
 * Beyond the lexicons: with a strong speech verb ("said", "told"), a short
 * plain noun phrase is a source — "the coroner" (definite: an identifiable
 * person or body), "firefighters" / "a witness" (unnamed people).
 */
function plainNounSource(phrase: string): 'named' | 'anonymous' | 'invalid' {
  const p = phrase.trim();
  if (!PLAIN_NOUN_PHRASE.test(p.charAt(0).toLowerCase() + p.slice(1)) || CLAUSE_WORDS.test(p.replace(/^(?:the|a|an)\s+/i, ''))) return 'invalid';
  return /^the\b/i.test(p) ? 'named' : 'anonymous';
}

function sourcelessCue(sentence: string, offset: number): TextSpan | undefined {
  const m = SOURCELESS.exec(sentence);
  return m ? textSpan(sentence, offset, m.index, m.index + m[0].length) : undefined;
}

function result(sentence: string, offset: number, kind: ReturnType<typeof classifySource>, src: [number, number], cue: [number, number]): AttributionFound {
  const clause = { start: offset + Math.min(src[0], cue[0]), end: offset + Math.max(src[1], cue[1]) };
  return {
    kind: kind === 'pronoun' ? 'named' : (kind as Attribution['kind']),
    source: textSpan(sentence, offset, src[0], src[1]),
    cue: textSpan(sentence, offset, cue[0], cue[1]),
    ...(kind === 'pronoun' ? { pronoun: true } : {}),
    clause,
  };
}

