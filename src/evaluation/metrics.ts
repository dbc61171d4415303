/**
 * Counting arithmetic for the evaluator: true/false positives, accuracies, precision, recall, F1.
 */

/** Matches (tp), predictions nothing expected (fp), expectations nothing predicted (fn). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** How many of `total` checked items were right. */
export interface Accuracy {
  correct: number;
  total: number;
}

/** A fresh all-zero count. */
export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** The element-wise sum of two counts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** The sum of two accuracies. */
export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

/** tp / (tp + fp); 1 when nothing was predicted (no wrong predictions). */
export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

/** tp / (tp + fn); 1 when nothing was expected (nothing missed). */
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

/** The harmonic mean of precision and recall; 0 when both are 0. */
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** correct / total; 1 when nothing was checked. */
export function accuracyRate(a: Accuracy): number {
  return a.total === 0 ? 1 : a.correct / a.total;
}
