/**
 * Quote scoring: span matching per kind, then speaker and cue-verb agreement of matched quotes.
 */
import type { ExtractedArticle, ExtractedQuote, QuoteKind } from '../extraction/types';
import type { ExpectedQuote } from './expected';
import type { Accuracy, Counts } from './metrics';
import type { Miss, PartialScore } from './score-types';
import { anyNameMatches, matchOneToOne, normalizeQuoteText, tokenF1 } from './text-match';

/** Minimum token-overlap F1 for two quote texts to count as the same quote. */
export const QUOTE_F1_THRESHOLD = 0.9;

/** Match strength of two quote texts: 2 for normalized equality, the token F1 if ≥ 0.9, else 0. */
export function quoteTextScore(expected: string, predicted: string): number {
  if (normalizeQuoteText(expected) === normalizeQuoteText(predicted)) return 2;
  const f = tokenF1(normalizeQuoteText(expected), normalizeQuoteText(predicted));
  return f >= QUOTE_F1_THRESHOLD ? f : 0;
}

/** The names (canonical and aliases) of the predicted speaker, or null when there is none. */
function speakerNames(article: ExtractedArticle, quote: ExtractedQuote): string[] | null {
  if (!quote.speakerKey) return null;
  const person = article.people.find((p) => p.key === quote.speakerKey);
  if (!person) return null;
  return [person.name, ...person.aliases.map((a) => a.name)];
}

/** Whether the predicted speaker is the expected one (null matches null). */
export function speakerMatches(
  expected: string | null,
  article: ExtractedArticle,
  quote: ExtractedQuote,
): boolean {
  const names = speakerNames(article, quote);
  if (expected === null) return names === null;
  return names !== null && anyNameMatches([expected], names);
}

function predictedSpeakerLabel(article: ExtractedArticle, quote: ExtractedQuote): string | null {
  return speakerNames(article, quote)?.[0] ?? null;
}

/**
 * Scores the quotes of one kind: span tp/fp/fn, then of the matched ones the speaker counts
 * (tp right, fp a wrong or unexpected speaker, fn no speaker where one was expected).
 */
export function scoreQuotesOfKind(
  kind: QuoteKind,
  expectedAll: readonly ExpectedQuote[],
  article: ExtractedArticle,
): PartialScore {
  const label = kind === 'DIRECT' ? 'direct' : 'indirect';
  const spanCat = `${label} quotes (span)` as const;
  const speakerCat = `${label} quotes (speaker)` as const;
  const expected = expectedAll.filter((q) => q.kind === kind);
  const predicted = article.quotes.filter((q) => q.kind === kind);
  const pairs = matchOneToOne(expected.length, predicted.length, (e, p) =>
    quoteTextScore(expected[e].text, predicted[p].text),
  );
  const misses: Miss[] = [];
  const span: Counts = { tp: pairs.length, fp: predicted.length - pairs.length, fn: expected.length - pairs.length };
  const speaker: Counts = { tp: 0, fp: 0, fn: 0 };
  const cue: Accuracy = { correct: 0, total: 0 };
  for (const { expected: e, predicted: p } of pairs) {
    const exp = expected[e];
    const pred = predicted[p];
    if (speakerMatches(exp.speaker, article, pred)) speaker.tp += 1;
    else {
      if (pred.speakerKey === null) speaker.fn += 1;
      else speaker.fp += 1;
      const who = predictedSpeakerLabel(article, pred) ?? (pred.speakerText ? `(unresolved: ${pred.speakerText})` : null);
      misses.push({ category: speakerCat, expected: `${exp.speaker} ← "${exp.text}"`, predicted: who });
    }
    if (exp.cueVerb !== null) {
      cue.total += 1;
      if (pred.cueVerb?.toLowerCase() === exp.cueVerb.toLowerCase()) cue.correct += 1;
      else if (kind === 'DIRECT') misses.push({ category: 'direct quotes (cue verb)', expected: exp.cueVerb, predicted: pred.cueVerb });
    }
  }
  const matchedE = new Set(pairs.map((x) => x.expected));
  const matchedP = new Set(pairs.map((x) => x.predicted));
  expected.forEach((q, i) => matchedE.has(i) || misses.push({ category: spanCat, expected: q.text, predicted: null }));
  predicted.forEach((q, i) => matchedP.has(i) || misses.push({ category: spanCat, expected: null, predicted: q.text }));
  const result: PartialScore = { counts: { [spanCat]: span, [speakerCat]: speaker }, accuracy: {}, misses };
  if (kind === 'DIRECT') {
    result.accuracy['direct quotes (speaker)'] = { correct: speaker.tp, total: pairs.length };
    result.accuracy['direct quotes (cue verb)'] = cue;
  }
  return result;
}
