/**
 * Result types of the scorer, shared by the per-category scorers, the CLI and the tests.
 */
import type { Accuracy, Counts } from './metrics';

/** Categories scored as true/false positives and negatives. */
export const COUNT_CATEGORIES = [
  'direct quotes (span)',
  'direct quotes (speaker)',
  'indirect quotes (span)',
  'indirect quotes (speaker)',
  'people',
  'organizations',
  'places',
  'events',
] as const;
export type CountCategory = (typeof COUNT_CATEGORIES)[number];

/** Categories scored as right / checked. */
export const ACCURACY_CATEGORIES = [
  'headline',
  'publishedAt (date)',
  'publishedAt (time)',
  'source',
  'dateline',
  'section',
  'direct quotes (speaker)',
  'direct quotes (cue verb)',
  'event place',
] as const;
export type AccuracyCategory = (typeof ACCURACY_CATEGORIES)[number];

/** One difference between the expected and the predicted result, for `--verbose`. */
export interface Miss {
  category: CountCategory | AccuracyCategory;
  /** What the labels say (null when the prediction is a false positive). */
  expected: string | null;
  /** What the pipeline said (null when it found nothing). */
  predicted: string | null;
}

/** The score of one article (or the sum over many). */
export interface Score {
  counts: Record<CountCategory, Counts>;
  accuracy: Record<AccuracyCategory, Accuracy>;
  misses: Miss[];
}

/** Part of a score produced by one category scorer. */
export interface PartialScore {
  counts: Partial<Record<CountCategory, Counts>>;
  accuracy: Partial<Record<AccuracyCategory, Accuracy>>;
  misses: Miss[];
}
