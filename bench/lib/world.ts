// The invented world the stories happen in: countries with their people,
// towns, outlets and institutions, and a set of international news outlets.
// Entry i of every pool is built from its own seeded stream, so it is the same
// whatever else is generated, and pools grow with the corpus: a bigger corpus
// mentions more countries, while a few countries appear in many stories.
import { hashSeed, Random } from './prng.js';
import { countryName, demonym, orgName, personName, STYLES, townName, word, type OrgName, type PersonName, type Style } from './names.js';

export interface Figure extends PersonName {
  style: Style;
  /** Title used before the name ("President"). */
  office: string;
}

export interface Country {
  index: number;
  name: string;
  adj: string;
  style: Style;
  capital: string;
  cities: string[];
  provinces: string[];
  leaders: Figure[];
  outlets: OrgName[];
  thinktanks: OrgName[];
  ngos: OrgName[];
  currency: string;
  population: number;
}

const CURRENCIES = ['dinars', 'crowns', 'marks', 'shillings', 'pesos', 'riyals', 'soms', 'lira', 'francs', 'rand', 'dollars', 'leks', 'kips'];

export class World {
  private readonly countries = new Map<number, Country>();
  private readonly outlets = new Map<number, OrgName>();

  constructor(readonly seed: number) {}

  /** How many countries the stories of cluster c may be set in. */
  countryPool(cluster: number): number {
    return 12 + Math.floor(cluster / 6);
  }

  country(index: number): Country {
    let c = this.countries.get(index);
    if (!c) {
      c = this.buildCountry(index);
      this.countries.set(index, c);
    }
    return c;
  }

  /** International outlets every story may cite; 10 big ones and a long tail. */
  outlet(index: number): OrgName {
    let o = this.outlets.get(index);
    if (!o) {
      const rng = new Random(hashSeed(this.seed, 'outlet', index));
      o = orgName(rng, 'outlet', rng.pick(STYLES), word(rng, rng.pick(STYLES), 2, 2));
      this.outlets.set(index, o);
    }
    return o;
  }

  private buildCountry(index: number): Country {
    const rng = new Random(hashSeed(this.seed, 'country', index));
    const style = STYLES[index % STYLES.length]!;
    const name = countryName(rng, style);
    const capital = townName(rng, style);
    const provinces = Array.from({ length: rng.int(3, 6) }, () => word(rng, style, 2, 3));
    const cities = Array.from({ length: rng.int(3, 6) }, () => townName(rng, style));
    const leaders: Figure[] = Array.from({ length: rng.int(2, 3) }, (_, i) => ({
      ...personName(rng, style),
      style,
      office: i === 0 ? rng.pick(['President', 'Prime Minister', 'Premier']) : rng.pick(['Prime Minister', 'Vice President', 'Opposition leader', 'Speaker']),
    }));
    const outlets = Array.from({ length: 2 }, () => orgName(rng, 'outlet', style, rng.chance(0.5) ? capital : word(rng, style, 2, 2)));
    const thinktanks = Array.from({ length: 2 }, () => orgName(rng, 'thinktank', style, capital));
    const ngos = Array.from({ length: 2 }, () => orgName(rng, 'ngo', style, rng.pick(provinces)));
    return {
      index,
      name,
      adj: demonym(name),
      style,
      capital,
      cities,
      provinces,
      leaders,
      outlets,
      thinktanks,
      ngos,
      currency: rng.pick(CURRENCIES),
      population: rng.int(2, 140),
    };
  }
}
