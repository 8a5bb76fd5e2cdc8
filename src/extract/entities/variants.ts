// Which entities the corpus writes in more than one visible way, as an
// editor would see it: differences of case, a possessive, a leading "the",
// or a demonym standing for its place ("Kenyan" / "Kenya") are not
// spelling inconsistencies; a shortened name ("Sarwari" for "Abdul Karim Sarwari")
// is normal usage; an acronym next to its long form is normal too. What is
// left — "Tahrir-e-Islami" / "Tahreer-i Islami", "ISIL" / "ISIS", "U.N." /
// "UN" — is what a brief would standardise.
import type { ArticleClaims } from '../../types.js';
import type { EntityForm } from '../../corpus/resolve-entities.js';
import { foldKey } from '../../corpus/entity-key.js';
import { matchPlace, phraseKey, placeOf } from './places.js';
import { memoize } from '../memo.js';

/** One visible form of an entity and where it occurs. */
export interface FormGroup {
  /** Comparison form (lowercase, demonyms as places). */
  form: string;
  /** The form as most often written. */
  display: string;
  acronym: boolean;
  mentions: EntityForm[];
}

/** "NATO", "U.N.", "JuA": no space, two capitals or more, at least as many capitals as small letters. */
export function isAcronymForm(text: string): boolean {
  const s = text.trim().replace(/^the\s+/i, '');
  if (/\s/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 8) return false;
  const upper = letters.replace(/\P{Lu}/gu, '').length;
  return upper >= 2 && upper * 2 >= letters.length;
}

/** The visible form of a mention for comparison. */
export const formKey: (text: string) => string = memoize((text) => visibleForm(text), 100_000);

function visibleForm(text: string): string {
  const t = text.normalize('NFC').replace(/[’‘]/g, "'").replace(/'s?$/, '').replace(/\s+/g, ' ').trim();
  const words = t.split(' ');
  if (words.length > 1 && words[0]!.toLowerCase() === 'the') words.shift();
  return words
    .map((w) => {
      const hit = matchPlace([phraseKey(w)], 0, [w.length > 1 && w === w.toUpperCase()]);
      return hit?.demonym ? hit.place : w.toLowerCase();
    })
    .join(' ');
}

function byPosition(a: EntityForm, b: EntityForm): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.span.start - b.span.start;
}

function group(mentions: EntityForm[]): FormGroup[] {
  const groups = new Map<string, FormGroup>();
  const spellings = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const form = formKey(m.text);
    let g = groups.get(form);
    if (!g) groups.set(form, (g = { form, display: m.text, acronym: isAcronymForm(m.text), mentions: [] }));
    g.mentions.push(m);
    const counts = spellings.get(form) ?? new Map<string, number>();
    counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    spellings.set(form, counts);
  }
  for (const g of groups.values()) {
    let best = '', n = 0;
    for (const [text, c] of spellings.get(g.form)!) if (c > n || (c === n && text < best)) [best, n] = [text, c];
    g.display = best;
    g.mentions.sort(byPosition);
  }
  return [...groups.values()];
}

/**
 * Drop forms that are a part of a longer form of the same entity: a bare
 * name ("Sarwari" of "Abdul Karim Sarwari", "Front" style short names), and for
 * people any shorter form ("Karim Sarwari" of "Abdul Karim Sarwari"). A
 * shorter name of an organisation ("Sahel Front" / "Tehrik-e Sahel Front")
 * is a naming choice a brief may want to settle, so it stays.
 */
function withoutPartials(groups: FormGroup[], person: boolean): FormGroup[] {
  const words = groups.map((g) => new Set(foldKey(g.display).split(' ')));
  return groups.filter((_, i) =>
    !((person || words[i]!.size === 1) &&
      groups.some((__, j) => j !== i && words[j]!.size > words[i]!.size && [...words[i]!].every((w) => words[j]!.has(w)))),
  );
}

/** Entities written in several visible forms, each with its forms (most used first). */
export function variantGroups(articles: readonly ArticleClaims[]): Array<{ key: string; groups: FormGroup[] }> {
  const byKey = new Map<string, EntityForm[]>();
  const persons = new Map<string, number>(); // key → (person mentions) − (other mentions)
  for (const a of articles) {
    for (const c of a.claims) {
      for (const e of c.entities) {
        if (placeOf(e.text)?.demonym) continue;
        const list = byKey.get(e.key) ?? [];
        list.push({ text: e.text, path: a.path, span: { start: e.start, end: e.end } });
        byKey.set(e.key, list);
        persons.set(e.key, (persons.get(e.key) ?? 0) + (e.type === 'person' ? 1 : -1));
      }
    }
  }
  const out: Array<{ key: string; groups: FormGroup[] }> = [];
  for (const [key, mentions] of byKey) {
    const all = withoutPartials(group(mentions), (persons.get(key) ?? 0) >= 0);
    const long = all.filter((g) => !g.acronym);
    const short = all.filter((g) => g.acronym);
    const varying = [...(long.length > 1 ? long : []), ...(short.length > 1 ? short : [])];
    if (varying.length === 0) continue;
    varying.sort((a, b) => b.mentions.length - a.mentions.length || (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
    out.push({ key, groups: varying });
  }
  out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

/** Same as variantGroups, flattened to the EntityIndex.variants() shape. */
export function entityVariants(articles: readonly ArticleClaims[]): Array<{ key: string; forms: EntityForm[] }> {
  return variantGroups(articles).map(({ key, groups }) => ({ key, forms: groups.flatMap((g) => g.mentions).sort(byPosition) }));
}
