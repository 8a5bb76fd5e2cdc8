// The hand-labelled tense cases (tests/time/tense-cases.yaml): a weekday or a
// month without a year must resolve to the day the clause around it means.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractTimes } from '../../src/extract/time/index.js';

interface Case {
  date: string;
  text: string;
  expr: string;
  value: string;
  why: string;
}

const path = fileURLToPath(new URL('./tense-cases.yaml', import.meta.url));
const cases = (parse(readFileSync(path, 'utf8'), { schema: 'failsafe' }) as { items: Case[] }).items;

function valueOf(c: Case): string | undefined {
  const start = c.text.indexOf(c.expr);
  const t = extractTimes(c.text, 0, c.date).find((x) => x.start <= start && start < x.end);
  return t?.value;
}

describe('tense cases: weekdays and months without a year', () => {
  it('has enough cases, each naming text that is in its sentence', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const c of cases) expect(c.text.includes(c.expr), c.text).toBe(true);
  });

  for (const c of cases) {
    it(`[${c.date}] ${c.text} -> ${c.expr} = ${c.value} (${c.why})`, () => {
      expect(valueOf(c)).toBe(c.value);
    });
  }
});
