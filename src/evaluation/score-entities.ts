/**
 * Entity scoring: people, organizations, places and events, each matched one-to-one by name.
 */
import type { ExtractedArticle, ExtractedEvent } from '../extraction/types';
import { nameKey } from '../text/fold';
import type { ExpectedArticle } from './expected';
import type { Accuracy, Counts } from './metrics';
import type { CountCategory, Miss, PartialScore } from './score-types';
import { anyNameMatches, matchOneToOne, Pair, tokenF1 } from './text-match';

/** Minimum token-overlap F1 of folded names for two event names to count as one event. */
export const EVENT_F1_THRESHOLD = 0.7;

interface Named {
  names: string[];
}

/** Every name of a predicted entity: canonical, aliases and (for organizations) the acronym. */
function predictedNames(entity: { name: string; aliases: { name: string }[]; acronym?: string | null }): string[] {
  const names = [entity.name, ...entity.aliases.map((a) => a.name)];
  if (entity.acronym) names.push(entity.acronym);
  return names;
}

/** Counts and misses of one category from a matching. */
function countMatching(category: CountCategory, expected: Named[], predicted: Named[], pairs: Pair[]): PartialScore {
  const counts: Counts = { tp: pairs.length, fp: predicted.length - pairs.length, fn: expected.length - pairs.length };
  const misses: Miss[] = [];
  const matchedE = new Set(pairs.map((x) => x.expected));
  const matchedP = new Set(pairs.map((x) => x.predicted));
  expected.forEach((x, i) => matchedE.has(i) || misses.push({ category, expected: x.names[0], predicted: null }));
  predicted.forEach((x, i) => matchedP.has(i) || misses.push({ category, expected: null, predicted: x.names[0] }));
  return { counts: { [category]: counts }, accuracy: {}, misses };
}

/** Scores a category whose items match when any folded name is shared. */
function scoreByName(category: CountCategory, expected: Named[], predicted: Named[]): PartialScore {
  const pairs = matchOneToOne(expected.length, predicted.length, (e, p) =>
    anyNameMatches(expected[e].names, predicted[p].names) ? 1 : 0,
  );
  return countMatching(category, expected, predicted, pairs);
}

/** Event-name similarity: 2 for a shared folded name, else the best token F1 above the threshold. */
export function eventNameScore(expected: string[], predicted: string[]): number {
  if (anyNameMatches(expected, predicted)) return 2;
  let best = 0;
  for (const e of expected) for (const p of predicted) best = Math.max(best, tokenF1(nameKey(e), nameKey(p)));
  return best >= EVENT_F1_THRESHOLD ? best : 0;
}

/** Whether a predicted event's place is the expected place. */
function eventPlaceMatches(article: ExtractedArticle, event: ExtractedEvent, place: string): boolean {
  const found = article.places.find((p) => p.key === event.placeKey);
  return found !== undefined && anyNameMatches([place], predictedNames(found));
}

/** Scores events by name, and the place of each matched event that has an expected place. */
function scoreEvents(expected: ExpectedArticle, article: ExtractedArticle): PartialScore {
  const exp = expected.events.map((e) => ({ names: [e.name, ...(e.aliases ?? [])], place: e.place }));
  const pred = article.events.map((e) => ({ names: predictedNames(e), event: e }));
  const pairs = matchOneToOne(exp.length, pred.length, (e, p) => eventNameScore(exp[e].names, pred[p].names));
  const result = countMatching('events', exp, pred, pairs);
  const place: Accuracy = { correct: 0, total: 0 };
  for (const { expected: e, predicted: p } of pairs) {
    const want = exp[e].place;
    if (want === null) continue;
    place.total += 1;
    if (eventPlaceMatches(article, pred[p].event, want)) place.correct += 1;
    else {
      const got = article.places.find((x) => x.key === pred[p].event.placeKey)?.name ?? null;
      result.misses.push({ category: 'event place', expected: `${exp[e].names[0]} @ ${want}`, predicted: got });
    }
  }
  result.accuracy['event place'] = place;
  return result;
}

/** Scores people, organizations, places and events of one article. */
export function scoreEntities(expected: ExpectedArticle, article: ExtractedArticle): PartialScore[] {
  const people = scoreByName(
    'people',
    expected.people.map((p) => ({ names: [p.name, ...(p.aliases ?? [])] })),
    article.people.map((p) => ({ names: predictedNames(p) })),
  );
  const organizations = scoreByName(
    'organizations',
    expected.organizations.map((o) => ({ names: [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases] })),
    article.organizations.map((o) => ({ names: predictedNames(o) })),
  );
  const places = scoreByName(
    'places',
    expected.places.map((p) => ({ names: [p] })),
    article.places.map((p) => ({ names: predictedNames(p) })),
  );
  return [people, organizations, places, scoreEvents(expected, article)];
}
