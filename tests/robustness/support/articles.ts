// A small deterministic generator of varied news copy for the robustness
// tests: invented towns, people and bodies, wire-style sentences with sources,
// hedges, dates, numbers and quotes. Same seed → same bytes, so every failure
// can be replayed from its seed.

/** mulberry32: a tiny seeded PRNG, good enough to vary test text. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

// Names are built from syllables so that a large corpus has a realistic spread
// of people and places, not ten names shared by every article.
const SYLLABLES = ['ka', 'vel', 'mo', 'ra', 'tin', 'os', 'wick', 'lan', 'dor', 'ie', 'sa', 'bel', 'gra', 'nu', 'fer', 'ko', 'ash', 'lu', 'min', 'tha', 'ber', 'zi', 'pol', 'ev'];
const TITLES = ['the mayor', 'the transport minister', 'a police spokesperson', 'the union leader', 'the chief engineer', 'a senior prosecutor', 'the port director', 'the health commissioner'];
const KINDS = ['Regional Water Authority', 'National Rail Company', 'Harbour Workers Union', 'Fisheries Board', 'Ministry of Transport', 'City Council', 'Power Company', 'Court of Appeal'];

function word(r: Random, min: number, max: number): string {
  let w = '';
  for (let i = r.int(min, max); i > 0; i--) w += r.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}
const town = (r: Random) => (r.int(0, 4) === 0 ? `Port ${word(r, 1, 2)}` : word(r, 2, 3));
const personName = (r: Random) => `${word(r, 1, 2)} ${word(r, 2, 3)}`;
function bodyName(r: Random): string {
  const kind = r.pick(KINDS);
  const acronym = kind.split(' ').filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  return r.int(0, 3) === 0 ? `the ${word(r, 2, 2)} ${kind} (${acronym})` : `the ${word(r, 2, 2)} ${kind}`;
}
function count(r: Random): string {
  const n = r.int(2, 5000);
  return r.pick([String(n), n.toLocaleString('en-US'), `about ${n}`, `nearly ${n}`, `more than ${n}`, 'two', 'three', 'a dozen', `${r.int(1, 99)}%`, `${r.int(1, 9)}.${r.int(1, 9)} million`]);
}
function when(r: Random): string {
  return r.pick([
    `on ${r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}`,
    'last week',
    'last month',
    `on ${r.int(1, 28)} ${r.pick(['March', 'June', 'October'])}`,
    `in ${r.int(1995, 2024)}`,
    `since ${r.int(1990, 2020)}`,
    'next week',
    'yesterday',
    'earlier this year',
    `on Nov. ${r.int(1, 30)}`,
  ]);
}
const EVENTS = ['a bridge closure', 'a strike by dock workers', 'a flood along the river', 'a fire at a warehouse', 'the collapse of a mine shaft', 'a data breach at the tax office', 'an outbreak of measles', 'the opening of a new tram line'];
const NOUNS = ['workers', 'residents', 'homes', 'trains', 'rounds of talks', 'patients', 'dollars', 'vessels', 'arrests'];
const CUES = ['said', 'told reporters', 'said in a statement', 'confirmed', 'wrote on social media', 'told the Daily Courier'];
const HEDGES = ['is thought to have', 'reportedly', 'may have', 'is believed to have', 'appears to have'];
const VERBS = ['delayed', 'approved', 'cancelled', 'blamed', 'ordered', 'funded', 'inspected', 'evacuated'];

/** One sentence in one of several wire-copy shapes. */
export function sentence(r: Random): string {
  const s = shape(r);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function shape(r: Random): string {
  const place = town(r);
  const person = personName(r);
  const body = bodyName(r);
  const amount = `${count(r)} ${r.pick(NOUNS)}`;
  const time = when(r);
  switch (r.int(0, 9)) {
    case 0:
      return `${person}, ${r.pick(TITLES)} of ${place}, ${r.pick(CUES)} that ${amount} were affected by ${r.pick(EVENTS)} ${time}.`;
    case 1:
      return `According to ${body}, ${amount} were ${r.pick(VERBS)} ${time}.`;
    case 2:
      return `"We have ${r.pick(VERBS)} ${amount} and we will not stop," ${person} said.`;
    case 3:
      return `${body} ${r.pick(HEDGES)} ${r.pick(VERBS)} ${amount} in ${place} ${time}, officials said.`;
    case 4:
      return `Sources close to ${body} said ${amount} could be ${r.pick(VERBS)} ${time}.`;
    case 5:
      return `${body} declined to confirm reports that ${amount} had been ${r.pick(VERBS)}.`;
    case 6:
      return `The ${r.pick(EVENTS).replace(/^an? /, '')} in ${place} ${time} left ${amount} without power.`;
    case 7:
      return `${person} denied that ${body} had ${r.pick(VERBS)} ${amount}.`;
    case 8:
      return `Will ${body} act before ${time.replace(/^(on|in|since) /, '')}?`;
    default:
      return `${place} has ${r.pick(VERBS)} ${amount} ${time}, ${person} told ${r.pick(['Reuters', 'the Tribune', 'local radio', 'reporters'])}.`;
  }
}

export function paragraph(r: Random, sentences = r.int(1, 4)): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(r));
  return out.join(' ');
}

export interface ArticleShape {
  paragraphs?: number;
  format?: 'text' | 'markdown';
  /** ISO date for the dateline / front matter. */
  date?: string;
}

export function isoDate(r: Random): string {
  return `20${r.int(10, 24)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

/** A whole article: dateline (plain text) or front matter (Markdown), then paragraphs. */
export function article(seed: number, shape: ArticleShape = {}): string {
  const r = new Random(seed);
  const date = shape.date ?? isoDate(r);
  const n = shape.paragraphs ?? r.int(2, 7);
  const paragraphs: string[] = [];
  for (let i = 0; i < n; i++) paragraphs.push(paragraph(r));
  if (shape.format === 'markdown') {
    const title = `${r.pick(EVENTS).replace(/^./, (c) => c.toUpperCase())} in ${town(r)}`;
    return `---\ntitle: ${title}\ndate: ${date}\nsource: ${r.pick(['Tribune', 'Wire Service', 'Daily Courier'])}\n---\n\n# ${title}\n\n${paragraphs.join('\n\n')}\n`;
  }
  return ` date ${date} ${paragraphs.join('\n\n')}\n`;
}
