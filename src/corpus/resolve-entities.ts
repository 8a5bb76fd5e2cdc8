// One key per real-world entity across the corpus. Union-find over folded
// keys (entity-key.ts), joined by: aliases from configuration, "also known
// as" definitions, acronym definitions (scoped to their article when the
// corpus expands one acronym in two incompatible ways), and a conservative
// fuzzy step for vowel-level transliteration variants, blocked by consonant
// skeleton so it never compares all pairs. Within an article a bare surname
// ("Sarwari") takes the key of the one full name it shortens.
import type { ArticleClaims, EntityMention, EntityType, Span } from '../types.js';
import { acronymFit } from '../extract/entities/aliases.js';
import { blockKey, nameCost, wordCost } from '../extract/entities/spelling.js';
import { foldKey } from './entity-key.js';
import { entityVariants, isAcronymForm as isAcronym } from '../extract/entities/variants.js';

export interface EntityForm {
  text: string;
  path: string;
  span: Span;
}

export interface EntityIndex {
  /** The corpus-wide key of a surface form. */
  keyOf(surface: string): string;
  /** Every entity that is written in more than one way, with its forms. */
  variants(): Array<{ key: string; forms: EntityForm[] }>;
}

/** Largest fuzzy block compared pair by pair; bigger blocks compare each key with this many neighbours only. */
const MAX_BLOCK_PAIRS = 40;

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x);
    if (p === undefined) {
      this.parent.set(x, x);
      return x;
    }
    if (p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return;
    // Deterministic: the smaller string becomes the root.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}

interface KeyStats {
  count: number;
  acronym: boolean;
  types: Map<EntityType, number>;
}

function dominantType(s: KeyStats | undefined): EntityType {
  let best: EntityType = 'other', n = 0;
  if (s) for (const [t, c] of s.types) if (c > n || (c === n && t < best)) [best, n] = [t, c];
  return best;
}

function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other' || (a === 'group' && b === 'organization') || (a === 'organization' && b === 'group');
}

function* mentionsOf(a: ArticleClaims): Generator<EntityMention> {
  for (const c of a.claims) for (const e of c.entities) yield e;
}

/** Transliteration variants: same consonants word for word, small vowel differences. */
function fuzzyUnion(uf: UnionFind, stats: Map<string, KeyStats>): void {
  const blocks = new Map<string, string[]>();
  for (const [key, s] of stats) {
    if (s.acronym) continue;
    const b = blockKey(key.split(' '));
    if (b.length < 3) continue;
    const list = blocks.get(b);
    if (list) list.push(key);
    else blocks.set(b, [key]);
  }
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    list.sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && j <= i + MAX_BLOCK_PAIRS; j++) {
        const a = list[i]!, b = list[j]!;
        if (uf.find(a) === uf.find(b)) continue;
        if (!typesCompatible(dominantType(stats.get(a)), dominantType(stats.get(b)))) continue;
        const wa = a.split(' '), wb = b.split(' ');
        // One-word names carry little evidence: only long words, tiny differences.
        if (wa.length === 1 && wb.length === 1) {
          if (a.length < 5 || wordCost(a, b) > 0.3) continue;
        } else if (!Number.isFinite(nameCost(wa, wb))) continue;
        uf.union(a, b);
      }
    }
  }
}

/**
 * Give every entity mention of every article one corpus-wide key, using the
 * articles' own alias definitions and the aliases from configuration
 * (canonical name → other names). Sets `mention.key` in place.
 */
export function resolveEntities(articles: ArticleClaims[], configAliases: Record<string, string[]> = {}): EntityIndex {
  const uf = new UnionFind();
  const stats = new Map<string, KeyStats>();
  for (const a of articles) {
    for (const e of mentionsOf(a)) {
      const k = foldKey(e.text);
      let s = stats.get(k);
      if (!s) stats.set(k, (s = { count: 0, acronym: true, types: new Map() }));
      s.count++;
      s.acronym &&= isAcronym(e.text);
      s.types.set(e.type, (s.types.get(e.type) ?? 0) + 1);
      uf.find(k);
    }
  }

  // 1. Configuration: the newsroom's word is final.
  const preferred = new Map<string, string>();
  for (const [canonical, others] of Object.entries(configAliases)) {
    const ck = foldKey(canonical);
    for (const o of others ?? []) uf.union(ck, foldKey(o));
    preferred.set(ck, ck);
  }

  // 2. "X, also known as Y" inside an article; acronyms are kept for step 4.
  const acronymDefs = new Map<string, Array<{ path: string; long: string; fit: 'strict' | 'loose' | false }>>();
  for (const a of articles) {
    for (const d of a.aliases) {
      const alias = foldKey(d.alias), canonical = foldKey(d.canonical);
      if (!alias || !canonical || alias === canonical) continue;
      if (isAcronym(d.alias) && !isAcronym(d.canonical)) {
        const list = acronymDefs.get(alias) ?? [];
        list.push({ path: a.path, long: canonical, fit: acronymFit(d.canonical.split(/\s+/), d.alias) });
        acronymDefs.set(alias, list);
      } else uf.union(alias, canonical);
    }
  }

  // 3. Spelling variants.
  fuzzyUnion(uf, stats);

  // 4. Acronyms: one global meaning, unless two definitions that both fit
  // the letters name different things ("PTA" the party / "PTA" the agency):
  // then each article keeps its own. A definition whose letters do not fit
  // ("Medical Relief Agency (MSF)") counts globally only when no other
  // definition disagrees with it.
  const scoped = new Map<string, Map<string, string>>(); // path → acronym key → long key
  const scope = (acro: string, d: { path: string; long: string }) => {
    const m = scoped.get(d.path) ?? new Map<string, string>();
    if (!m.has(acro)) m.set(acro, d.long);
    scoped.set(d.path, m);
  };
  for (const [acro, defs] of acronymDefs) {
    const strictRoots = new Set(defs.filter((d) => d.fit === 'strict').map((d) => uf.find(d.long)));
    if (strictRoots.size > 1) {
      for (const d of defs) scope(acro, d);
      continue;
    }
    const fitting = defs.filter((d) => d.fit !== false);
    const fitRoots = new Set(fitting.map((d) => uf.find(d.long)));
    for (const d of fitting) uf.union(acro, d.long);
    for (const d of defs) {
      if (d.fit !== false) continue;
      if (fitRoots.size === 0 || fitRoots.has(uf.find(d.long))) uf.union(acro, d.long);
      else scope(acro, d);
    }
  }

  // 5. One readable key per cluster: the configured canonical name, else the
  // most used full (non-acronym) form.
  const best = new Map<string, string>();
  const score = (k: string) => [preferred.has(k) ? 1 : 0, stats.get(k)?.acronym ? 0 : 1, stats.get(k)?.count ?? 0, k.length] as const;
  const better = (a: string, b: string) => {
    const sa = score(a), sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! > sb[i]!;
    return a < b;
  };
  for (const k of uf.keys()) {
    const r = uf.find(k);
    const cur = best.get(r);
    if (cur === undefined || better(k, cur)) best.set(r, k);
  }
  const canonicalOf = (fold: string) => best.get(uf.find(fold)) ?? fold;

  for (const a of articles) {
    const local = scoped.get(a.path);
    const persons = new Map<string, string | null>(); // surname / first word → full key (null: ambiguous)
    for (const e of mentionsOf(a)) {
      const fold = foldKey(e.text);
      const long = local?.get(fold);
      e.key = canonicalOf(long ?? fold);
      if (e.type === 'person' && fold.includes(' ')) {
        const words = fold.split(' ');
        for (const w of [words[0]!, words[words.length - 1]!]) {
          const seen = persons.get(w);
          persons.set(w, seen === undefined || seen === e.key ? e.key : null);
        }
      }
    }
    // A bare surname shortens the one full name of the article that ends
    // (or, for East Asian order, starts) with it.
    for (const e of mentionsOf(a)) {
      if (e.type !== 'person' && e.type !== 'other') continue;
      const fold = foldKey(e.text);
      if (fold.includes(' ') || isAcronym(e.text)) continue;
      const full = persons.get(fold);
      if (full) e.key = full;
    }
  }

  const lookups = new Map<string, string>();
  const blocks = new Map<string, string[]>();
  for (const k of stats.keys()) {
    const b = blockKey(k.split(' '));
    const list = blocks.get(b);
    if (list) list.push(k);
    else blocks.set(b, [k]);
  }
  const keyOf = (surface: string): string => {
    let out = lookups.get(surface);
    if (out !== undefined) return out;
    const fold = foldKey(surface);
    if (stats.has(fold) || preferred.has(fold)) out = canonicalOf(fold);
    else {
      const words = fold.split(' ');
      const near = words.length > 1 ? (blocks.get(blockKey(words)) ?? []).find((k) => Number.isFinite(nameCost(words, k.split(' ')))) : undefined;
      out = near !== undefined ? canonicalOf(near) : canonicalOf(fold);
    }
    lookups.set(surface, out);
    return out;
  };

  return { keyOf, variants: () => entityVariants(articles) };
}
