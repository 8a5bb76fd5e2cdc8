import { describe, expect, it } from 'vitest';
import { binary, score } from './metrics.js';

describe('claim-eval metrics', () => {
  it('computes per-class precision, recall, F1 and macro-F1', () => {
    const s = score(['a', 'b', 'c'], ['a', 'a', 'b', 'b', 'c'], ['a', 'b', 'b', 'b', 'a']);
    const a = s.perClass.find((c) => c.label === 'a')!;
    expect(a.precision).toBeCloseTo(0.5);
    expect(a.recall).toBeCloseTo(0.5);
    const b = s.perClass.find((c) => c.label === 'b')!;
    expect(b.precision).toBeCloseTo(2 / 3);
    expect(b.recall).toBeCloseTo(1);
    expect(b.f1).toBeCloseTo(0.8);
    expect(s.perClass.find((c) => c.label === 'c')!.f1).toBe(0);
    expect(s.macroF1).toBeCloseTo((0.5 + 0.8 + 0) / 3);
    expect(s.accuracy).toBeCloseTo(3 / 5);
    expect(s.confusion.c!.a).toBe(1);
  });

  it('ignores classes without gold support in the macro average', () => {
    const s = score(['x', 'y'], ['x', 'x'], ['x', 'x']);
    expect(s.macroF1).toBe(1);
  });

  it('scores a binary decision', () => {
    const b = binary([true, true, false, false], [true, false, true, false]);
    expect(b.precision).toBeCloseTo(0.5);
    expect(b.recall).toBeCloseTo(0.5);
    expect(b.support).toBe(2);
  });
});
