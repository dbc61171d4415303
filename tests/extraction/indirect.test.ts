import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extraction/segment/segment';
import { extractIndirectQuotes } from '../../src/extraction/quotes/indirect';

const run = (body: string, datelineEnd = 0) => extractIndirectQuotes(body, segment(body), [], datelineEnd)
  .map((q) => [q.text, q.speaker?.text ?? null, q.cueVerb, q.attribution]);

test('finds a trailing attribution after the reported clause', () => {
  assert.deepEqual(run('Cooperation between the two countries is growing, Anna Kovac emphasized.'), [
    ['Cooperation between the two countries is growing', 'Anna Kovac', 'emphasized', 'EXPLICIT_NAME'],
  ]);
});

test('finds a lead sentence with a title chain and a setting after the verb', () => {
  const body = 'TROMHOLM, 3 May (NorTA) - Veloria actively cooperates with five regions of Norland, Minister of Trade of Veloria Anna Kovac said at the opening of the trade fair, NorTA has learned.';
  assert.deepEqual(run(body, 'TROMHOLM, 3 May (NorTA) - '.length), [
    ['Veloria actively cooperates with five regions of Norland', 'Anna Kovac', 'said', 'EXPLICIT_NAME'],
  ]);
});

test('finds "S said (that) clause" and "according to S"', () => {
  const body = 'Ivan Petrov said that the talks had been useful. On Tuesday, she said the border would reopen soon. According to Marta Lind, the deal will be signed in May.';
  assert.deepEqual(run(body), [
    ['the talks had been useful', 'Ivan Petrov', 'said', 'EXPLICIT_NAME'],
    ['the border would reopen soon', 'she', 'said', 'PRONOUN'],
    ['the deal will be signed in May', 'Marta Lind', null, 'ACCORDING_TO'],
  ]);
});

test('does not take a setting phrase or a plain statement for reported speech', () => {
  assert.deepEqual(run('Anna Kovac said at the meeting. The weather was fine on Tuesday.'), []);
});

test('finds reported speech after long openers, relative clauses, "told reporters" and bare plural subjects', () => {
  const body = [
    'Speaking at a joint press conference after the signing ceremony, Ivan Petrov said the two countries aim to raise trade.',
    'He was accompanied by Interior Minister Ragna Solvik, who said that 400 soldiers had been sent to help.',
    'Marta Lind told reporters on Monday that the plan was dead.',
    'Analysts said the delay could cost the operator 40 million euros.',
    'For his part, Foreign Minister Olav Berg stressed that the border would stay open.',
    'According to him, the institute already exports equipment to eleven countries.',
  ].join(' ');
  assert.deepEqual(run(body).map((q) => q.slice(0, 3)), [
    ['the two countries aim to raise trade', 'Ivan Petrov', 'said'],
    ['400 soldiers had been sent to help', 'Ragna Solvik', 'said'],
    ['the plan was dead', 'Marta Lind', 'told'],
    ['the delay could cost the operator 40 million euros', 'Analysts', 'said'],
    ['the border would stay open', 'Olav Berg', 'stressed'],
    ['the institute already exports equipment to eleven countries', 'him', null],
  ]);
});
