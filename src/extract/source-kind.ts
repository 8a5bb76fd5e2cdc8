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
const MEDIA_MODIFIER = phraseRegExp(lex.media_modifiers, 'iu');
/** Spokespeople speak for a body on the record, named or not. */
const SPOKESPERSON = /^spokes(?:man|woman|person|men|women|people)$/i;
/** Plural nouns for people ("meteorologists", "customers"), when not in the lexicon. */
const PEOPLE_PLURAL = /^\p{Ll}[\p{L}-]*(?:ers|ors|ists|ians|ants|ents|ees)$/u;
// Outlet names are proper names: matched case-sensitively.
const MEDIA_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.media_names.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const MEDIA_SUFFIX = new RegExp(`\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s+(?:${lex.media_name_suffixes.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

/** Words that end the "core" of a source phrase: what follows qualifies it. */
const CORE_END = /\s*(?:,|\(|\b(?:released|published|compiled|obtained|seen|reviewed|filed|issued|prepared|commissioned|conducted|carried|written|signed|sent|dated|involving|surveyed|polled|interviewed|reached|quoted|cited|by|loyal|who|which|whose)\b|\bof\b|\bfor\b|\bat\b|\bin\b|\bfrom\b|\bwith\b|\bbased\b|\bwho\b|\bwhich\b|\bthat\b|\bfamiliar\b|\bclose\b|\bbriefed\b|\bspeaking\b|\bon\b|\bto\b|\bwhose\b|\bwithin\b|\binside\b|\bamong\b|\bnear\b|\baround\b)/i;
const DETERMINER = /^(?:the|a|an|one|two|three|four|five|six|several|some|many|other|another|most|few|both|all|various|senior|top|local|two|this|that|these|those)$/i;
const INDEFINITE = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other|another|few|various|\d+)\b/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const TITLE_OR_FUNCTION = /^(?:The|A|An|Mr|Mrs|Ms|Dr|Prof|Sir|Dame|President|Prime|Minister|Deputy|Acting|Former|Senior|Chief|General|Gen|Col|Lt|Maj|Capt|Sgt|Gov|Sen|Rep|Judge|Justice|Secretary|Ambassador|Spokesman|Spokeswoman|Spokesperson|In|On|At|According|Officials?|Sources?|But|And|However|Meanwhile|Earlier|Later|He|She|They|It|We|I)$/;

const NAME_ONLY = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*$/u;

export type SourceClass = AttributionKind | 'pronoun' | 'invalid';

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The head noun: last word of the phrase before its qualifiers. */
export function headOf(phrase: string): { head: string; core: string } {
  const m = CORE_END.exec(phrase);
  const core = (m && m.index > 0 ? phrase.slice(0, m.index) : phrase).trim();
  const w = words(core);
  return { head: (w[w.length - 1] ?? '').replace(/['’]s$/u, ''), core };
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
  const text = phrase.trim();
  if (!text) return 'invalid';
  const w = words(text);
  if (w.length === 0 || w.length > 30) return 'invalid';
  if (w.length === 1 && PRONOUNS.has(w[0]!.toLowerCase())) return 'pronoun';
  if (ANONYMITY.test(text) || (context && ANONYMITY.test(context))) return 'anonymous';
  const { head, core } = headOf(text);
  const h = head.toLowerCase();
  // "the leader of the movement, Jane Roe": a name in apposition names the source.
  if (text.includes(',') && text.split(',').slice(1).some((part) => NAME_ONLY.test(part.trim()) && !MEDIA_NAME.test(part))) return 'named';
  if (MEDIA_NAME.test(core) || MEDIA_SUFFIX.test(core) || MEDIA_MODIFIER.test(core)) return 'media';
  if (h === 'reports' || MEDIA_HEADS.has(h) || MEDIA_HEADS.has(core.toLowerCase().replace(/^(?:the|a|an)\s+/, ''))) return 'media';
  if (DOCUMENT_HEADS.has(h)) return MEDIA_NAME.test(text) ? 'media' : 'document';
  if (SPOKESPERSON.test(h)) return 'named';
  // "the organisers of the march", "the government's chief negotiator": a
  // definite, identified party; "officials", "a senior official" stay anonymous.
  if (ANONYMOUS_HEADS.has(h)) return /^the\b/i.test(core) && (/['’]s\b/u.test(core) || /^[^,]*\bof\s+the\b/i.test(text.slice(core.length - 1))) && !ANONYMITY.test(text) ? 'named' : 'anonymous';
  if (ROLE_HEADS.has(h)) {
    if (hasProperName(text) || /['’]s\b/u.test(core) || /^the\b/i.test(core)) return 'named';
    return INDEFINITE.test(core) ? 'anonymous' : 'named';
  }
  if (INSTITUTION_HEADS.has(h) || /maker$/.test(h)) return 'named';
  if (PEOPLE_PLURAL.test(h.charAt(0).toLowerCase() + h.slice(1)) && words(core).filter((t) => CAPITALISED.test(t)).length <= 1) return 'anonymous';
  // A lone capitalised first word may just open the sentence ("Prices fell"):
  // weak cues need more than that to call it a name.
  const nameWords = words(core).filter((t) => CAPITALISED.test(t)).length;
  if (strict && nameWords < 2 && !/^\p{Lu}{2,}$/u.test(head)) return 'invalid';
  if (CAPITALISED.test(head) && hasProperName(core)) return 'named';
  if (hasProperName(core) && w.length <= 6) return 'named';
  return 'invalid';
}
