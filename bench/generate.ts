// Deterministic generator of realistic multi-source news corpora: clusters of
// 2–6 articles on the same invented event, told in varied styles, with
// conflicts planted between the articles of a cluster (date, number, hedge vs
// fact, title, spelling of a name, who said a quote).
//
//   node dist/bench/generate.js <dir> <articles> [seed] [--truth file.json]
//
// Same seed → same bytes. Cluster c is built from its own seeded stream, so a
// corpus of 500 is (but for its last cluster) the start of the corpus of 2,000.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tellEvent, type ArticlePlan, type Body, type Level } from './lib/article.js';
import { buildEvent, marker, type NewsEvent } from './lib/event.js';
import { formatArticle, GENRES, type Masthead } from './lib/format.js';
import { genderTitle, nameData, personName, spellingVariant } from './lib/names.js';
import { conflictingValue } from './lib/numbers.js';
import { hashSeed, Random } from './lib/prng.js';
import { render } from './lib/template.js';
import { World } from './lib/world.js';

export type ConflictType = 'date' | 'number' | 'certainty' | 'title' | 'spelling' | 'quote';

/** A conflict planted between the first article of a cluster and another one. */
export interface PlantedConflict {
  type: ConflictType;
  cluster: number;
  files: [string, string];
  detail: string;
}

export interface GenerateResult {
  files: number;
  bytes: number;
  clusters: number;
  planted: PlantedConflict[];
}

const CONFLICTS: ConflictType[] = ['date', 'number', 'certainty', 'title', 'spelling', 'quote'];

const outletName = (name: string) => (/(Times|Herald|Post|Tribune|Observer|Gazette|Chronicle|Daily|Courier|Agency|Wire)$/.test(name) ? 'the ' + name : name);
const slugify = (s: string) => s.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-').slice(0, 30);

export function generateCorpus(dir: string, articles: number, seed = 1, options: { truth?: string } = {}): GenerateResult {
  mkdirSync(dir, { recursive: true });
  const world = new World(seed);
  const result: GenerateResult = { files: 0, bytes: 0, clusters: 0, planted: [] };
  for (let cluster = 0; result.files < articles; cluster++) {
    const rng = new Random(hashSeed(seed, 'cluster', cluster));
    const size = Math.min(rng.int(2, 6), articles - result.files);
    const event = buildEvent(world, cluster);
    const plans = planCluster(world, event, size, rng);
    const names: string[] = [];
    const mentions: Array<Body['mentions']> = [];
    for (const plan of plans) {
      const arng = new Random(hashSeed(seed, 'article', cluster, plan.index));
      const body = tellEvent(event, plan, arng, arng.int(1100, 3000));
      const genre = arng.weighted(GENRES);
      const authorStyle = event.country.style;
      const a1 = personName(arng, authorStyle);
      const a2 = personName(arng, authorStyle);
      const slug = slugify(body.headline.split(' ').slice(0, 6).join(' '));
      const orgA = event.orgs.orgA!;
      const orgAName = plan.spellings.orgA ?? orgA.name;
      const masthead: Masthead = {
        pubDay: plan.pubDay,
        outlet: plan.outlet.replace(/^the /, ''),
        capital: event.country.capital,
        authors: [`${a1.given} ${a1.family}`, `${a2.given} ${a2.family}`],
        issuer: orgA.article + orgAName,
        about: `${orgA.article ? 'The ' : ''}${orgAName} was founded in ${event.ctx.founded as string} and is based in ${event.country.capital}.`,
        slug,
      };
      const { text, ext } = formatArticle(genre, body, masthead, arng);
      mentions.push(body.mentions);
      const name = `${String(cluster).padStart(5, '0')}-${plan.index}-${slugify(plan.outlet.replace(/^the /, ''))}.${ext}`;
      writeFileSync(join(dir, name), text);
      names.push(name);
      result.files++;
      result.bytes += Buffer.byteLength(text);
    }
    for (const c of plantedOf(event, plans, names, mentions)) result.planted.push(c);
    result.clusters++;
  }
  if (options.truth) writeFileSync(options.truth, JSON.stringify(result.planted, null, 1) + '\n');
  return result;
}

// A plan plus the conflicts planted in its article (detail starts with the entity key for titles and spellings).
type Plan = ArticlePlan & { planted?: Array<{ type: ConflictType; detail: string }> };

function planCluster(world: World, event: NewsEvent, size: number, rng: Random): Plan[] {
  const firstPub = event.day + rng.int(0, 2);
  const outlets = new Set<string>();
  const plans: Plan[] = [];
  for (let index = 0; index < size; index++) {
    let outlet = '';
    for (let guard = 0; guard < 10 && (!outlet || outlets.has(outlet)); guard++) {
      outlet = outletName(rng.chance(0.6) ? world.outlet(rng.skewed(60)).name : rng.pick(event.country.outlets).name);
    }
    outlets.add(outlet);
    let cited = outlet;
    for (let guard = 0; guard < 10 && cited === outlet; guard++) cited = outletName(world.outlet(rng.skewed(30)).name);
    plans.push({
      index, pubDay: index === 0 ? firstPub : firstPub + rng.int(0, 3), eventDay: event.day,
      numbers: {}, titles: {}, spellings: {}, quoteSpeakers: {}, outlet, cited,
    });
  }
  if (size < 2) return plans;
  for (const type of rng.sample(CONFLICTS, rng.int(1, 3))) {
    const target = plans[rng.int(1, size - 1)]!;
    const detail = plant(type, event, plans[0]!, target, rng);
    if (detail) (target.planted ??= []).push({ type, detail });
  }
  return plans;
}

function plant(type: ConflictType, event: NewsEvent, first: Plan, target: Plan, rng: Random): string | undefined {
  switch (type) {
    case 'date': {
      let shift = rng.pick([-1, 1, -2, 2, -7, 7, -30, 30, -365]);
      if (event.day + shift > target.pubDay) shift = -Math.abs(shift);
      target.eventDay = event.day + shift;
      return `event day shifted by ${shift} days`;
    }
    case 'number': {
      const name = event.kind.facts[0]!.num ?? rng.pick(Object.keys(event.numbers));
      const { spec, value } = event.numbers[name]!;
      target.numbers[name] = conflictingValue(spec, value, rng);
      return `${name}: ${value} vs ${target.numbers[name]}`;
    }
    case 'certainty': {
      first.mainLevel = rng.pick<Level>(['asserted', 'named']);
      target.mainLevel = rng.pick<Level>(['hedged', 'unconfirmed', 'denied']);
      return `main fact ${first.mainLevel} vs ${target.mainLevel}`;
    }
    case 'title': {
      const key = rng.pick(['P1', 'P2', 'P3', 'P6']);
      const person = event.people[key]!;
      const titles = nameData.titles;
      const ministers = [...event.kind.ministers, ...event.kind.ministers.map((t) => 'deputy ' + t)];
      const pool: string[] = key === 'P3' ? ministers.map((t) => `the ${event.country.adj} ${t}`)
        : key === 'P6' ? titles.local : key === 'P2' ? titles.spokesperson : titles.leader[event.kind.orgA] ?? titles.leader.ngo;
      const ctx = { ...event.ctx, org: marker('orgA') };
      for (let guard = 0; guard < 10; guard++) {
        const title = genderTitle(render(rng.pick(pool).replace('{province}', event.ctx.province as string), ctx, rng), person.gender);
        if (title !== person.title && !title.includes(person.title) && !person.title.includes(title)) {
          target.titles[key] = title;
          return `${key} title "${person.title}" vs "${title}"`;
        }
      }
      return undefined;
    }
    case 'spelling': {
      for (const key of rng.shuffle(['P1', 'P2', 'P3', 'orgA', 'P5'])) {
        const org = event.orgs[key];
        const person = event.people[key];
        const original = org ? org.name : person!.family;
        const style = org ? org.style : person!.style;
        const variant = spellingVariant(original, style, rng);
        if (variant) {
          target.spellings[key] = variant;
          return `${key} "${original}" vs "${variant}"`;
        }
      }
      return undefined;
    }
    case 'quote': {
      const current = event.quotes[0]!.speaker;
      const other = rng.pick(['P1', 'P2', 'P3', 'P6'].filter((k) => k !== current));
      target.quoteSpeakers[0] = other;
      return `quote 0 by ${current} vs ${other}`;
    }
  }
}

// Only conflicts a reader can see: a title or spelling counts when both articles name the entity.
function plantedOf(event: NewsEvent, plans: Plan[], names: string[], mentions: Array<Body['mentions']>): PlantedConflict[] {
  const out: PlantedConflict[] = [];
  for (const plan of plans) {
    for (const p of plan.planted ?? []) {
      const key = p.detail.split(' ')[0]!;
      const [a, b] = [mentions[0]![key], mentions[plan.index]![key]];
      if (p.type === 'title' && !((a === 'title' || a === 'office') && b === 'title')) continue;
      if (p.type === 'spelling' && !(a && b)) continue;
      out.push({ type: p.type, cluster: event.cluster, files: [names[0]!, names[plan.index]!], detail: p.detail });
    }
  }
  return out;
}

// --- CLI -----------------------------------------------------------------------
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const truthAt = args.indexOf('--truth');
  const truth = truthAt >= 0 ? args.splice(truthAt, 2)[1] : undefined;
  const [dir, n, seed] = args;
  if (!dir || !n || !/^\d+$/.test(n) || (seed !== undefined && !/^\d+$/.test(seed))) {
    console.error('usage: node dist/bench/generate.js <dir> <articles> [seed] [--truth file.json]');
    process.exit(2);
  }
  const t0 = performance.now();
  const r = generateCorpus(dir, Number(n), seed === undefined ? 1 : Number(seed), { truth });
  const s = (performance.now() - t0) / 1000;
  console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(2)} MB, ${r.clusters} clusters, ${r.planted.length} planted conflicts in ${s.toFixed(1)} s → ${dir}`);
}
