/**
 * Formats an evaluation run as a text table (with optional miss list) or as JSON.
 */
import { accuracyRate, f1, precision, recall } from './metrics';
import type { EvaluationRun } from './run';
import { ACCURACY_CATEGORIES, COUNT_CATEGORIES, Miss } from './score-types';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pad = (s: string | number, n: number): string => String(s).padStart(n);

/** The category | TP | FP | FN | precision | recall | F1 table, then the accuracy lines. */
export function formatTable(run: EvaluationRun): string {
  const w = 26;
  const lines = [
    `${'category'.padEnd(w)} ${pad('TP', 5)} ${pad('FP', 5)} ${pad('FN', 5)} ${pad('precision', 9)} ${pad('recall', 7)} ${pad('F1', 7)}`,
  ];
  for (const c of COUNT_CATEGORIES) {
    const k = run.total.counts[c];
    lines.push(
      `${c.padEnd(w)} ${pad(k.tp, 5)} ${pad(k.fp, 5)} ${pad(k.fn, 5)} ${pad(pct(precision(k)), 9)} ${pad(pct(recall(k)), 7)} ${pad(pct(f1(k)), 7)}`,
    );
  }
  lines.push('', `${'accuracy'.padEnd(w)} ${pad('right', 7)} ${pad('of', 5)} ${pad('rate', 7)}`);
  for (const c of ACCURACY_CATEGORIES) {
    const a = run.total.accuracy[c];
    lines.push(`${c.padEnd(w)} ${pad(a.correct, 7)} ${pad(a.total, 5)} ${pad(pct(accuracyRate(a)), 7)}`);
  }
  const failed = run.articles.filter((a) => a.error !== null).length;
  lines.push('', `${run.articles.length} articles, ${failed} failed to extract`);
  return lines.join('\n');
}

const show = (s: string | null): string => (s === null ? '—' : JSON.stringify(s));

function formatMiss(m: Miss): string {
  return `  [${m.category}] expected ${show(m.expected)} | predicted ${show(m.predicted)}`;
}

/** Every miss, grouped by article. */
export function formatMisses(run: EvaluationRun): string {
  const out: string[] = [];
  for (const a of run.articles) {
    if (a.score.misses.length === 0 && a.error === null) continue;
    out.push(`${a.id}${a.error ? ` (extraction failed: ${a.error})` : ''}`);
    out.push(...a.score.misses.map(formatMiss));
  }
  return out.join('\n');
}

/** Machine-readable results: totals with rates, and every article's counts and misses. */
export function toJson(run: EvaluationRun): unknown {
  const counts = Object.fromEntries(
    COUNT_CATEGORIES.map((c) => {
      const k = run.total.counts[c];
      return [c, { ...k, precision: precision(k), recall: recall(k), f1: f1(k) }];
    }),
  );
  const accuracy = Object.fromEntries(
    ACCURACY_CATEGORIES.map((c) => [c, { ...run.total.accuracy[c], rate: accuracyRate(run.total.accuracy[c]) }]),
  );
  return { total: { counts, accuracy }, articles: run.articles };
}
