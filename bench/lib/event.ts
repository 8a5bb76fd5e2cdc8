// One invented event, the shared truth behind a cluster of 2–6 articles: who
// took part, where, when, the numbers, the quotes. Articles differ from it only
// in how they tell it, and in the conflicts planted in one of them.
import type { Country, Figure, World } from './world.js';
import { genderTitle, nameData, orgName, personName, type OrgName } from './names.js';
import { hashSeed, Random } from './prng.js';
import { dayOf, MONTHS, WEEKDAYS, parts } from './dates.js';
import { drawValue, type NumberSpec } from './numbers.js';
import { fixChoices, loadTemplates, render, type Context } from './template.js';

export interface FactSpec {
  id: string;
  subj: string;
  verb: [string, string, string];
  rest: string;
  dated?: boolean;
  num?: string;
  plural?: boolean;
}

export interface KindSpec {
  orgA: string;
  orgB: string;
  numbers: Record<string, NumberSpec>;
  facts: FactSpec[];
  ministers: string[];
  things: string[];
  quotes: string[];
  phrases: string[];
  details: string[];
  background: string[];
}

export interface Person {
  key: string;
  given: string;
  family: string;
  gender: 'm' | 'f';
  /** Appositive title ("a spokesman for \u0001orgA\u0002"); may hold markers. */
  title: string;
  /** Title that can stand before the name ("Interior Minister"), when there is one. */
  office?: string;
  style: Country['style'];
}

export interface Org extends OrgName {
  key: string;
  style: Country['style'];
}

export interface EventQuote {
  text: string;
  speaker: string;
}

export interface NewsEvent {
  cluster: number;
  kindName: string;
  kind: KindSpec;
  /** The kind's facts and background with the per-event choices made. */
  facts: FactSpec[];
  details: string[];
  background: string[];
  country: Country;
  other: Country;
  day: number;
  people: Record<string, Person>;
  orgs: Record<string, Org>;
  numbers: Record<string, { spec: NumberSpec; value: number }>;
  quotes: EventQuote[];
  phrases: string[];
  /** The town the event happens in, and how copy places it on first mention. */
  city: { name: string; appositive: string };
  /** Slots that do not change between the articles of the cluster. */
  ctx: Context;
}

const templates = loadTemplates('events');
export const kinds: Record<string, KindSpec> = templates.kinds;
const quoteTails: string[] = templates.quote_tails;
const KIND_NAMES = Object.keys(kinds);

/** Entities are written as markers and resolved per article (first mention gets the full form). */
export const marker = (key: string) => `\u0001${key}\u0002`;

const FIRST_DAY = dayOf('2018-01-01');
const LAST_DAY = dayOf('2025-06-30');

function person(key: string, rng: Random, style: Country['style'], title: string, office?: string): Person {
  const name = personName(rng, style);
  return { key, ...name, title: genderTitle(title, name.gender), office, style };
}

function fromFigure(key: string, f: Figure, country: Country): Person {
  return { key, given: f.given, family: f.family, gender: f.gender, style: f.style, office: f.office, title: `the ${country.adj} ${f.office.toLowerCase()}` };
}

export function buildEvent(world: World, cluster: number): NewsEvent {
  const rng = new Random(hashSeed(world.seed, 'event', cluster));
  const kindName = rng.pick(KIND_NAMES);
  const kind = kinds[kindName]!;
  const country = world.country(rng.skewed(world.countryPool(cluster)));
  let other = world.country(rng.skewed(world.countryPool(cluster)));
  if (other === country) other = world.country(country.index + 1);
  const style = country.style;
  const province = rng.pick(country.provinces);
  const city = rng.pick(country.cities);
  const titles = nameData.titles;

  const orgs: Record<string, Org> = {};
  const org = (key: string, type: string, place: string) => {
    // NGOs and think tanks recur across stories of a country; the rest are new
    const recurring = type === 'ngo' ? country.ngos : type === 'thinktank' ? country.thinktanks : undefined;
    const used = new Set(Object.values(orgs).map((x) => x.name));
    const fresh = recurring?.filter((r) => !used.has(r.name)) ?? [];
    const o = fresh.length && rng.chance(0.7) ? rng.pick(fresh) : orgName(rng, type, style, place);
    orgs[key] = { key, style, ...o };
  };
  org('orgA', kind.orgA, kind.orgA === 'centralbank' || rng.chance(0.5) ? country.name : province);
  org('orgB', kind.orgB, rng.chance(0.5) ? province : country.name);
  org('tank', 'thinktank', country.capital);
  org('ngo', 'ngo', province);

  const ministerRole = rng.pick(titles.ministerPrefix as string[]) + rng.pick(kind.ministers);
  const leaderTitles: string[] = titles.leader[kind.orgA] ?? titles.leader.ngo;
  const fill = (t: string, orgKey: string) => t.replace('{org}', marker(orgKey)).replace('{province}', province).replace('{city}', city).replace('{capital}', country.capital);
  const head = country.leaders[0]!;
  const people: Record<string, Person> = {
    P1: person('P1', rng, style, fill(rng.pick(leaderTitles), 'orgA')),
    P2: person('P2', rng, style, fill(rng.pick(titles.spokesperson as string[]), 'orgA')),
    P3: person('P3', rng, style, `the ${country.adj} ${ministerRole}`, ministerRole.replace(/\b\w/g, (c) => c.toUpperCase())),
    P4: person('P4', rng, style, fill(rng.pick(titles.analyst as string[]), 'tank')),
    P5: fromFigure('P5', head, country),
    P6: person('P6', rng, style, fill(rng.pick(titles.local as string[]), 'orgA')),
    P7: person('P7', rng, other.style, `the ${other.adj} ${rng.pick(['foreign minister', 'special envoy', 'deputy foreign minister', 'ambassador to ' + country.name])}`),
  };

  const numbers: NewsEvent['numbers'] = {};
  for (const [name, spec] of Object.entries(kind.numbers)) numbers[name] = { spec, value: drawValue(spec, rng) };

  const day = rng.int(FIRST_DAY, LAST_DAY);
  const year = parts(day).y;
  const since = year - rng.int(3, 20);
  const ctx: Context = {
    country: country.name,
    Country: country.name,
    countryAdj: country.adj,
    capital: country.capital,
    Capital: country.capital,
    city: marker('city'),
    province,
    other: other.name,
    otherAdj: other.adj,
    otherCapital: other.capital,
    gov: (r) => r.pick([`the ${country.adj} government`, `the government in ${country.capital}`, `${country.name}'s government`, `the government`]),
    ministry: `the ${country.adj} ${ministerRole.replace(/^(deputy|acting|former|junior) /, '').replace(/ minister$/, '').replace(/^minister for /, '')} ministry`,
    police: (r) => r.pick([`${country.adj} police`, `police in ${province}`, 'police', 'security forces']),
    founded: String(since - rng.int(0, 15)),
    since: String(since),
    priorYear: String(year - rng.int(1, 4)),
    priorMonth: MONTHS[(parts(day).m + 11 - rng.int(1, 3)) % 12]!,
    weekday: WEEKDAYS[parts(day).wd]!,
    seatsTotal: String(rng.int(120, 450)),
    population: String(country.population),
    provincePop: (r) => `${r.int(2, 9)}.${r.int(1, 9)} million`,
    growth: `${rng.int(0, 7)}.${rng.int(0, 9)}`,
    share: String(rng.int(4, 38)),
    clock: (r) => `${r.int(1, 12)}${r.pick([':00', ':15', ':30', ':45', ''])} ${r.pick(['a.m.', 'p.m.'])}`,
    utc: `${rng.int(0, 23).toString().padStart(2, '0')}${rng.pick(['00', '15', '30', '45'])}`,
    unemployment: `${rng.int(3, 24)}.${rng.int(0, 9)}`,
    currency: country.currency.replace(/s$/, ''),
  };
  for (const key of Object.keys(orgs)) ctx[key] = marker(key);
  for (const key of Object.keys(people)) ctx[key] = marker(key);

  // The quoted words are fixed per event: every article quotes the same line.
  const speakers = ['P2', 'P3', 'P1', 'P6', 'P5'];
  const quotes = rng.sample(kind.quotes, 3).map((q, i) => ({
    text: render(q + rng.pick(quoteTails), { ...ctx, yearsThere: String(rng.int(4, 40)) }, rng),
    speaker: speakers[(i + rng.int(0, 1)) % speakers.length]!,
  }));
  const facts = kind.facts.map((f) => ({ ...f, subj: fixChoices(f.subj, rng), rest: fixChoices(f.rest, rng) }));
  const background = kind.background.map((b) => fixChoices(b, rng));
  ctx.thing = (r) => r.pick(kind.things);
  const km = rng.int(12, 400);
  const where = rng.pick([
    `about ${km} km (${Math.round(km * 0.621)} miles) ${rng.pick(['north', 'south', 'east', 'west', 'northwest', 'southeast', 'northeast', 'southwest'])} of ${country.capital}`,
    `a ${rng.pick(['town', 'city', 'port city', 'market town'])} of about ${rng.int(15, 900) * 1000} people in ${province} province`,
    `the capital of ${province} province`,
    `near the border with ${other.name}`,
  ]);
  const cityInfo = { name: city, appositive: where.replace(/(\d)(\d{3}) people/, '$1,$2 people') };
  return { cluster, kindName, kind, city: cityInfo, facts, details: kind.details, background, country, other, day, people, orgs, numbers, quotes, phrases: kind.phrases, ctx };
}
