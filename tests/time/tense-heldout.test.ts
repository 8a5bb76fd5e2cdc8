// Held-out tense cases (tests/time/tense-heldout.yaml), written after the tense
// reader was rebuilt: scored, not asserted one by one, with a floor.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractTimes } from '../../src/extract/time/index.js';

interface Case { date: string; text: string; expr: string; value: string; why: string }

const path = fileURLToPath(new URL('./tense-heldout.yaml', import.meta.url));
const cases = (parse(readFileSync(path, 'utf8'), { schema: 'failsafe' }) as { items: Case[] }).items;

describe('tense cases, held out', () => {
  it('resolves at least 90% of them', () => {
    const errors: string[] = [];
    for (const c of cases) {
      const start = c.text.indexOf(c.expr);
      expect(start, c.text).toBeGreaterThanOrEqual(0);
      const got = extractTimes(c.text, 0, c.date).find((x) => x.start <= start && start < x.end)?.value;
      if (got !== c.value) errors.push(`[${c.date}] "${c.expr}" got ${got}, want ${c.value} (${c.why}) | ${c.text}`);
    }
    const accuracy = 1 - errors.length / cases.length;
    console.log(`tense held-out: ${cases.length - errors.length}/${cases.length} (${(accuracy * 100).toFixed(1)}%)\n${errors.map((e) => `  ${e}`).join('\n')}`);
    expect(cases.length).toBeGreaterThanOrEqual(45);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
