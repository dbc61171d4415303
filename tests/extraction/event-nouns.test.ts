import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventNounMentions } from '../../src/extraction/entities/event-nouns';

const names = (body: string) => eventNounMentions(body).map((e) => e.name);

test('hearings, trials, sittings and incidents named by a modifier or a place are events', () => {
  assert.deepEqual(names('After the sentencing hearing, the council meeting ran late; a terrorist attack was foiled.'), ['sentencing hearing', 'council meeting', 'terrorist attack']);
  assert.deepEqual(names('She spoke at the post-match press conference about the midterm elections.'), ['post-match press conference', 'midterm elections']);
  assert.deepEqual(names('The trial in Dunmore lasted two weeks.'), ['trial in Dunmore']);
});

test('a bare noun without a modifier or a place is no event', () => {
  assert.deepEqual(names('The trial lasted two weeks and the game was dull.'), []);
});

test('the name keeps its place; the alias is the noun with its modifiers', () => {
  const [e] = eventNounMentions('Ms Harlow was cleared after a three-day hearing at the Kestrel Crown Court.');
  assert.equal(e.name, 'three-day hearing at the Kestrel Crown Court');
  assert.equal(e.alias, 'three-day hearing');
});

test('a plain noun after an occasion word takes its describing phrase, which a time phrase or a clause ends', () => {
  assert.deepEqual(names('He spoke at a meeting of the Dunmore harbour council on Tuesday.'), ['meeting of the Dunmore harbour council']);
  assert.deepEqual(names('During an interview with Radio Kalvik, the mayor said little.'), ['interview with Radio Kalvik']);
  assert.deepEqual(names('The minister told a hearing on ferry fares that prices would fall.'), ['hearing on ferry fares']);
  assert.deepEqual(names('The talks with the union went badly.'), []);
});

test('owners, dates, lengths, ordinals and capitalised modifiers before the noun', () => {
  assert.deepEqual(names("Delegates left before the Harbour Board's annual meeting."), ["Harbour Board's annual meeting"]);
  assert.deepEqual(names("Fans are already talking about next weekend's bronze final."), ["next weekend's bronze final"]);
  assert.deepEqual(names('Since the June 4 indictment, the mayor has said nothing.'), ['June 4 indictment']);
  assert.deepEqual(names('The jury retired after a two-week trial.'), ['two-week trial']);
  assert.deepEqual(names('Ministers arrived for the Velorian Water Workers conference.'), ['Velorian Water Workers conference']);
});

test('game results need a score or an opponent', () => {
  assert.deepEqual(names('Kalvik Rovers sealed a 3-1 win over Dunmore Athletic on the final day.'), ['3-1 win over Dunmore Athletic on the final day']);
  assert.deepEqual(names('It was a win for common sense.'), []);
});

test('new event vocabulary: appearances, verdicts, disputes, question-and-answer sessions', () => {
  assert.deepEqual(names('He made the claim at a public appearance for the Kalvik Food Bank.'), ['public appearance for the Kalvik Food Bank']);
  assert.deepEqual(names('The jury reached a verdict in her trial.'), ['verdict in her trial']);
  assert.deepEqual(names('Talks on the Dunmore bus dispute stalled.'), ['Dunmore bus dispute']);
  assert.deepEqual(names('Officials hosted a question and answer session on water safety.'), ['question and answer session on water safety']);
});

test('a capitalised adjective inside a capitalised name stays in the event name', () => {
  assert.deepEqual(names('Delegates met at the Harbour Towns New Varda conference this week.'), ['Harbour Towns New Varda conference']);
});

test('the first or final day of an occasion is an event', () => {
  assert.deepEqual(names('On the first day of the spring term, Judge Orrin Vale spoke.'), ['first day of the spring term']);
  assert.deepEqual(names('By the final day of the Kalvik fair, crowds had thinned.'), ['final day of the Kalvik fair']);
  assert.deepEqual(names('It was a long day of rain.'), []);
});

test('a plain event noun after a time preposition and "the" is an event', () => {
  assert.deepEqual(names('After the verdict was read, Mr Tollan left the court.'), ['verdict']);
  assert.deepEqual(names('Nothing changed during the referendum.'), ['referendum']);
  assert.deepEqual(names('The verdict was read out and the game was dull.'), []);
  assert.deepEqual(names('After the call, she left.'), []);
  assert.deepEqual(names('Since the inquiry, fares have risen.'), []);
});
