// Classification scores for the claim-model evaluation: per-class precision,
// recall and F1, macro-F1 over the classes that occur, and a confusion matrix,
// all as plain values plus small text tables for the test log.

export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold count of the class. */
  support: number;
  /** Predicted count of the class. */
  predicted: number;
}

export interface Scores {
  perClass: ClassScore[];
  /** Mean F1 over classes with gold support > 0. */
  macroF1: number;
  accuracy: number;
  /** confusion[gold][pred] = count. */
  confusion: Record<string, Record<string, number>>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function score(labels: readonly string[], gold: readonly string[], pred: readonly string[]): Scores {
  if (gold.length !== pred.length) throw new Error('gold and pred differ in length');
  const confusion: Record<string, Record<string, number>> = {};
  const all = [...labels];
  for (const l of [...gold, ...pred]) if (!all.includes(l)) all.push(l);
  for (const g of all) confusion[g] = Object.fromEntries(all.map((p) => [p, 0]));
  let correct = 0;
  gold.forEach((g, i) => {
    const p = pred[i]!;
    confusion[g]![p]!++;
    if (g === p) correct++;
  });
  const perClass = all.map((label) => {
    const tp = confusion[label]![label]!;
    const support = gold.filter((g) => g === label).length;
    const predicted = pred.filter((p) => p === label).length;
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { label, precision, recall, f1, support, predicted };
  });
  const scored = perClass.filter((c) => c.support > 0);
  const macroF1 = ratio(scored.reduce((sum, c) => sum + c.f1, 0), scored.length);
  return { perClass, macroF1, accuracy: ratio(correct, gold.length), confusion };
}

/** Precision/recall/F1 of one binary decision (true = positive). */
export function binary(gold: readonly boolean[], pred: readonly boolean[]): ClassScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (!g && pred[i]) fp++;
    else if (g && !pred[i]) fn++;
  });
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { label: 'positive', precision, recall, f1: ratio(2 * precision * recall, precision + recall), support: tp + fn, predicted: tp + fp };
}

const pct = (x: number): string => x.toFixed(3);

export function formatScores(title: string, s: Scores): string {
  const rows = s.perClass.map(
    (c) => `  ${c.label.padEnd(12)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  gold ${String(c.support).padStart(4)}  pred ${String(c.predicted).padStart(4)}`,
  );
  const labels = s.perClass.map((c) => c.label);
  const head = `  ${'gold\\pred'.padEnd(12)}${labels.map((l) => l.slice(0, 9).padStart(10)).join('')}`;
  const matrix = labels.map((g) => `  ${g.padEnd(12)}${labels.map((p) => String(s.confusion[g]![p]).padStart(10)).join('')}`);
  return [`${title}: macro-F1 ${pct(s.macroF1)}, accuracy ${pct(s.accuracy)}`, ...rows, '  confusion:', head, ...matrix].join('\n');
}
