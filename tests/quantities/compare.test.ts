// Comparison on labelled pairs (printed accuracy, fails below 0.9), then the
// interval arithmetic behind it.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import {
  compareQuantities,
  describeQuantity,
  intervalsOverlap,
  quantityInterval,
} from '../../src/extract/quantity-compare.js';
import type { Quantity } from '../../src/types.js';
import { loadYaml, type LabelledPair } from './dataset.js';

function only(text: string): Quantity {
  const qs = extractQuantities(text, 0);
  if (qs.length !== 1) throw new Error(`expected one quantity in "${text}", got ${JSON.stringify(qs)}`);
  return qs[0];
}

describe('compareQuantities on labelled pairs', () => {
  const pairs = loadYaml<LabelledPair[]>('compare.yaml');
  it('has at least 40 pairs and gets ≥ 0.9 of them right', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    let right = 0;
    const wrong: string[] = [];
    for (const p of pairs) {
      const got = compareQuantities(only(p.a), only(p.b));
      if (got === p.expect) right++;
      else wrong.push(`  "${p.a}" vs "${p.b}": expected ${p.expect}, got ${got}`);
    }
    const accuracy = right / pairs.length;
    console.log(`[quantities] compare.yaml: ${right}/${pairs.length} pairs right — accuracy ${accuracy.toFixed(3)}`);
    for (const w of wrong) console.log(w);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
  it('is symmetric on every labelled pair', () => {
    for (const p of pairs) expect(compareQuantities(only(p.b), only(p.a))).toBe(compareQuantities(only(p.a), only(p.b)));
  });
});

describe('quantity intervals', () => {
  const q = (o: Partial<Quantity> & { value: number }): Quantity => ({ text: '', start: 0, end: 0, ...o });

  it('widens "about" by the tolerance and "nearly" only downwards', () => {
    expect(quantityInterval(q({ value: 300, mod: 'about', approximate: true }))).toMatchObject({ low: 270, high: 330 });
    expect(quantityInterval(q({ value: 300, mod: 'nearly', approximate: true }))).toMatchObject({ low: 270, high: 300 });
    expect(quantityInterval(q({ value: 300, mod: 'about' }), 0.2)).toMatchObject({ low: 240, high: 360 });
  });

  it('opens "more than" and "fewer than" at the number', () => {
    const more = quantityInterval(q({ value: 200, mod: 'more' }));
    expect(more).toEqual({ low: 200, high: Infinity, lowOpen: true, highOpen: true });
    expect(intervalsOverlap(more, quantityInterval(q({ value: 200 })))).toBe(false);
    expect(intervalsOverlap(more, quantityInterval(q({ value: 201 })))).toBe(true);
    const less = quantityInterval(q({ value: 10, mod: 'less' }));
    expect(intervalsOverlap(less, quantityInterval(q({ value: 10 })))).toBe(false);
    expect(intervalsOverlap(less, quantityInterval(q({ value: 9 })))).toBe(true);
  });

  it('uses written precision on both ends', () => {
    expect(quantityInterval(q({ value: 2500000, precision: 50000 }))).toMatchObject({ low: 2450000, high: 2550000 });
  });

  it('treats a missing unit as incomparable unless asked otherwise', () => {
    const bare = q({ value: 12 });
    const people = q({ value: 15, unit: 'people' });
    expect(compareQuantities(bare, people)).toBe('incomparable');
    expect(compareQuantities(bare, people, { unitless: 'compare' })).toBe('different');
    expect(compareQuantities(q({ value: 12 }), q({ value: 12 }))).toBe('same');
  });

  it('describes quantities for messages', () => {
    expect(describeQuantity(q({ value: 2, unit: 'round' }))).toBe('two round');
    expect(describeQuantity(q({ value: 24, max: 99, unit: 'protester', approximate: true }))).toBe('24–99 protester');
    expect(describeQuantity(q({ value: 1200, mod: 'more' }))).toBe('more than 1,200');
  });
});
