// What a denial or a refusal to confirm is about, and one contradiction per denial.
import { describe, expect, it } from 'vitest';
import { focusContainment, focusTerms } from '../../../src/corpus/claim-focus.js';
import { closestContradictions } from '../../../src/corpus/link-filters.js';
import type { Link } from '../../../src/types.js';
import { claimOf } from './support.js';

describe('focus of a denial or a non-confirmation', () => {
  it('is the proposition after the cue, up to the next clause', () => {
    const c = claimOf('The hospital declined to confirm whether a ransom had been paid, saying it would not comment while police investigate.');
    expect(c.certainty.level).toBe('unconfirmed');
    expect(focusTerms(c)).toEqual(['ransom', 'ev:pay', 'paid']);
  });

  it('is measured against the other claim', () => {
    const denial = claimOf('Oren Castel has denied receiving any money from Medisan Supply, calling the report "a smear".');
    const lead = claimOf('Oren Castel received €250,000 from a medical supplies company, documents show.', undefined, 'b.txt');
    const detail = claimOf('The payments were made in three instalments in 2022 to a consultancy.', undefined, 'b.txt');
    expect(focusContainment(denial, lead)).toBeCloseTo(0.5, 5);
    expect(focusContainment(denial, detail)).toBe(0);
  });

  it('is empty for other claims', () => {
    expect(focusTerms(claimOf('The hospital paid a ransom in cryptocurrency.'))).toEqual([]);
  });
});

describe('closest contradictions', () => {
  const link = (from: string, to: string, score: number, detail = 'denied: "denied"'): Link => ({ from, to, relation: 'contradicts', score, detail });

  it('keeps, per denial and article, the claim it answers best', () => {
    const links = [link('a.txt#1', 'b.md#1', 0.5), link('a.txt#2', 'b.md#1', 0.25), link('c.txt#4', 'b.md#1', 0.3), { from: 'a.txt#2', to: 'b.md#1', relation: 'corroborates' as const, score: 0.6 }];
    expect(closestContradictions(links).map((l) => `${l.from}>${l.relation}`)).toEqual(['a.txt#1>contradicts', 'c.txt#4>contradicts', 'a.txt#2>corroborates']);
  });

  it('keeps every pair of opposite words', () => {
    const links = [link('a.txt#1', 'b.md#1', 0.5, 'opposite: "rose" / "fell"'), link('a.txt#2', 'b.md#1', 0.4, 'opposite: "won" / "lost"')];
    expect(closestContradictions(links)).toHaveLength(2);
  });
});
