// Tells one event as one article: picks which facts to report and how sure
// and whose word each is, adds quotes, background, context, reactions and
// analysis, groups sentences into paragraphs, then writes each entity in full
// on first mention and short after ("Ana Velic, the interior minister" → "Velic").
import { datePhrase } from './dates.js';
import { marker, type FactSpec, type NewsEvent, type Org, type Person } from './event.js';
import { renderNumber } from './numbers.js';
import type { Random } from './prng.js';
import { loadTemplates, render, type Context } from './template.js';

export type Mention = 'title' | 'office' | 'name' | 'org' | 'place';

export type Level = 'asserted' | 'named' | 'media' | 'anonymous' | 'document' | 'hedged' | 'unconfirmed' | 'denied';

const frames = loadTemplates('frames');
const LEVELS: ReadonlyArray<readonly [Level, number]> = [
  ['asserted', 20], ['named', 34], ['media', 10], ['anonymous', 11], ['document', 6], ['hedged', 10], ['unconfirmed', 5], ['denied', 4],
];
// Frames that use the bare verb ("did not {base}") cannot take a passive ("be wounded").
const activeFrames = new Map<Level, string[]>();
const passiveFrames = new Map<Level, string[]>();
for (const [level] of LEVELS) {
  activeFrames.set(level, frames.certainty[level]);
  passiveFrames.set(level, (frames.certainty[level] as string[]).filter((f) => !f.includes('{base}')));
}

/** What one article of a cluster does differently: its date, outlet, and the planted conflicts. */
export interface ArticlePlan {
  index: number;
  /** Publication day (days since epoch). */
  pubDay: number;
  /** Planted date conflict: the event day as this article tells it. */
  eventDay: number;
  numbers: Record<string, number>;
  titles: Record<string, string>;
  /** Planted spelling variants: key → full replacement of a person's family name or an org's name. */
  spellings: Record<string, string>;
  mainLevel?: Level;
  quoteSpeakers: Record<number, string>;
  /** The outlet publishing the article, and one it cites. */
  outlet: string;
  cited: string;
}

export interface Body {
  headline: string;
  /** Paragraphs of sentences, markers resolved. */
  paragraphs: string[][];
  /** What each sentence is (lead, fact, quote, background...), for genres with sections. */
  kinds: string[][];
  /** Entities the article names, and how it introduced people: 'title', 'office' or 'name'. */
  mentions: Record<string, Mention>;
}

interface Item {
  kind: 'fact' | 'quote' | 'detail' | 'background' | 'context' | 'reaction' | 'analysis';
  text: string;
  order: number;
}

const ORDER_BASE: Record<Item['kind'], number> = { fact: 0.15, detail: 0.25, quote: 0.3, reaction: 0.5, background: 0.55, context: 0.6, analysis: 0.8 };
const GENERIC = new Set<Item['kind']>(['context', 'reaction', 'analysis']);
// Most sentences in news copy carry a source; background often gets one tacked on.
const TAIL_CHANCE = 0.35;
const ATTRIBUTED = /\b(said|says|told|according to|reported|showed|show|estimates|warned|expects)\b/;
const TAILS = ['{named} said', 'according to {doc}', '{outlet} reported', '{anon} said', 'officials said', '{named} told {outlet}'];

export function tellEvent(event: NewsEvent, plan: ArticlePlan, rng: Random, targetBytes: number): Body {
  const digitsStyle = rng.chance(0.3);
  const currency = rng.chance(0.5) ? '$' : event.country.currency;
  const ctx: Context = { ...event.ctx, outlet: plan.cited };
  for (const [name, { spec, value }] of Object.entries(event.numbers)) {
    const v = plan.numbers[name] ?? value;
    ctx[name] = (r) => renderNumber(spec, v, r, { digitsStyle, currency });
  }
  ctx.anon = (r) => render(r.pick(frames.anon as string[]), ctx, r);
  ctx.doc = (r) => render(r.pick(frames.doc as string[]), ctx, r);
  const namedSources = [marker('P2'), marker('P3'), marker('P6'), marker('P1'), marker('P5'), event.ctx.ministry as string, marker('orgA')];
  const deniers = [marker('P2'), marker('P3'), event.ctx.ministry as string, marker('orgA'), marker('P1')];
  ctx.named = (r) => r.pick(namedSources);
  ctx.denier = (r) => r.pick(deniers);
  ctx.confirmer = (r) => r.pick(deniers);

  const factText = (fact: FactSpec, level: Level): string => {
    const [base, past, pp] = fact.verb;
    const plural = !!fact.plural;
    const S = render(fact.subj, ctx, rng);
    // nobody is the source of a claim about themselves ("X said X had ...")
    const sources = S.includes('\u0001') ? namedSources.filter((n) => !S.includes(n)) : namedSources;
    const fctx: Context = {
      ...ctx,
      S,
      named: (r) => r.pick(sources),
      rest: render(fact.rest, ctx, rng),
      base, past, pp,
      when: fact.dated ? ' ' + datePhrase(plan.eventDay, plan.pubDay, rng.next()) : '',
      is: plural ? 'are' : 'is',
      appears: plural ? 'appear' : 'appears',
    };
    const list = base.startsWith('be ') ? passiveFrames.get(level)! : activeFrames.get(level)!;
    return render(rng.pick(list), fctx, rng);
  };

  const facts = event.facts;
  const main = facts[0]!;
  const items: Item[] = [];
  const add = (kind: Item['kind'], text: string) => items.push({ kind, text, order: ORDER_BASE[kind] + rng.next() * 0.5 });

  const leadLevel = plan.mainLevel ?? (plan.index === 0 ? rng.pick<Level>(['asserted', 'named', 'named']) : rng.weighted(LEVELS));
  const lead = factText(main, leadLevel);
  const others = facts.slice(1).filter(() => rng.chance(0.8));
  for (const fact of others.length >= 2 ? others : rng.sample(facts.slice(1), 2)) add('fact', factText(fact, rng.weighted(LEVELS)));
  // Copy often restates the main fact further down, on someone's word.
  if (!plan.mainLevel && rng.chance(0.4)) add('fact', factText(main, rng.pick<Level>(['named', 'media', 'document'])));
  event.quotes.forEach((q, i) => {
    if (rng.chance(i * 0.2)) return;
    const qctx: Context = { ...ctx, q: q.text, speaker: marker(plan.quoteSpeakers[i] ?? q.speaker) };
    add('quote', render(rng.pick(frames.quote as string[]), qctx, rng));
  });
  if (rng.chance(0.4)) add('quote', render(rng.pick(frames.partial as string[]), { ...ctx, speaker: marker(rng.pick(['P4', 'P6', 'P7'])), phrase: rng.pick(event.phrases) }, rng));

  // Then material up to the target size, mostly about this event (details,
  // background) and less of the generic context, reaction and analysis that
  // unrelated stories share. No template twice in one article.
  const pools: Array<{ kind: Item['kind']; list: string[]; weight: number; min: number }> = [
    { kind: 'detail', list: rng.shuffle(event.details.slice()), weight: 5, min: 1 },
    { kind: 'background', list: rng.shuffle(event.background.slice()), weight: 4, min: 1 },
    { kind: 'context', list: rng.shuffle((frames.context as string[]).slice()), weight: 1, min: rng.int(0, 1) },
    { kind: 'reaction', list: rng.shuffle((frames.reaction as string[]).slice()), weight: 1, min: rng.int(0, 1) },
    { kind: 'analysis', list: rng.shuffle((frames.analysis as string[]).slice()), weight: 1, min: rng.int(0, 1) },
  ];
  const filler = (pool: (typeof pools)[number]) => {
    let text = render(pool.list.pop()!, ctx, rng);
    if (pool.kind !== 'analysis' && pool.kind !== 'reaction' && !ATTRIBUTED.test(text) && text.endsWith('.') && rng.chance(TAIL_CHANCE)) {
      text = `${text.slice(0, -1)}, ${render(rng.pick(TAILS), ctx, rng)}.`;
    }
    add(pool.kind, text);
    return text.length + 2;
  };
  for (const pool of pools) {
    for (let i = 0; i < pool.min && pool.list.length; i++) filler(pool);
  }
  let bytes = lead.length + items.reduce((n, it) => n + it.text.length + 2, 0);
  // At most 15 paragraphs of 3 sentences, and at most a quarter of the
  // sentences from the generic pools that unrelated stories share.
  while (bytes < targetBytes && items.length < 40) {
    const generic = items.filter((it) => GENERIC.has(it.kind)).length;
    const open = pools.filter((p) => p.list.length > 0 && (!GENERIC.has(p.kind) || generic < Math.max(2, (items.length + 1) / 4)));
    if (!open.length) break;
    bytes += filler(rng.weighted(open.map((p) => [p, p.weight] as const)));
  }
  items.sort((a, b) => a.order - b.order);

  const resolver = new Resolver(event, plan, rng);
  const sentences = [lead, ...items.map((it) => it.text)].map((s) => resolver.sentence(s));
  const sentenceKinds = ['lead', ...items.map((it) => it.kind)];
  joinShortSentences(sentences, sentenceKinds, rng);
  const sizes = paragraphSizes(sentences.length, rng);
  const paragraphs: string[][] = [];
  const kinds: string[][] = [];
  let at = 0;
  for (const size of sizes) {
    paragraphs.push(sentences.slice(at, at + size));
    kinds.push(sentenceKinds.slice(at, at + size));
    at += size;
  }
  const headResolver = new Resolver(event, plan, rng, true);
  const headline = headResolver.sentence(`${render(main.subj, ctx, rng)} ${main.verb[1]} ${render(main.rest, ctx, rng)}`);
  return { headline, paragraphs, kinds, mentions: Object.fromEntries(resolver.mentions) };
}

const JOINABLE_KINDS = new Set(['detail', 'background', 'context', 'reaction']);
const JOINABLE_START = /^(The|A|An|It|Its|Officials|Most|Several|Some|Two|Three|Both|Many|Critics|Authorities) /;

/**
 * Real copy runs about 150–180 characters a sentence; template sentences are
 * shorter. Join some short neighbours ("X declined to comment, and the
 * ministry did not respond.") so a megabyte holds a realistic number of sentences.
 */
function joinShortSentences(sentences: string[], kinds: string[], rng: Random): void {
  let joined = -1;
  for (let i = sentences.length - 2; i >= 1; i--) {
    if (i + 1 === joined) continue; // one join per sentence: no run-ons
    const [a, b] = [sentences[i]!, sentences[i + 1]!];
    if (!JOINABLE_KINDS.has(kinds[i]!) || !JOINABLE_KINDS.has(kinds[i + 1]!)) continue;
    if (a.length + b.length > 240 || !a.endsWith('.') || a.includes('"') || b.includes('"') || !JOINABLE_START.test(b)) continue;
    if (!rng.chance(0.7)) continue;
    const joiner = rng.pick([', and ', '; ', ', while ']);
    sentences.splice(i, 2, a.slice(0, -1) + joiner + b.charAt(0).toLowerCase() + b.slice(1));
    kinds.splice(i + 1, 1);
    joined = i;
  }
}

/** 6–15 paragraphs of 1–3 sentences, the lead paragraph short. */
function paragraphSizes(n: number, rng: Random): number[] {
  let p = Math.round(n / (1.3 + rng.next() * 0.7));
  p = Math.max(Math.min(p, 15), Math.min(6, n), Math.ceil(n / 3));
  const sizes = new Array<number>(p).fill(1);
  let left = n - p;
  for (let guard = 0; left > 0 && guard < 1000; guard++) {
    const i = rng.int(0, p - 1);
    if (sizes[i]! < (i === 0 ? 2 : 3)) {
      sizes[i]!++;
      left--;
    }
  }
  return sizes;
}

const MARKER_RE = /\u0001(\w+)\u0002/g;
const NO_COMMA_AFTER = new Set([',', '.', ';', ':', '"', '?', '']);

/** Writes entities in full on first mention and short afterwards, per article. */
class Resolver {
  readonly mentions = new Map<string, Mention>();
  /** House style for later mentions: "Velic", "Ms Velic" or "Ms. Velic" (a period that sentence splitters must not end on). */
  private readonly honorific: '' | '.' | undefined;

  constructor(private readonly event: NewsEvent, private readonly plan: ArticlePlan, private readonly rng: Random, private readonly short = false) {
    const u = rng.next();
    this.honorific = u < 0.6 ? undefined : u < 0.8 ? '' : '.';
  }

  sentence(text: string): string {
    const s = this.resolve(text);
    const i = s.startsWith('"') ? 1 : 0;
    return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
  }

  private resolve(text: string): string {
    return text.replace(MARKER_RE, (m, key: string, offset: number, all: string) => this.entity(key, all.charAt(offset + m.length)));
  }

  private entity(key: string, next: string): string {
    const first = !this.mentions.has(key);
    const person = this.event.people[key];
    if (person) return this.person(person, first && !this.short, next);
    const org = this.event.orgs[key];
    if (org) return this.org(org, first && !this.short, next);
    if (key === 'city') {
      this.mentions.set(key, 'place');
      const { name, appositive } = this.event.city;
      // "in Velmora, about 80 km north of the capital, on Tuesday"
      if (!first || this.short || next === "'" || this.rng.chance(0.4)) return name;
      return `${name}, ${appositive}${NO_COMMA_AFTER.has(next) ? '' : ','}`;
    }
    throw new Error(`unknown entity marker ${key}`);
  }

  private person(p: Person, first: boolean, next: string): string {
    const family = this.plan.spellings[p.key] ?? p.family;
    if (!first) {
      this.mentions.set(p.key, this.mentions.get(p.key) ?? 'name');
      return this.honorific === undefined ? family : `${p.gender === 'f' ? 'Ms' : 'Mr'}${this.honorific} ${family}`;
    }
    const full = `${p.given} ${family}`;
    const title = this.plan.titles[p.key] ?? p.title;
    if (p.office && !this.plan.titles[p.key] && this.rng.chance(0.5)) {
      this.mentions.set(p.key, 'office');
      return `${p.office} ${full}`;
    }
    this.mentions.set(p.key, next === "'" ? 'name' : 'title');
    if (next === "'") return full;
    return `${full}, ${this.resolve(title)}${NO_COMMA_AFTER.has(next) ? '' : ','}`;
  }

  private org(o: Org, first: boolean, next: string): string {
    this.mentions.set(o.key, 'org');
    const name = this.plan.spellings[o.key] ?? o.name;
    if (!o.acronym) return o.article + name;
    if (!first) return this.rng.chance(0.85) ? o.article + o.acronym : o.article + name;
    const u = this.rng.next();
    if (u < 0.55 || next === "'") return `${o.article}${name} (${o.acronym})`;
    if (u < 0.8) return `${o.article}${name}, ${this.rng.chance(0.5) ? 'or' : 'known as'} ${o.acronym}${NO_COMMA_AFTER.has(next) ? '' : ','}`;
    return o.article + name;
  }
}
