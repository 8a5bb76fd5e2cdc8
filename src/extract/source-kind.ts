// What kind of source a noun phrase names: a person or body by name, unnamed
// people, the media, a document — or nothing a reader could call a source.
import type { AttributionKind } from '../types.js';
import { escapeRegExp, loadLexicon, phraseRegExp } from './lexicon.js';

interface SourcesLexicon {
  anonymity_markers: string[];
  anonymous_heads: string[];
  role_heads: string[];
  institution_heads: string[];
  media_heads: string[];
  media_names: string[];
  media_name_suffixes: string[];
  document_heads: string[];
  media_modifiers: string[];
  pronouns: string[];
  partitive_heads: string[];
  adversary_heads: string[];
  agent_heads: string[];
  adjudicator_heads: string[];
}

const lex = loadLexicon<SourcesLexicon>('sources');
const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export const ANONYMITY = phraseRegExp(lex.anonymity_markers, 'iu');
const ANONYMOUS_HEADS = lower(lex.anonymous_heads);
const ROLE_HEADS = lower(lex.role_heads);
const INSTITUTION_HEADS = lower(lex.institution_heads);
const MEDIA_HEADS = lower(lex.media_heads);
const DOCUMENT_HEADS = lower(lex.document_heads);
const PRONOUNS = lower(lex.pronouns);
const PARTITIVE_HEADS = lower(lex.partitive_heads);
const ADVERSARY_HEADS = lower(lex.adversary_heads);
const AGENT_HEADS = lower(lex.agent_heads);
const ADJUDICATOR_HEADS = lower(lex.adjudicator_heads);
/** "a lawyer for the families", "an attorney representing the firm": speaking for a party. */
const FOR_PARTY = /^\s*(?:for|representing|acting\s+for|on\s+behalf\s+of)\s/i;
const MEDIA_MODIFIER = phraseRegExp(lex.media_modifiers, 'giu');
const MEDIA_MODIFIER_WORD = phraseRegExp(lex.media_modifiers, 'iu');
/** Singular agent nouns ("one customer", "a listener"), for unnamed people not in the lexicon. */
const PERSON_SINGULAR = /^\p{Ll}[\p{L}-]*(?:er|or|ist|ian|ant|ent|ee)$/u;
/** Spokespeople speak for a body on the record, named or not. */
const SPOKESPERSON = /^spokes(?:man|woman|person|men|women|people)$/i;
/** Plural nouns for people ("meteorologists", "customers"), when not in the lexicon. */
const PEOPLE_PLURAL = /^\p{Ll}[\p{L}-]*(?:ers|ors|ists|ians|ants|(?<!m)ents|ees)$/u;
/** "the swimmer's management", "The museum's trustees": an identified party's people speak for it. */
const DEFINITE_POSSESSIVE = /^(?:the\s+)?(?:\p{L}[\p{L}.&-]*\s+){0,4}\p{L}[\p{L}.&-]*['’]s?\s+(?:(?!(?:is|are|was|were|has|have|had|to|yet|not|and|or|that|which|who)\s)\p{Ll}[\p{L}-]*\s+){0,2}(?!(?:is|are|was|were|has|have|had|to|yet|not)$)\p{Ll}[\p{L}-]*$/iu;
/** A paper or article in a journal is a document, not a newspaper. */
/**
 * "a report by the Harbour Ledger", "a video circulating on social media": an
 * outlet wrote or spread it. ("Data from a website" stays data: "from" names
 * where figures come from, not who reported them.)
 */
const DOCUMENT_AGENT = /^\s*(?:by|in|circulating\s+on|shared\s+on|posted\s+on|aired\s+by|broadcast\s+by)\s+(.{2,80})$/iu;
const SOCIAL_MEDIA = /^(?:social\s+media|the\s+internet)\b/i;
/** "A video posted online", "footage shared on social media": spread by the media, whoever made it. */
const SPREAD_ONLINE = /^\s*(?:posted|shared|circulat(?:ing|ed)|going\s+viral)\s+(?:online|on\s+social\s+media|on\s+the\s+internet)\b/i;
/** "your report", "your article": a letter to the editor speaks of the paper's own reporting. */
const YOUR_REPORT = /^your\s/i;
/** "of one of the students", "of a victim": an unidentified member, not "of the organisers". */
const OF_DEFINITE = /^.?\s*of\s+the\b/i;
const OF_UNIDENTIFIED = /^\s*of\s+(?:one\s+of\s+|a\s+|an\s+|some\s+|several\s+|two\s+|three\s+)/i;
const PLAIN_CORE = /^(?:the|a|an|one)\s+\p{Ll}[\p{L}-]*$/iu;
const SCHOLARLY = /\b(?:published\s+(?:\S+\s+){0,4}in|in\s+the\s+journal|peer-reviewed|study|studies)\b/i;
/** "Port Vila-based", "(BBMP)": qualifiers that do not end the source's core. */
const ACRONYM_PAREN = /\s*\(\p{Lu}[\p{L}.&-]{0,11}\)(?=\s+\p{L})/gu;
// Outlet names are proper names: matched case-sensitively.
const MEDIA_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.media_names.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const MEDIA_SUFFIX = new RegExp(`\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s+(?:${lex.media_name_suffixes.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

/** Words that end the "core" of a source phrase: what follows qualifies it. */
const CORE_END_ALL = () => new RegExp(CORE_END.source, 'gi');
/** "the club's published accounts": a participle before a noun is an adjective, not a qualifier. */
const ATTRIBUTIVE = /^\s*(?:released|published|compiled|obtained|seen|reviewed|filed|issued|prepared|commissioned|conducted|carried|written|signed|sent|dated|quoted|cited)$/i;
const NOUN_NEXT = /^\s+(?!(?:by|on|in|at|to|with|from|for|last|this|earlier|yesterday|today|overnight|late|early|after|before|under|during|between|since|until|and|or|jointly|online|publicly)\b)[a-z]/;
const CORE_END = /\s*(?:,|\(|\b(?:released|published|compiled|obtained|seen|reviewed|filed|issued|prepared|commissioned|conducted|carried|written|signed|sent|dated|involving|surveyed|polled|interviewed|reached|quoted|cited)\b|\b(?:by|loyal|who|which|whose)\b|\bof\b|\bfor\b|\bat\b|\bin\b|\bfrom\b|\bwith\b|(?<!-)\bbased\b|\baware\b|\brepresenting\b|\bacting\s+for\b|\bknowledgeable\b|\b(?:broadcast|aired|posted|shared|circulated|filmed|taken|captured|lodged|submitted|tabled)(?=\s+(?:by|on|in|to|with)\b)|\bwho\b|\bwhich\b|\bthat\b|\bfamiliar\b|\bclose\b|\bbriefed\b|\bspeaking\b|\bon\b|\bto\b|\bwhose\b|\bwithin\b|\binside\b|\bamong\b|\bnear\b|\baround\b|\bcirculating\b|\b(?:posted|shared)(?=\s+online\b))/i;
const DETERMINER = /^(?:the|a|an|one|two|three|four|five|six|several|some|many|other|another|most|few|both|all|various|senior|top|local|two|this|that|these|those)$/i;
const INDEFINITE = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other|another|few|various|\d+)\b/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const TITLE_OR_FUNCTION = /^(?:The|A|An|Mr|Mrs|Ms|Dr|Prof|Sir|Dame|President|Prime|Minister|Deputy|Acting|Former|Senior|Chief|General|Gen|Col|Lt|Maj|Capt|Sgt|Gov|Sen|Rep|Judge|Justice|Secretary|Ambassador|Spokesman|Spokeswoman|Spokesperson|In|On|At|According|Officials?|Sources?|But|And|However|Meanwhile|Earlier|Later|He|She|They|It|We|I)$/;

const NAME_ONLY = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A media noun that modifies the source ("the broadcaster TVN", "Spanish sports
 * daily Marca", "local television channels") — not one that only qualifies a
 * person's job ("the television presenter Jane Roe", "a radio host").
 */
function mediaModified(core: string): boolean {
  MEDIA_MODIFIER.lastIndex = 0;
  for (let m = MEDIA_MODIFIER.exec(core); m; m = MEDIA_MODIFIER.exec(core)) {
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(core.slice(m.index + m[0].length));
    if (!next || MEDIA_HEADS.has(next[1]!.toLowerCase()) || MEDIA_MODIFIER_WORD.test(next[1]!)) return true;
    MEDIA_MODIFIER.lastIndex = m.index + m[0].length;
  }
  return false;
}

/** Are the last `n` words of the phrase, lower-cased, one entry of `set` ("charge sheet", "chief financial officer")? */
function tailIn(set: ReadonlySet<string>, w: string[], n: number): boolean {
  return w.length >= n && set.has(w.slice(w.length - n).join(' ').toLowerCase());
}

/** Is the phrase a court, tribunal, inquest or judge ("the tribunal", "an inquest in Leeds")? */
export function isAdjudicator(phrase: string): boolean {
  return ADJUDICATOR_HEADS.has(headOf(phrase).head.toLowerCase());
}

/** Is `word` the head noun of a document or of a media source ("report", "accounts", "paper")? */
export function isDocumentOrMediaHead(word: string): boolean {
  const w = word.toLowerCase();
  return DOCUMENT_HEADS.has(w) || MEDIA_HEADS.has(w);
}

export type SourceClass = AttributionKind | 'pronoun' | 'invalid';

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** "your report last week", "its statement yesterday": a trailing time is no part of the head. */
const TIME_TAIL_WORDS = new Set(['week', 'month', 'year', 'weekend', 'night', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_TAIL = /\s+(?:(?:last|this|earlier|next)\s+\S+|yesterday)$/i;

function withoutTrailingTime(phrase: string): string {
  const space = phrase.lastIndexOf(' ');
  if (space < 0 || !TIME_TAIL_WORDS.has(phrase.slice(space + 1).toLowerCase())) return phrase;
  const tail = TIME_TAIL.exec(phrase.slice(Math.max(0, space - 12)));
  return tail ? phrase.slice(0, Math.max(0, space - 12) + tail.index) : phrase;
}

/** The head noun: last word of the phrase before its qualifiers. */
export function headOf(phrase: string): { head: string; core: string } {
  if (phrase.includes('(')) phrase = phrase.replace(ACRONYM_PAREN, '');
  let m = CORE_END.exec(phrase);
  if (m && ATTRIBUTIVE.test(m[0]) && NOUN_NEXT.test(phrase.slice(m.index + m[0].length))) {
    const all = CORE_END_ALL();
    all.lastIndex = m.index + m[0].length;
    m = all.exec(phrase);
  }
  const core = (m && m.index > 0 ? phrase.slice(0, m.index) : withoutTrailingTime(phrase)).trim();
  const w = words(core);
  return { head: (w[w.length - 1] ?? '').replace(/['’]s$/u, ''), core };
}

/** A document made or spread by an outlet ("a report by the X Ledger", "a video circulating on social media") is media. */
function mediaAgent(rest: string, anonymousContext: boolean, strict: boolean): boolean {
  if (SPREAD_ONLINE.test(rest)) return true;
  const agent = DOCUMENT_AGENT.exec(rest);
  if (!agent) return false;
  const who = agent[1]!;
  return SOCIAL_MEDIA.test(who) || classify(who, anonymousContext, strict) === 'media';
}

function hasProperName(core: string): boolean {
  const w = words(core);
  return w.some((token, i) => CAPITALISED.test(token) && !(i === 0 && DETERMINER.test(token)) && !TITLE_OR_FUNCTION.test(token) && !ANONYMOUS_HEADS.has(token.toLowerCase()) && !(/^\p{Lu}+$/u.test(token) && i < w.length - 1));
}

/**
 * Classify a source phrase. `context` is the whole sentence, for anonymity
 * markers that follow the source ("…, speaking on condition of anonymity").
 */
export function classifySource(phrase: string, context = '', strict = false): SourceClass {
  return classify(phrase, context !== '' && ANONYMITY.test(context), strict);
}

// The same source phrases ("police", "the ministry", "officials") come back
// in sentence after sentence: each is classified once per form of the question.
const classified = new Map<string, SourceClass>();
const MAX_CLASSIFIED = 50_000;

/** `anonymousContext`: the sentence around the phrase carries an anonymity marker. */
function classify(phrase: string, anonymousContext: boolean, strict: boolean): SourceClass {
  const key = `${strict ? 's' : 'l'}${anonymousContext ? 'a' : 'n'}${phrase}`;
  let kind = classified.get(key);
  if (kind === undefined) {
    kind = classifyPhrase(phrase, anonymousContext, strict);
    if (classified.size >= MAX_CLASSIFIED) classified.clear();
    classified.set(key, kind);
  }
  return kind;
}

function classifyPhrase(phrase: string, anonymousContext: boolean, strict: boolean): SourceClass {
  const text = phrase.trim();
  if (!text) return 'invalid';
  const w = words(text);
  if (w.length === 0 || w.length > 30) return 'invalid';
  if (w.length === 1 && PRONOUNS.has(w[0]!.toLowerCase())) return 'pronoun';
  if (ANONYMITY.test(text)) return 'anonymous';
  const { head, core } = headOf(text);
  const h = head.toLowerCase();
  // "the leader of the movement, Jane Roe": a name in apposition names the source.
  if (text.includes(',') && text.split(',').slice(1).some((part) => NAME_ONLY.test(part.trim()) && !MEDIA_NAME.test(part))) return 'named';
  // "A section of the local press", "one of the people": the real head is in the of-phrase.
  // "A coroner", "the tribunal": bodies that rule speak on the record.
  if (ADJUDICATOR_HEADS.has(h) && !/^(?:the\s+)?(?:\S+\s+)?(?:of|for)\b/i.test(text.slice(core.length))) return 'named';
  // "Westbay Now, an independent news site": an outlet described in apposition.
  if (text.includes(',') && MEDIA_MODIFIER_WORD.test(text) && text.split(',').slice(1).some((part) => /^\s*(?:a|an|the)\s/i.test(part) && mediaModified(headOf(part).core))) return 'media';
  if (PARTITIVE_HEADS.has(h) && core.length < text.length) {
    const of = /^\s*of\s+/i.exec(text.slice(core.length));
    if (of) {
      const inner = classify(text.slice(core.length + of[0].length), anonymousContext, strict);
      // Unnamed members of a named body or group are anonymous ("one of the directors").
      if (inner === 'named' && !/^(?:section|part|wing)$/.test(h)) return 'anonymous';
      if (inner !== 'invalid' && inner !== 'pronoun') return inner;
    }
  }
  const cw = words(core);
  const documentHead = DOCUMENT_HEADS.has(h) || tailIn(DOCUMENT_HEADS, cw, 2);
  if (documentHead && SCHOLARLY.test(text)) return 'document';
  if (documentHead && (YOUR_REPORT.test(core) || mediaAgent(text.slice(core.length), anonymousContext, strict))) return 'media';
  if (MEDIA_NAME.test(core) || MEDIA_SUFFIX.test(core) || mediaModified(core)) return 'media';
  if (h === 'reports' || MEDIA_HEADS.has(h) || MEDIA_HEADS.has(core.toLowerCase().replace(/^(?:the|a|an)\s+/, ''))) return 'media';
  if (documentHead) return MEDIA_NAME.test(text) ? 'media' : 'document';
  // "…, speaking on condition of anonymity, said": a marker after the source.
  if (anonymousContext) return 'anonymous';
  // A spokesperson speaks for a body on the record; bare "Rebel spokesmen" are unnamed people.
  if (SPOKESPERSON.test(h)) return /(?:men|women|people)$/i.test(h) && !/^(?:the|his|her|their|its)\s/i.test(core) && core.length === text.length ? 'anonymous' : 'named';
  // "Both men", "both companies": parties the story has already identified.
  if (/^both\s/i.test(core)) return 'named';
  // "the organisers of the march", "the government's chief negotiator", "The
  // museum's trustees": a definite, identified party; "officials", "a senior
  // official", "Coaches in the town" stay anonymous.
  // "No group has claimed…": nobody is a source.
  if (/^(?:no|none)\s/i.test(core)) return 'invalid';
  // "His lawyer", "their spokesmen": the people of a party the story has named.
  const identified = ((/^the\b/i.test(core) && (/['’]s?\s/u.test(core) || OF_DEFINITE.test(text.slice(core.length - 1)))) || /^(?:his|her|their|its|our)\s/i.test(core)) && !ADVERSARY_HEADS.has(h);
  if (AGENT_HEADS.has(h) && FOR_PARTY.test(text.slice(core.length))) return 'named';
  // "the chief executive", "the managing director": a two-word role names one person of a known body.
  if (tailIn(ROLE_HEADS, cw, 2) || tailIn(ROLE_HEADS, cw, 3)) return INDEFINITE.test(core) ? 'anonymous' : 'named';
  if (ANONYMOUS_HEADS.has(h)) return identified ? 'named' : 'anonymous';
  if (ROLE_HEADS.has(h)) {
    if (hasProperName(text) || /['’]s\b/u.test(core) || /^the\b/i.test(core)) return 'named';
    return INDEFINITE.test(core) ? 'anonymous' : 'named';
  }
  // "a group representing descendants", "a coalition of charities": an unnamed body of people.
  if (INSTITUTION_HEADS.has(h) && /^an?\s/i.test(core) && !/\p{Lu}/u.test(core.slice(1)) && /^\s*(?:representing|of|for|acting)\b/i.test(text.slice(core.length))) return 'anonymous';
  if (INSTITUTION_HEADS.has(h) || /maker$/.test(h)) return 'named';
  if (PEOPLE_PLURAL.test(h.charAt(0).toLowerCase() + h.slice(1)) && cw.filter((t) => CAPITALISED.test(t)).length <= 1) return identified ? 'named' : 'anonymous';
  // "one customer, a nurse from Leicester", "a listener": an unnamed person.
  if (!strict && /^(?:one|a|an)\s/i.test(core) && cw.length <= 3 && PERSON_SINGULAR.test(h)) return 'anonymous';
  // "the swimmer's management", "Her family": an identified party's own people.
  if (DEFINITE_POSSESSIVE.test(core) && !INDEFINITE.test(core)) return 'named';
  // A lone capitalised first word may just open the sentence ("Prices fell"):
  // weak cues need more than that to call it a name.
  const nameWords = cw.filter((t) => CAPITALISED.test(t)).length;
  if (strict && nameWords < 2 && !/^\p{Lu}{2,}$/u.test(head)) return 'invalid';
  if (CAPITALISED.test(head) && hasProperName(core)) return 'named';
  if (hasProperName(core) && w.length <= 6) return 'named';
  // "The uncle of one of the missing fishermen": a relation of someone unidentified is unnamed.
  if (!strict && OF_UNIDENTIFIED.test(text.slice(core.length)) && PLAIN_CORE.test(core)) return 'anonymous';
  return 'invalid';
}
