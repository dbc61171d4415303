/**
 * Committed floors for the labelled set: `npm run evaluate` fails (exit 1) when any figure falls
 * below its floor, so a regression in the extraction stops CI. Floors are fractions (0..1): F1 for
 * counted categories, the rate for accuracy categories. Raise them when the figures rise.
 */
import { readFileSync } from 'node:fs';
import { accuracyRate, f1 } from './metrics';
import type { EvaluationRun } from './run';
import { ACCURACY_CATEGORIES, COUNT_CATEGORIES } from './score-types';

export type Floors = Record<string, number>;

/** One figure under its floor. */
export interface FloorBreach {
  category: string;
  floor: number;
  actual: number;
}

/** Read a floors file: an object of category -> minimum; unknown categories are an error. */
export function loadFloors(path: string): Floors {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${path}: expected an object of category -> floor`);
  const known = new Set<string>([...COUNT_CATEGORIES, ...ACCURACY_CATEGORIES]);
  const floors: Floors = {};
  for (const [category, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (category.startsWith('$')) continue;
    if (!known.has(category)) throw new Error(`${path}: unknown category "${category}"`);
    if (typeof value !== 'number' || value < 0 || value > 1) throw new Error(`${path}: floor for "${category}" must be a number from 0 to 1 (got ${JSON.stringify(value)})`);
    floors[category] = value;
  }
  return floors;
}

/** The figure a floor is compared with: F1 for counted categories, the rate for accuracy ones. */
function figure(run: EvaluationRun, category: string): number {
  const counts = run.total.counts as Record<string, Parameters<typeof f1>[0]>;
  if (counts[category]) return f1(counts[category]);
  return accuracyRate((run.total.accuracy as Record<string, Parameters<typeof accuracyRate>[0]>)[category]);
}

/** Every category whose figure is below its floor (empty: the gate passes). */
export function checkFloors(run: EvaluationRun, floors: Floors): FloorBreach[] {
  return Object.entries(floors)
    .map(([category, floor]) => ({ category, floor, actual: figure(run, category) }))
    .filter((b) => b.actual + 1e-9 < b.floor);
}
