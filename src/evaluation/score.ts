/**
 * The scorer: compares one `ExtractedArticle` with its labelled expectation (pure, no I/O).
 */
import type { ExtractedArticle } from '../extraction/types';
import { nameKey } from '../text/fold';
import type { ExpectedArticle } from './expected';
import { addAccuracy, addCounts, emptyCounts } from './metrics';
import { scoreEntities } from './score-entities';
import { scoreQuotesOfKind } from './score-quotes';
import {
  ACCURACY_CATEGORIES, AccuracyCategory, COUNT_CATEGORIES, Miss, PartialScore, Score,
} from './score-types';
import { hasTime, sameDate, sameTime } from './published-at';
import { normalizeQuoteText } from './text-match';

/** A score with every category at zero. */
export function emptyScore(): Score {
  const counts = Object.fromEntries(COUNT_CATEGORIES.map((c) => [c, emptyCounts()])) as Score['counts'];
  const accuracy = Object.fromEntries(ACCURACY_CATEGORIES.map((c) => [c, { correct: 0, total: 0 }])) as Score['accuracy'];
  return { counts, accuracy, misses: [] };
}

/** Adds a partial (or full) score into `into` and returns it. */
export function addScore(into: Score, part: PartialScore | Score): Score {
  for (const c of COUNT_CATEGORIES) {
    const x = part.counts[c];
    if (x) into.counts[c] = addCounts(into.counts[c], x);
  }
  for (const c of ACCURACY_CATEGORIES) {
    const x = part.accuracy[c];
    if (x) into.accuracy[c] = addAccuracy(into.accuracy[c], x);
  }
  into.misses.push(...part.misses);
  return into;
}

/** Folded names are equal, or one's words are a run inside the other's ("Reuters" ~ "Thomson Reuters"). */
export function sourceMatches(expected: string, predicted: string): boolean {
  const a = ` ${nameKey(expected)} `;
  const b = ` ${nameKey(predicted)} `;
  return a.trim() !== '' && b.trim() !== '' && (a.includes(b) || b.includes(a));
}

type Check = (expected: string, predicted: string) => boolean;

/** One metadata field: null expected must be null predicted; otherwise `same` decides. */
function field(category: AccuracyCategory, expected: string | null, predicted: string | null, same: Check): PartialScore {
  const ok = expected === null ? predicted === null || predicted === '' : predicted !== null && same(expected, predicted);
  const misses: Miss[] = ok ? [] : [{ category, expected, predicted }];
  return { counts: {}, accuracy: { [category]: { correct: ok ? 1 : 0, total: 1 } }, misses };
}

/** Headline, date, time, source, dateline and section accuracy. */
function scoreMetadata(expected: ExpectedArticle, article: ExtractedArticle): PartialScore[] {
  const parts = [
    field('headline', expected.headline, article.headline, (e, p) => normalizeQuoteText(e) === normalizeQuoteText(p)),
    field('publishedAt (date)', expected.publishedAt, article.publishedAt, sameDate),
    field('source', expected.source, article.source, sourceMatches),
    field('dateline', expected.dateline, article.dateline, (e, p) => nameKey(e) === nameKey(p)),
    field('section', expected.section, article.section, (e, p) => nameKey(e) === nameKey(p)),
  ];
  if (hasTime(expected.publishedAt)) parts.push(field('publishedAt (time)', expected.publishedAt, article.publishedAt, sameTime));
  return parts;
}

/**
 * Scores one article: quote spans and speakers per kind, entities, and metadata accuracy.
 * Every miss is listed in `misses` so a report can explain the numbers.
 */
export function scoreArticle(expected: ExpectedArticle, article: ExtractedArticle): Score {
  const parts: PartialScore[] = [
    scoreQuotesOfKind('DIRECT', expected.quotes, article),
    scoreQuotesOfKind('INDIRECT', expected.quotes, article),
    ...scoreEntities(expected, article),
    ...scoreMetadata(expected, article),
  ];
  return parts.reduce<Score>((acc, part) => addScore(acc, part), emptyScore());
}

/** Scores an article the pipeline failed on: everything expected counts as missed. */
export function scoreFailure(expected: ExpectedArticle): Score {
  const blank: ExtractedArticle = {
    headline: '', body: '', publishedAt: null, source: null, section: null, dateline: null, datelineLength: 0,
    language: 'en', warnings: [], paragraphs: [], sentences: [],
    people: [], organizations: [], places: [], events: [], quotes: [],
  };
  return scoreArticle(expected, blank);
}

/** The sum of many scores (misses concatenated). */
export function sumScores(scores: readonly Score[]): Score {
  return scores.reduce<Score>((acc, s) => addScore(acc, s), emptyScore());
}
