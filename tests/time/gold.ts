// Loads the hand-labelled set (tests/time/gold.yaml) and scores extraction
// against it: extent precision/recall/F1 (strict = same span, relaxed =
// overlapping span), value accuracy over relaxed matches, per type too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractTimes } from '../../src/extract/time/index.js';
import type { TimeExpression } from '../../src/types.js';

export interface GoldTime {
  text: string;
  type: string;
  value: string;
  mod?: string;
  start: number;
  end: number;
}

export interface GoldItem {
  date?: string;
  text: string;
  times: GoldTime[];
}

export function loadGold(file = 'gold.yaml'): GoldItem[] {
  const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
  // failsafe: every scalar stays a string ("2021" must not become a number).
  const doc = parse(readFileSync(path, 'utf8'), { schema: 'failsafe' }) as { items: any[] };
  return doc.items.map((it) => {
    let pos = 0;
    const times: GoldTime[] = (it.times ?? []).map((t: string[]) => {
      const [text, type, value, mod] = t as [string, string, string, string?];
      const start = it.text.indexOf(text, pos);
      if (start < 0) throw new Error(`gold: "${text}" not found in: ${it.text}`);
      pos = start + text.length;
      return { text, type, value, ...(mod ? { mod } : {}), start, end: pos };
    });
    return { ...(it.date ? { date: it.date } : {}), text: it.text, times };
  });
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  valueOk: number;
  typeOk: number;
  modGold: number;
  modOk: number;
}

export interface Score {
  all: Counts;
  byType: Record<string, Counts>;
  errors: string[];
}

const zero = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, valueOk: 0, typeOk: 0, modGold: 0, modOk: 0 });

export function score(items: GoldItem[]): Score {
  const all = zero();
  const byType: Record<string, Counts> = {};
  const errors: string[] = [];
  const bucket = (t: string) => (byType[t] ??= zero());
  for (const it of items) {
    const sys: TimeExpression[] = extractTimes(it.text, 0, it.date);
    all.system += sys.length;
    for (const s of sys) bucket(s.type).system++;
    const used = new Set<number>();
    for (const g of it.times) {
      all.gold++;
      const b = bucket(g.type);
      b.gold++;
      if (g.mod) { all.modGold++; b.modGold++; }
      const idx = sys.findIndex((s, n) => !used.has(n) && s.start < g.end && g.start < s.end);
      if (idx < 0) {
        errors.push(`MISS  [${it.date ?? 'undated'}] "${g.text}" ${g.type} ${g.value} | ${it.text}`);
        continue;
      }
      used.add(idx);
      const s = sys[idx]!;
      all.relaxed++; b.relaxed++;
      if (s.start === g.start && s.end === g.end) { all.strict++; b.strict++; }
      else errors.push(`SPAN  "${s.text}" for "${g.text}" | ${it.text}`);
      if (s.type === g.type) { all.typeOk++; b.typeOk++; }
      if (s.value === g.value) { all.valueOk++; b.valueOk++; }
      else errors.push(`VALUE [${it.date ?? 'undated'}] "${g.text}" got ${s.type} ${s.value}, want ${g.type} ${g.value} | ${it.text}`);
      if (g.mod && s.mod === g.mod) { all.modOk++; b.modOk++; }
    }
    sys.forEach((s, n) => {
      if (!used.has(n)) errors.push(`EXTRA "${s.text}" ${s.type} ${s.value} | ${it.text}`);
    });
  }
  return { all, byType, errors };
}

export function prf(c: Counts, matched: number): { p: number; r: number; f: number } {
  const p = c.system ? matched / c.system : 0;
  const r = c.gold ? matched / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
