// Who stands behind a denial or a refusal to confirm ("The ministry declined
// to comment", "denied by his lawyers", "…, a figure police would neither
// confirm nor deny"), and the attribution record every finder returns.
import type { Attribution, Span, TextSpan } from '../types.js';
import { classifySource } from './source-kind.js';
import { leftSource, plainNounSource, rightSource, textSpan } from './source-phrase.js';

/** Stance cues that are verbs with a subject ("has denied", "declined to comment"), not adjectives ("is false"). */
export const STANCE_VERB = /^(?:has\s+|have\s+|had\s+)?(?:den(?:y|ies|ied)|reject|refut|dismiss|disput|declin|refus|debunk|contest|rebut)/i;
/** "…, a figure police would neither confirm nor deny": the refuser of an appositive figure or claim speaks last. */
const APPOSITIVE_STANCE = /,\s+(?:a|an)\s+(?:figure|number|toll|tally|estimate|claim|account|version|allegation|accusation|charge|report|assertion)\s+(?:that\s+|which\s+)?((?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}?)\s+(?:(?:would|could|did|does|do|has|have|had|will|can|cannot|has\s+not|did\s+not)\s+)?$/u;

export interface AttributionFound extends Attribution {
  /** 'pronoun' sources are resolved by the article pass. */
  pronoun?: boolean;
  /** Span of the whole attribution clause, to leave it out of the claim's content terms. */
  clause?: Span;
}

/** The party that denies or will not confirm ("The ministry declined to comment", "denied by his lawyers"). */
export function stanceSource(sentence: string, offset: number, stanceCue: [number, number]): (AttributionFound & { cue: TextSpan }) | undefined {
  const after = sentence.slice(stanceCue[1]);
  // "denied by his lawyers" (passive) names its agent; "rejected claims by a former player" does not.
  const cueText = sentence.slice(stanceCue[0], stanceCue[1]);
  const passiveCue = /\b(?:been|was|were|is|are|being|be)\b/i.test(cueText) || /\b(?:been|was|were|is|are|being|be)\s+(?:\S+\s+)?$/i.test(sentence.slice(0, stanceCue[0]));
  const agent = passiveCue ? /^\s*(?:by|from)\s+/i.exec(after) : null;
  // "could not be verified" has no party behind it; "declined to comment" has its subject.
  // "…, an accusation the militia denies": the source is inside the cue too.
  const accusation = /^(?:a|an)\s+\S+\s+(?:that\s+)?/i.exec(cueText);
  if (accusation) {
    const verb = /\s+\S+$/.exec(cueText);
    const s0 = stanceCue[0] + accusation[0].length;
    const e0 = verb ? stanceCue[0] + verb.index : s0;
    const kind = e0 > s0 ? classifySource(sentence.slice(s0, e0), sentence) : 'invalid';
    const plain = kind === 'invalid' && e0 > s0 ? plainNounSource(sentence.slice(s0, e0)) : kind;
    if (plain !== 'invalid') return result(sentence, offset, plain, [s0, e0], stanceCue) as AttributionFound & { cue: TextSpan };
  }
  // "Neither club has commented": the source is inside the cue.
  const neither = /^neither\s+(?:\S+\s+){0,3}?(?=(?:has|have|had|did|would)\b)/i.exec(cueText);
  if (neither) {
    const end = stanceCue[0] + neither[0].trimEnd().length;
    return result(sentence, offset, 'named', [stanceCue[0], end], stanceCue) as AttributionFound & { cue: TextSpan };
  }
  const passive = (/\b(?:be|been|being)\b/i.test(cueText) && /\b(?:verified|confirmed)\b/i.test(cueText)) || /^\s*(?:no|without|absence)\b/i.test(sentence.slice(stanceCue[0]));
  // "The committee is yet to confirm": the verb "is" belongs to the cue, not to a passive.
  const at = /^yet\s+to\b/i.test(cueText) ? stanceCue[0] - (/\b(?:is|are|was|were|has|have|had)\s+$/i.exec(sentence.slice(0, stanceCue[0]))?.[0].length ?? 0) : stanceCue[0];
  // "…, could neither confirm nor deny": the modal belongs to the cue.
  const modal = /\b(?:could|would|did|does|do|can|cannot|will)\s+$/i.exec(sentence.slice(0, at));
  const src = agent ? rightSource(sentence, stanceCue[1] + agent[0].length, true) : passive ? undefined : leftSource(sentence, modal ? modal.index : at);
  let kind = src ? classifySource(sentence.slice(src[0], src[1]), sentence) : 'invalid';
  // "The ombudsman rejected the finding": a denial verb speaks for its plain subject.
  if (src && kind === 'invalid' && STANCE_VERB.test(cueText)) kind = plainNounSource(sentence.slice(src[0], src[1]));
  if (!src || kind === 'invalid') return undefined;
  return result(sentence, offset, kind, src, stanceCue) as AttributionFound & { cue: TextSpan };
}

/** "…, a figure police would neither confirm nor deny": the party refusing or denying the appositive figure. */
export function appositiveStance(sentence: string, offset: number, stanceCue: [number, number]): AttributionFound | undefined {
  const before = sentence.slice(0, stanceCue[0]);
  const m = APPOSITIVE_STANCE.exec(before.length > 120 ? before.slice(-120) : before);
  if (!m) return undefined;
  const base = before.length > 120 ? before.length - 120 : 0;
  const start = base + m.index + m[0].lastIndexOf(m[1]!);
  const end = start + m[1]!.length;
  let kind = classifySource(sentence.slice(start, end), sentence);
  if (kind === 'invalid') kind = plainNounSource(sentence.slice(start, end));
  if (kind === 'invalid') return undefined;
  const modal = /\S/.test(sentence.slice(end, stanceCue[0])) ? end + (sentence.slice(end).length - sentence.slice(end).trimStart().length) : stanceCue[0];
  return result(sentence, offset, kind, [start, end], [modal, stanceCue[1]]);
}

export function result(sentence: string, offset: number, kind: ReturnType<typeof classifySource>, src: [number, number], cue: [number, number]): AttributionFound {
  const clause = { start: offset + Math.min(src[0], cue[0]), end: offset + Math.max(src[1], cue[1]) };
  return {
    kind: kind === 'pronoun' ? 'named' : (kind as Attribution['kind']),
    source: textSpan(sentence, offset, src[0], src[1]),
    cue: textSpan(sentence, offset, cue[0], cue[1]),
    ...(kind === 'pronoun' ? { pronoun: true } : {}),
    clause,
  };
}
