import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventNounMentions } from '../../src/extraction/entities/event-nouns';

const names = (body: string) => eventNounMentions(body).map((e) => e.name);

test('hearings, trials, sittings and incidents named by a modifier or a place are events', () => {
  assert.deepEqual(names('After the sentencing hearing, the council meeting ran late; a terrorist attack was foiled.'), ['sentencing hearing', 'council meeting', 'terrorist attack']);
  assert.deepEqual(names('She spoke at the post-match press conference about the midterm elections.'), ['post-match press conference', 'midterm elections']);
  assert.deepEqual(names('The trial in Dunmore lasted two weeks.'), ['trial']);
});

test('a bare noun without a modifier or a place is no event', () => {
  assert.deepEqual(names('The trial lasted two weeks and the game was dull.'), []);
});
