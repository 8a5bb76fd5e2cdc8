// Reading the source phrase off either side of an attribution cue: the
// subject before it ("X, the deputy spokesman of Y, said"), or the phrase after
// it ("…," said X, title.; "according to X"). Pure string work on one sentence,
// sentence-relative offsets.
import type { TextSpan } from '../types.js';
import { wireDatelineLength } from './wire-dateline.js';

/** Where the left-hand source phrase can start: clause openers. */
/** Clause openers: the left-hand source starts after the last of them. */
const LEFT_BOUNDARY = /[;:“”"]\s*|\b(?:that|because|although|though|while|whereas|but|after|before|when|as|since|if|so|despite|unless|until|where|whether|even)\s+/giu;
/** A short plain noun phrase ("the coroner", "firefighters", "a fire brigade officer"). */
const PLAIN_NOUN_PHRASE = /^(?:(?:the|a|an|one|two|three|four|five|several|some|many|local|other|both)\s+)?(?:[\p{Ll}][\p{Ll}-]*\s+){0,3}[\p{Ll}][\p{Ll}-]*$/u;
const CLAUSE_WORDS = /\b(?:and|or|is|are|was|were|be|been|has|have|had|will|would|not|no|it|this|there|which|who|with|of|in|on|at|for|to|from|by)\b/i;
/** Adverbs and auxiliaries that may stand between the subject and the verb. */
const PRE_VERB_FILLER = /(?:\s+(?:has|have|had|will|would|also|already|today|yesterday|tonight|since|just|formally|officially|long|always|never|consistently|strongly|flatly|vehemently|categorically|firmly|initially|originally|subsequently|immediately|quickly|swiftly|reportedly|purportedly|allegedly|apparently|supposedly|(?:did|does|do|would|could|will|has|have|had)\s+not|earlier|previously|later|again|repeatedly|publicly|separately|privately|then|now|recently|once|first|last|further|however|has also|had also|on\s+\p{L}+day|on\s+\p{L}+)){0,3}\s*$/iu;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|am)\s+(?:\p{L}+ly\s+)?$/iu;
export const RIGHT_SOURCE_START = /^\s*(?:the|a|an|\p{Lu}|\d|one|two|three|several|some|many|his|her|their|its|our)/u;
/** A full stop that ends a title or an initial ("Dr.", "Prof.", "J.") does not end the source. */
const STOP_MARK = String.raw`(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|Rev|Sen|Rep|Gov|Jr|Sr|Hon|Insp|Supt|Det)|\b\p{Lu})[.;!?]`;
const RIGHT_STOP = new RegExp(String.raw`${STOP_MARK}|,\s*(?:adding|saying|and|but|who said|noting|according)\b|\s(?:that|on\s+\p{Lu}\p{L}+day|in\s+an?\s+(?:statement|interview|text|email|post|message)|told|at\s+a)\b`, 'u');
const RIGHT_STOP_COMMA = new RegExp(String.raw`${STOP_MARK}|,(?!\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s*,)|\s(?:that|said|told)\b`, 'u');
const QUOTE_CLOSE_BEFORE = /["”'’]\s*,?\s*$|,\s*["”]\s*$/u;
/** A participle before "after", "before", "since" makes them prepositions inside the source phrase. */
const PARTICIPLE_BEFORE = /\b(?:issued|released|published|signed|adopted|agreed|filed|presented|unveiled|circulated|compiled|distributed|posted|sent|lodged|tabled|drafted|prepared|obtained|conducted|made|taken|held|carried out)\s+$/i;
const WORDS_MAX = 18;
const CAPITALISED_FILLER = /^\s+\p{Lu}/u;
const LOWER_WORD = /\s+\p{Ll}/u;
/** A ", who…" / ", which…" clause still open (no comma since). */
const OPEN_RELATIVE = /,\s*(?:who|which|whose)\b[^,]*$/i;
const LAST_WORDS = new RegExp(`(?:\\S+\\s+){0,${WORDS_MAX - 1}}\\S+\\s*$`);

export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,“”"'‘’(]/u.test(text[start]!)) start++;
  while (end > start && /[\s,“”"'‘’.)]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

const LEAD_IN_BEFORE = /\s+(?:went\s+on|proceeded|(?:was|were)\s+quick|rushed|hastened|took\s+to\s+[^,.;]{1,40}?|used\s+[^,.;]{1,40}?)\s+to\s*$/i;
/** ", when contacted,": a parenthetical between the subject and its verb. */
const PARENTHETICAL_BEFORE = /,\s*(?:when|if|once|after being|upon being)\s+(?:contacted|reached|asked|approached|questioned|called)(?:\s+by\s+[^,]{1,30})?\s*,\s*(?:(?:could|would|did|does|can|will)\s+)?$/i;

/** The subject phrase to the left of a cue at `at`, or undefined. */
export function leftSource(sentence: string, at: number): [number, number] | undefined {
  let before = sentence.slice(0, at);
  const parenthetical = PARENTHETICAL_BEFORE.exec(before);
  if (parenthetical) before = before.slice(0, parenthetical.index);
  // "He went on to say", "took to social media to say": the subject is before the lead-in.
  const leadIn = LEAD_IN_BEFORE.exec(before);
  if (leadIn) before = before.slice(0, leadIn.index);
  const filler = PRE_VERB_FILLER.exec(before);
  // "Westbay Now said", "USA Today reported": a capitalised "filler" ends a name.
  if (filler) {
    const capitalised = filler.index > 0 && CAPITALISED_FILLER.test(filler[0]);
    const cut = capitalised ? filler[0].search(LOWER_WORD) : 0;
    if (cut >= 0) before = before.slice(0, filler.index + cut);
  }
  if (BE_BEFORE.test(before + ' ')) return undefined;
  if (QUOTE_CLOSE_BEFORE.test(before)) return undefined;
  // The dateline ("NAIROBI, March 14 (Reuters) - ") is never part of the subject.
  let start = wireDatelineLength(before);
  LEFT_BOUNDARY.lastIndex = start;
  for (let b = LEFT_BOUNDARY.exec(before); b; b = LEFT_BOUNDARY.exec(before)) {
    // "A joint declaration issued after the summit said": not a clause opener.
    if (PARTICIPLE_BEFORE.test(before.slice(0, b.index))) continue;
    // "An official, who asked not to be named because the talks are confidential,": inside the relative clause.
    if (OPEN_RELATIVE.test(before.slice(Math.max(0, b.index - 80), b.index))) continue;
    start = b.index + b[0].length;
  }
  let region = before.slice(start);
  // "X, the deputy spokesman of Y, said": the apposition belongs to the source.
  const endsWithComma = /,\s*$/.test(region);
  // "A survey of 2,000 adults": a thousands separator is no apposition comma.
  const parts = region.split(/,(?!\d)/);
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
export function rightSource(sentence: string, from: number, untilComma: boolean): [number, number] | undefined {
  const rest = sentence.slice(from);
  // After "according to" anything may start the source ("local media", "negotiators").
  if (!untilComma && !RIGHT_SOURCE_START.test(rest) && !/^\s*\p{Ll}+\s+\p{Ll}*\s*\p{Lu}/u.test(rest)) return undefined;
  const stop = (untilComma ? RIGHT_STOP_COMMA : RIGHT_STOP).exec(rest);
  const end = from + (stop ? stop.index : rest.length);
  const [s, e] = trimSpan(sentence, from, end);
  return e > s ? [s, e] : undefined;
}

export function textSpan(sentence: string, offset: number, s: number, e: number): TextSpan {
  return { text: sentence.slice(s, e), start: offset + s, end: offset + e };
}


/**
 * Beyond the lexicons: with a strong speech verb ("said", "told"), a short
 * plain noun phrase is a source — "the coroner" (definite: an identifiable
 * person or body), "firefighters" / "a witness" (unnamed people).
 */
export function plainNounSource(phrase: string): 'named' | 'anonymous' | 'invalid' {
  // "The refineries, all based in the port": the apposition qualifies the noun phrase before it.
  const p = phrase.split(',')[0]!.trim();
  if (!PLAIN_NOUN_PHRASE.test(p.charAt(0).toLowerCase() + p.slice(1)) || CLAUSE_WORDS.test(p.replace(/^(?:the|a|an)\s+/i, ''))) return 'invalid';
  // "the coroner", "her management": a definite or possessed party the story has identified.
  return /^(?:the|his|her|their|its|our)\b/i.test(p) ? 'named' : 'anonymous';
}

