// Loading the labelled YAML sets of tests/quantities and scoring extraction
// against them. Kept apart from the tests so the figures can be printed by
// a script as well.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Quantity, QuantityMod } from '../../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface ExpectedQuantity {
  text: string;
  value: number;
  max?: number;
  unit?: string;
  approximate?: boolean;
  mod?: QuantityMod;
}

export interface LabelledSentence {
  text: string;
  quantities: ExpectedQuantity[];
}

export interface LabelledPair {
  a: string;
  b: string;
  expect: 'same' | 'compatible' | 'different' | 'incomparable';
  why?: string;
}

export function loadYaml<T>(name: string): T {
  return parse(readFileSync(join(here, name), 'utf8')) as T;
}

/** Does an extracted quantity match the label? Same span text, value, max and unit; mod / approximate when labelled. */
export function matches(q: Quantity, e: ExpectedQuantity): boolean {
  if (q.text !== e.text || q.value !== e.value) return false;
  if ((q.max ?? null) !== (e.max ?? null)) return false;
  if ((q.unit ?? null) !== (e.unit ?? null)) return false;
  if (e.mod !== undefined && q.mod !== e.mod) return false;
  if (e.approximate !== undefined && (q.approximate ?? false) !== e.approximate) return false;
  // A labelled hedge implies approximate.
  if (e.mod !== undefined && q.approximate !== true) return false;
  return true;
}

export interface Score {
  expected: number;
  extracted: number;
  correct: number;
  precision: number;
  recall: number;
  /** One line per miss or spurious quantity, for the test output. */
  errors: string[];
}

export function score(
  set: LabelledSentence[],
  extract: (sentence: string, offset: number) => Quantity[],
): Score {
  let expected = 0;
  let extracted = 0;
  let correct = 0;
  const errors: string[] = [];
  for (const s of set) {
    const got = extract(s.text, 0);
    expected += s.quantities.length;
    extracted += got.length;
    const used = new Set<number>();
    for (const e of s.quantities) {
      const k = got.findIndex((q, i) => !used.has(i) && matches(q, e));
      if (k >= 0) {
        used.add(k);
        correct++;
      } else errors.push(`MISS  ${JSON.stringify(e)}  in: ${s.text}`);
    }
    got.forEach((q, i) => {
      if (!used.has(i)) errors.push(`EXTRA ${JSON.stringify(q)}  in: ${s.text}`);
    });
  }
  return {
    expected,
    extracted,
    correct,
    precision: extracted === 0 ? 1 : correct / extracted,
    recall: expected === 0 ? 1 : correct / expected,
    errors,
  };
}
