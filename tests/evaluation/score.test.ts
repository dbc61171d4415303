import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedArticle, ExtractedPerson, ExtractedQuote } from '../../src/extraction/types';
import type { ExpectedArticle } from '../../src/evaluation/expected';
import { f1, precision, recall, accuracyRate } from '../../src/evaluation/metrics';
import { scoreArticle } from '../../src/evaluation/score';
import { normalizeQuoteText, tokenF1 } from '../../src/evaluation/text-match';

const Q1 = 'Cooperation in science keeps growing every year';
const Q2 = "We have signed the 'Green Corridor' agreement";

function person(key: string, name: string, aliases: string[] = []): ExtractedPerson {
  return { key, name, aliases: aliases.map((a) => ({ name: a, reason: 'VARIANT' })), mentions: [], roles: [] };
}

function quote(text: string, speakerKey: string | null, kind: 'DIRECT' | 'INDIRECT' = 'DIRECT'): ExtractedQuote {
  const span = { start: 0, end: text.length };
  return { kind, text, span, sentence: span, speakerKey, speakerText: null, cueVerb: 'said', attribution: 'EXPLICIT_NAME', cuePass: null, speakerPass: null, confidence: 1, eventKey: null };
}

function expected(): ExpectedArticle {
  return {
    headline: 'Academy expands ties with Norland',
    publishedAt: '2026-03-03T14:05:00+01:00',
    source: 'Reuters',
    section: 'World',
    dateline: 'Geneva',
    quotes: [
      { kind: 'DIRECT', text: Q1, speaker: 'Aleksandr Vorel', cueVerb: 'said' },
      { kind: 'DIRECT', text: Q2, speaker: 'Aleksandr Vorel', cueVerb: 'said' },
      { kind: 'INDIRECT', text: 'the talks would resume in May', speaker: null, cueVerb: 'said' },
    ],
    people: [{ name: 'Aleksandr Vorel', roles: ['President'] }],
    organizations: [{ name: 'National Academy of Norland', acronym: 'NAN', aliases: ['Norland Academy'] }],
    places: ['Geneva', 'Norland'],
    events: [{ name: 'Geneva Science Forum', place: 'Geneva' }],
  };
}

/** A prediction that agrees with `expected()` in every category. */
function perfect(): ExtractedArticle {
  return {
    headline: 'Academy expands ties with Norland', body: '', publishedAt: '2026-03-03T14:05:00+01:00',
    source: 'Reuters', section: 'World', dateline: 'Geneva', datelineLength: 0, language: 'en', warnings: [],
    paragraphs: [], sentences: [],
    people: [person('p1', 'Alexander Vorel')],
    organizations: [{ key: 'o1', name: 'National Academy of Norland', aliases: [], mentions: [], acronym: 'NAN', kind: 'ACADEMY' }],
    places: [
      { key: 'pl1', name: 'Geneva', aliases: [], mentions: [], kind: 'CITY' },
      { key: 'pl2', name: 'Norland', aliases: [], mentions: [], kind: 'COUNTRY' },
    ],
    events: [{ key: 'e1', name: 'Geneva Science Forum', aliases: [], mentions: [], kind: 'FORUM', startDate: null, endDate: null, placeKey: 'pl1', participantKeys: [] }],
    quotes: [quote(`${Q1},`, 'p1'), quote(Q2.replace(/'/g, '\u2018'), 'p1'), quote('the talks would resume in May', null, 'INDIRECT')],
  };
}

test('a perfect prediction scores 1.0 in every category', () => {
  const score = scoreArticle(expected(), perfect());
  for (const [category, counts] of Object.entries(score.counts)) {
    assert.equal(f1(counts), 1, `${category}: ${JSON.stringify(counts)}`);
  }
  for (const [category, acc] of Object.entries(score.accuracy)) {
    assert.equal(accuracyRate(acc), 1, `${category}: ${JSON.stringify(acc)}`);
  }
  assert.deepEqual(score.misses, []);
});

test('a missing quote lowers recall but not precision', () => {
  const predicted = perfect();
  predicted.quotes = predicted.quotes.filter((q) => !q.text.startsWith('We have'));
  const span = scoreArticle(expected(), predicted).counts['direct quotes (span)'];
  assert.deepEqual(span, { tp: 1, fp: 0, fn: 1 });
  assert.equal(precision(span), 1);
  assert.equal(recall(span), 0.5);
});

test('a wrong speaker lowers speaker accuracy, not span scores', () => {
  const predicted = perfect();
  predicted.people.push(person('p2', 'Inga Sollberg'));
  predicted.quotes[1] = { ...predicted.quotes[1], speakerKey: 'p2' };
  const score = scoreArticle(expected(), predicted);
  assert.deepEqual(score.counts['direct quotes (span)'], { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(score.counts['direct quotes (speaker)'], { tp: 1, fp: 1, fn: 0 });
  assert.equal(accuracyRate(score.accuracy['direct quotes (speaker)']), 0.5);
  assert.equal(score.counts.people.fp, 1);
});

test('a split quote is two quotes: one merged prediction matches neither', () => {
  const predicted = perfect();
  predicted.quotes = [quote(`${Q1}. ${Q2}`, 'p1'), predicted.quotes[2]];
  assert.deepEqual(scoreArticle(expected(), predicted).counts['direct quotes (span)'], { tp: 0, fp: 1, fn: 2 });
});

test('each expected quote is matched at most once', () => {
  const predicted = perfect();
  predicted.quotes.push(quote(Q1, 'p1'));
  assert.deepEqual(scoreArticle(expected(), predicted).counts['direct quotes (span)'], { tp: 2, fp: 1, fn: 0 });
});

test('a near-identical quote (token F1 >= 0.9) still matches', () => {
  const predicted = perfect();
  predicted.quotes[0] = quote(`${Q1} too`, 'p1');
  assert.ok(tokenF1(Q1, `${Q1} too`) >= 0.9);
  assert.equal(scoreArticle(expected(), predicted).counts['direct quotes (span)'].tp, 2);
});

test('organizations match through an acronym or an expected alias', () => {
  const byAcronym = perfect();
  byAcronym.organizations = [{ ...byAcronym.organizations[0], name: 'NAN', acronym: null }];
  assert.equal(scoreArticle(expected(), byAcronym).counts.organizations.tp, 1);
  const byAlias = perfect();
  byAlias.organizations = [{ ...byAlias.organizations[0], name: 'Norland Academy', acronym: null }];
  assert.equal(scoreArticle(expected(), byAlias).counts.organizations.tp, 1);
});

test('a speaker matches through a predicted alias and a transliteration variant', () => {
  const predicted = perfect();
  predicted.people = [person('p1', 'A. Vorel', ['Aleksandr Vorel'])];
  const score = scoreArticle(expected(), predicted);
  assert.equal(score.counts['direct quotes (speaker)'].tp, 2);
  assert.equal(score.counts.people.tp, 1);
});

test('an expected null speaker needs a null predicted speaker', () => {
  const predicted = perfect();
  predicted.quotes[2] = { ...predicted.quotes[2], speakerKey: 'p1' };
  assert.deepEqual(scoreArticle(expected(), predicted).counts['indirect quotes (speaker)'], { tp: 0, fp: 1, fn: 0 });
});

test('metadata: the same instant in another offset matches, source by contained name', () => {
  const predicted = { ...perfect(), publishedAt: '2026-03-03T13:05:00Z', source: 'Thomson Reuters', dateline: 'GENEVA' };
  const score = scoreArticle(expected(), predicted);
  assert.equal(score.accuracy['publishedAt (date)'].correct, 1);
  assert.equal(score.accuracy['publishedAt (time)'].correct, 1);
  assert.equal(score.accuracy.source.correct, 1);
  assert.equal(score.accuracy.dateline.correct, 1);
});

test('metadata: a wrong time counts against time only; a label without offset compares wall clock', () => {
  const wrong = scoreArticle(expected(), { ...perfect(), publishedAt: '2026-03-03T14:05:00Z' });
  assert.equal(wrong.accuracy['publishedAt (date)'].correct, 1);
  assert.equal(wrong.accuracy['publishedAt (time)'].correct, 0);
  const local = { ...expected(), publishedAt: '2026-03-03T14:05:00' };
  assert.equal(scoreArticle(local, { ...perfect(), publishedAt: '2026-03-03T14:05:00+03:00' }).accuracy['publishedAt (time)'].correct, 1);
});

test('quote normalization folds marks, whitespace and trailing punctuation', () => {
  assert.equal(normalizeQuoteText('  \u201cWe  are\nready,\u201d '), 'we are ready');
  assert.equal(normalizeQuoteText('\u00abthe \u2018Green\u2019 plan\u00bb.'), "the 'green' plan");
});
