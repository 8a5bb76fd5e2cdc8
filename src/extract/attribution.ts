// Who a sentence says the claim comes from. One pass of precompiled cue
// patterns over the sentence, then the source phrase is read off either side
// of the cue (before it: "X, title, said"; after it: "…," said X; "according
// to X") and classified by src/extract/source-kind.ts.
import type { TextSpan } from '../types.js';
import { loadLexicon, phraseRegExp } from './lexicon.js';
import { classifySource, isAdjudicator, isDocumentOrMediaHead } from './source-kind.js';
import { participialCue } from './participial.js';
import { leftSource, plainNounSource, rightSource, textSpan } from './source-phrase.js';
import { appositiveStance, result, STANCE_VERB, stanceSource, type AttributionFound } from './stance-source.js';
import { insideQuote } from './quotes.js';

export type { AttributionFound } from './stance-source.js';

interface AttributionLexicon {
  verbs: string[];
  noun_like: string[];
  evidence_verbs: string[];
  prepositional: string[];
  secondary: string[];
  passive: string[];
  sourceless: string[];
  quote_only: string[];
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
/** "'…?' asked X", "'…,' X replied": verbs that report only right after a quote. */
const QUOTE_ONLY = new Set(lex.quote_only.map((v) => v.toLowerCase()));
/** "Employers added 272,000 jobs": "add" with a number or amount as its object is no report. */
const ADD_VERB = /^add(?:s|ed)?$/;
const AMOUNT_AFTER = /^\s+(?:(?:a|another|some|about|around|nearly|almost|over|more\s+than|a\s+net|a\s+further|a\s+record)\s+)?[$£€¥₹]?\d/iu;
/**
 * "Not yet, said a person close to the talks.": speech verbs that invert, a
 * left side with no apposition ("The minister, Jane Roe, said…" has two
 * commas), and a speaker phrase opening after the verb.
 */
const INVERTIBLE = /^(?:said|says|added|adds|wrote|writes|asked|replied|explained|noted|insisted|warned|recalled|continued)$/;
const ONE_COMMA = /^[^,]*,\s*$/;
const RIGHT_SPEAKER_START = /^\s+(?:the|a|an|one|two|three|several|some|his|her|their|its|\p{Lu})/u;
/** "first reported by X": a scoop, which is what outlets have. */
const FIRST_REPORTED = /\bfirst\s+reported\s+by$/i;
const PROGRESSIVE_BEFORE = /\b(?:is|are|was|were)\s+$/i;
/** A closing quote (and comma) right before a phrase. */
const QUOTE_BEFORE = /["”]\s*,?\s*$/u;
/** "X was quoted in the earnings release as saying", "was also quoted as saying": the subject spoke. */
const QUOTED_AS = /\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+|later\s+|widely\s+|earlier\s+)?quoted\s+(?:(?:in|by|on)\s+[^,.;"“”]{1,50}?\s+)?as\s+(?:saying|telling)\b/giu;
const PREPOSITIONAL = phraseRegExp(lex.prepositional, 'giu');
const SECONDARY = phraseRegExp(lex.secondary, 'giu');
const PASSIVE = phraseRegExp(lex.passive, 'giu');
const SOURCELESS = phraseRegExp(lex.sourceless, 'iu');

/** Past participles that raise a hedge ("…, believed to be …", "said to have"), not a report. */
const RAISING = /^(?:believed|thought|expected|feared|suspected|understood|said|reported|alleged|estimated|claimed|rumou?red|presumed|considered)$/;
/** A subordinate clause after a main clause: its speaker is not the sentence's source ("Shares fell after X reported that…"). */
const SUBORDINATOR_END = /\b(?:after|before|when|since|until|because|although|though|while|once|whereas)\s+$/i;
const THREE_WORDS = /^\s*\S+\s+\S+\s+\S+/;
/** Determiners and possessives before a noun-like form make it the noun ("its report", "the claims"). */
const NOUN_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|whose|of|in|on|to|for|by|with|new|latest|annual|final|initial|earlier|previous|such|any|no)|['’]s?)\s+$/iu;
/** After a participle inside a subject: an optional time or place, then the sentence's own verb. */
const REDUCED_RELATIVE_AFTER = /^(?:\s+(?:on|in|at|by|for)\s+[\p{L}\d]+|\s+(?:last|this|earlier|next)\s+\p{L}+|\s+(?:online|publicly|widely|overnight))?\s+(?:is|are|was|were|has|have|had|remains?|remained|appears?|appeared|seems?|seemed|shows?|showed)\b/u;
/** A that-clause right after the verb, or after a short place or channel ("on Instagram on Wednesday that"). */
const THAT_CLAUSE_AFTER = /^(?:\s+(?:on|in|at|to|via)\s+[^,.;]{1,40}?)?\s+that\b/u;
/** Nothing but a time and the full stop after the cue: an attribution that closes the sentence. */
const FINAL_TAIL = /^(?:\s+(?:on|in|late|early|last|this|earlier|at)\b[^,.;"“”]{0,40})?\s*[.!]?["”’]?\s*$/u;
/** "yet to", "declined to", "plans to": an infinitive cue is no report ("went on to say" still is). */
const INFINITIVE_BEFORE = /\b(?:yet|refused|refuses|declined|declines|plans?|planned|wants?|wanted|expected|expects|likely|due|set|going|able|unable|hopes?|hoped|intends?|intended|aims?|aimed|is|are|was|were|be|been|failed|fails|agreed|promised|threatened|needs?|needed|has|have|had|ought)\s+to\s+$/i;
/** "a statement from X", "a notice issued by X": the issuer of an official statement. */
const ISSUED_BY = /^(?:a|an|the)\s+(?:joint\s+|brief\s+|short\s+|written\s+)?(?:statement|notice|press\s+release|release)\s+(?:(?:issued|released|put\s+out|posted)\s+)?(?:from|by)\s+/i;
/** Evidence verbs whose subject "it" is most likely a document ("It also documented 94 attacks"). */
const DOCUMENT_PRONOUN_VERB = /^(?:found|finds|concluded|concludes|documented|documents|estimated|estimates|recorded|listed|lists|detailed|details)$/;
const NP_START_AFTER = /^\s+(?:a|an|the|that|this|his|her|its|their|he|she|it|they|\p{Lu}|\d)/u;


/** "according to X", "…, citing X": the source follows the cue. */
function prepositional(pattern: RegExp, sentence: string, offset: number, openAtStart: boolean): AttributionFound | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    if (insideQuote(sentence, m.index, openAtStart)) continue;
    // "10 taka per litre": "per" names a source only before a noun phrase that can be one.
    if (/^per$/i.test(m[0]) && !/^\s+(?:the|a|an|\p{Lu})/u.test(sentence.slice(m.index + m[0].length))) continue;
    let src = rightSource(sentence, m.index + m[0].length, true);
    if (!src) continue;
    let kind = classifySource(sentence.slice(src[0], src[1]), sentence);
    // "according to the trade body": a plain noun phrase after "according to" is a source too.
    if (kind === 'invalid' && /^according/i.test(m[0])) kind = plainNounSource(sentence.slice(src[0], src[1]));
    if (kind === 'invalid') continue;
    // "according to a statement from the operator, ChemWerk": a statement speaks for its issuer.
    if (kind === 'document') {
      const issuer = ISSUED_BY.exec(sentence.slice(src[0], src[1]));
      const at = issuer ? src[0] + issuer[0].length : -1;
      const own = issuer ? rightSource(sentence, at, false) : undefined;
      if (own && classifySource(sentence.slice(own[0], own[1]), sentence) === 'named') [src, kind] = [own, 'named'];
    }
    return result(sentence, offset, kind, src, [m.index, m.index + m[0].length]);
  }
  return undefined;
}

/**
 * Attribution of one sentence, from its own words only. Carry-over from
 * earlier sentences (pronouns, continuing quotes) is the article pass's job.
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
  QUOTED_AS.lastIndex = 0;
  // Cheap guard: the passive "quoted … as saying" is rare, and its regex would run on every "was".
  for (let m = sentence.includes('quoted') ? QUOTED_AS.exec(sentence) : null; m; m = QUOTED_AS.exec(sentence)) {
    if (quoted(m.index)) continue;
    const src = leftSource(sentence, m.index);
    const kind = src ? classifySource(sentence.slice(src[0], src[1]), sentence) : 'invalid';
    if (src && kind !== 'invalid') return result(sentence, offset, kind, src, [m.index, m.index + m[0].length]);
  }
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(sentence); m; m = PASSIVE.exec(sentence)) {
    if (quoted(m.index)) continue;
    const byAgent = /\bby\s*$/i.test(m[0]);
    const src = byAgent ? rightSource(sentence, m.index + m[0].length, true) : leftSource(sentence, m.index);
    if (!src) continue;
    const kind = classifySource(sentence.slice(src[0], src[1]), sentence);
    if (kind === 'invalid') continue;
    // "The story was first reported by the Riverside Bugle": a scoop is an outlet's.
    return result(sentence, offset, kind === 'named' && FIRST_REPORTED.test(m[0]) ? 'media' : kind, src, [m.index, m.index + m[0].length]);
  }
  // Read the stance cue's subject only when it is needed (it rarely is).
  const stanceOpen = stanceCue !== undefined && !quoted(stanceCue[0]);
  let stanceRead: AttributionFound | undefined | null = null;
  const stance = (): AttributionFound | undefined => (stanceRead === null ? (stanceRead = stanceOpen ? stanceSource(sentence, offset, stanceCue!) : undefined) : stanceRead);
  const appositive = stanceOpen ? appositiveStance(sentence, offset, stanceCue!) : undefined;
  if (appositive) return appositive;
  // 3. Reporting verbs, with the source on the left or (inverted) on the right.
  // Strong speech verbs first ("…, officials said." wins over an earlier
  // "alleged"), then the weaker ones.
  for (const strongPass of [true, false]) {
    let first: Candidate | undefined;
    for (let m = (VERB.lastIndex = 0, VERB.exec(sentence)); m; m = VERB.exec(sentence)) {
      // Once a speaker is found, only a closing attribution can take over: skip the rest cheaply.
      if (first && !FINAL_TAIL.test(sentence.slice(m.index + m[0].length))) continue;
      // "Employers added 300,000 jobs, figures showed.": a closing source wins whatever its verb.
      const found = verbCandidate(sentence, offset, m, strongPass, quoted) ?? (first && strongPass ? verbCandidate(sentence, offset, m, false, quoted) : undefined);
      if (!found) continue;
      if (!first) {
        // "X has denied … that she invented claims": a denial or refusal before the verb is the outer act.
        if (stanceOpen && stanceCue![0] < m.index && STANCE_VERB.test(sentence.slice(stanceCue![0]))) {
          const outer = stance();
          if (outer) return outer;
        }
        first = found;
        if (found.final) break;
      } else if (found.final) {
        // "Farmers have reported losses …, the ministry said.": the speaker at the end is the outer one.
        first = found;
        break;
      }
    }
    if (first) return first.found;
  }
  // 4. The party that denies or will not confirm is the source.
  const denying = stance();
  if (denying) return denying;
  // 5. "The regulator fined three firms, accusing them of…": the main clause's subject.
  const participial = participialSource(sentence, offset, quoted);
  if (participial) return participial;
  // 6. "…, citing officials" with no speaking subject of its own.
  const secondary = prepositional(SECONDARY, sentence, offset, quoteOpenAtStart);
  if (secondary) return secondary;
  return { kind: 'none', ...(SOURCELESS.test(sentence) ? { cue: sourcelessCue(sentence, offset) } : {}) };
}

/** A reporting-verb source, and whether it closes the sentence ("…, the ministry said."). */
interface Candidate {
  found: AttributionFound;
  final: boolean;
}

/** One reporting-verb match: its source, or undefined when the match is no cue here. */
function verbCandidate(sentence: string, offset: number, m: RegExpExecArray, strongPass: boolean, quoted: (i: number) => boolean): Candidate | undefined {
  // A multi-word cue is its own entry ("points to", "is showing"); else its first word decides.
  const full = m[0].toLowerCase();
  const verb = SPEECH_VERB_SET.has(full) || EVIDENCE_VERB_SET.has(full) ? full : full.split(/\s+/)[0]!;
  // Cheap tests first: this pass's verbs only, then the quote scan, then the context.
  const strict = !CORE_VERBS.has(verb);
  if (strict === strongPass) return undefined;
  // "the United States", "A UN report": capitalised or noun-like forms are not cues.
  if (m.index > 0 && /^\p{Lu}/u.test(m[0])) return undefined;
  if (quoted(m.index)) return undefined;
  const cue: [number, number] = [m.index, m.index + m[0].length];
  // "the Sentinel claims a …": a noun-like form right after a capitalised
  // subject, before a new noun phrase, is the verb.
  if (NOUN_LIKE.has(m[0].toLowerCase()) && !nounLikeIsVerb(sentence, cue)) return undefined;
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(cue[1]);
  // The context tests only look at the words next to the cue.
  const near = before.length > 40 ? before.slice(-40) : before;
  if (ADD_VERB.test(verb) && AMOUNT_AFTER.test(after)) return undefined;
  const afterQuote = /["”'’]\s*,?\s*$/u.test(near) || /^\s*$/.test(before);
  // "…, believed to be from …", "are said to have": a hedge, not a speaker.
  if (RAISING.test(verb) && /^\s+to\s+(?:be|have)\b/i.test(after) && /(?:,|\b(?:is|are|was|were|be|been|being))\s*$/i.test(near)) return undefined;
  // "is yet to confirm", "plans to announce": an infinitive is no report.
  if (INFINITIVE_BEFORE.test(near)) return undefined;
  // ", saying …" / ", adding …" report what the main clause's subject said
  // about something else; the sentence's own claim is the main clause.
  if (/ing$/.test(verb) && /,\s*$/.test(near)) return undefined;
  // "The ceasefire announced on 2 June is holding": a participle inside the subject.
  if (/ed$/.test(verb) && !/,\s*$/.test(near) && REDUCED_RELATIVE_AFTER.test(after)) return undefined;
  const afterComma = /,\s*$/.test(near);
  // A weak verb with a that-clause still reports ("The actor posted on Instagram that…").
  const plainOk = !strict || THAT_CLAUSE_AFTER.test(after);
  // An anonymity marker counts for the side of the cue it stands on: "A worker,
  // who asked not to be named, said…" / "…, said one of the people, who spoke
  // on condition of anonymity".
  const read = (span: [number, number] | undefined, context: string): [[number, number] | undefined, ReturnType<typeof classifySource>] => {
    if (!span) return [undefined, 'invalid'];
    const phrase = sentence.slice(span[0], span[1]);
    // "'…,' Petrov replied": a name right after a quote is its speaker, whatever the verb.
    let kind = classifySource(phrase, context, strict && !afterQuote && !QUOTE_BEFORE.test(sentence.slice(0, span[0])));
    if (kind === 'invalid' && plainOk) kind = plainNounSource(phrase);
    return [span, kind];
  };
  // "Broadcaster X is showing pictures": the subject stands before the auxiliary.
  const progressive = verb === 'showing' ? PROGRESSIVE_BEFORE.exec(near) : null;
  if (verb === 'showing' && !progressive) return undefined;
  let [src, kind] = afterQuote ? read(undefined, '') : read(leftSource(sentence, m.index - (progressive?.[0].length ?? 0)), before);
  if (kind === 'invalid' && (afterQuote || afterComma)) [src, kind] = read(rightSource(sentence, cue[1], false), after);
  else if (afterComma && INVERTIBLE.test(verb) && ONE_COMMA.test(before) && RIGHT_SPEAKER_START.test(after)) {
    // "Not yet, said a person close to the talks.": an inverted speaker that ends the sentence wins over the fragment before the comma.
    const [right, rightKind] = read(rightSource(sentence, cue[1], false), after);
    if (right && rightKind !== 'invalid' && rightKind !== 'pronoun' && FINAL_TAIL.test(sentence.slice(right[1]))) [src, kind] = [right, rightKind];
  }
  if (!src || kind === 'invalid') return undefined;
  // "'…?' asked X", "'…,' X asked": only a quote makes these verbs speech.
  if (QUOTE_ONLY.has(verb) && !afterQuote && !QUOTE_BEFORE.test(sentence.slice(0, src[0]))) return undefined;
  const leftOfCue = src[0] <= m.index;
  // "The data showed…" counts; "He showed the letter" does not; "…, it found." does.
  const pronounAfterClause = kind === 'pronoun' && leftOfCue && (/,\s*$/.test(sentence.slice(0, src[0])) || DOCUMENT_PRONOUN_VERB.test(verb));
  // "The tribunal heard that…", "the court found": an adjudicating body speaks with evidence verbs too.
  if (!SPEECH_VERB_SET.has(verb) && EVIDENCE_VERB_SET.has(verb) && kind !== 'document' && kind !== 'media' && !pronounAfterClause && !isAdjudicator(sentence.slice(src[0], src[1])) && !(leftOfCue && /^\s+that\b/i.test(after))) return undefined;
  // "Shares fell after the Gazette reported that…": the writer states the main clause.
  if (leftOfCue && subordinate(sentence.slice(0, src[0]))) return undefined;
  // "The agency quoted a researcher as saying…": quoting someone as saying is what outlets do.
  if (kind === 'named' && verb === 'quoted' && /^\s*(?:the|a|an)\s/i.test(sentence.slice(src[0])) && /^(?:(?!\bsaid\b)[^.;])*?\bas\s+(?:saying|telling)\b/iu.test(after)) kind = 'media';
  const final = leftOfCue && /,\s*$/.test(sentence.slice(0, src[0])) && FINAL_TAIL.test(after);
  return { found: result(sentence, offset, kind, src, cue), final };
}

/** Does `prefix` end in a subordinator that follows a main clause ("Shares fell 14% after ")? */
function subordinate(prefix: string): boolean {
  // "A coast guard official, who asked not to be named because …": still the subject.
  // Only the last few characters can hold the subordinator: test them, not the whole prefix.
  const tail = prefix.length > 24 ? prefix.slice(-24) : prefix;
  const m = SUBORDINATOR_END.exec(tail);
  if (!m) return false;
  const main = prefix.slice(0, prefix.length - tail.length + m.index);
  return THREE_WORDS.test(main) && !/,\s*(?:who|which|whose|speaking|requesting)\b[^,]*$/i.test(main);
}

/** Is a noun-like form ("report", "claims", "documents", "list") used as the verb here? */
function nounLikeIsVerb(sentence: string, cue: [number, number]): boolean {
  const before = sentence.slice(Math.max(0, cue[0] - 40), cue[0]);
  const after = sentence.slice(cue[1]);
  if (NOUN_BEFORE.test(before)) return false;
  if (CLAUSE_AFTER.test(after)) return true;
  // "the Sentinel claims a…", "The Summit Post, a news site, claims a…".
  if (/(?:\p{Lu}[\p{L}'’.-]*|,)\s+$/u.test(before) && NP_START_AFTER.test(after)) return true;
  // "The report documents 112 cases", "the accounts list debts of…".
  const previous = /(\p{L}+)\s+$/u.exec(before);
  // A bare form after a singular head is a compound noun ("The inspection report documents…"), not a verb;
  // after a plural head it agrees ("the accounts list debts").
  return !!previous && isDocumentOrMediaHead(previous[1]!) && (/(?:s|ed)$/i.test(sentence.slice(cue[0], cue[1])) || /s$/i.test(previous[1]!)) && /^\s+[\p{L}\d£$€]/u.test(after) && !/^\s+(?:of|for|on|in|by|from|and|or)\b/i.test(after);
}

/** Step 5: the subject of the main clause before a participial reporting clause. */
function participialSource(sentence: string, offset: number, quoted: (i: number) => boolean): AttributionFound | undefined {
  const found = participialCue(sentence, quoted);
  if (!found) return undefined;
  for (const verb of found.verbs) {
    const src = leftSource(sentence, verb);
    if (!src) continue;
    const s = Math.max(src[0], found.from);
    if (s >= src[1]) continue;
    const kind = classifySource(sentence.slice(s, src[1]), '');
    if (kind === 'invalid') continue;
    // The main clause is the claim itself ("lifted its key rate to 5.5%"):
    // only the participle is attribution, not everything from the subject on.
    return { ...result(sentence, offset, kind, [s, src[1]], found.cue), clause: { start: offset + found.cue[0], end: offset + found.cue[1] } };
  }
  return undefined;
}

function sourcelessCue(sentence: string, offset: number): TextSpan | undefined {
  const m = SOURCELESS.exec(sentence);
  return m ? textSpan(sentence, offset, m.index, m.index + m[0].length) : undefined;
}
