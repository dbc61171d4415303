/**
 * Runs an extractor over labelled articles and scores each one; crashes become scored failures.
 */
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import type { LabelledArticle } from './load-labelled';
import { scoreArticle, scoreFailure, sumScores } from './score';
import type { Score } from './score-types';

/** The result for one labelled article. */
export interface ArticleResult {
  id: string;
  score: Score;
  /** The message of the error the extractor threw, when it did. */
  error: string | null;
}

/** The results of a whole run. */
export interface EvaluationRun {
  articles: ArticleResult[];
  total: Score;
}

export type Extractor = (input: RawArticleInput) => ExtractedArticle;

/** Extracts and scores one article, turning an exception into an all-missed score. */
export function evaluateArticle(article: LabelledArticle, extract: Extractor): ArticleResult {
  let predicted: ExtractedArticle;
  try {
    predicted = extract(article.input);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { id: article.id, score: scoreFailure(article.expected), error: message };
  }
  return { id: article.id, score: scoreArticle(article.expected, predicted), error: null };
}

/** Evaluates every article and sums the scores. */
export function runEvaluation(articles: readonly LabelledArticle[], extract: Extractor): EvaluationRun {
  const results = articles.map((a) => evaluateArticle(a, extract));
  return { articles: results, total: sumScores(results.map((r) => r.score)) };
}
