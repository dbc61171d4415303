import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cuedPlaces } from '../../src/extraction/entities/place-cues';
import { eventNounMentions } from '../../src/extraction/entities/event-nouns';
import { givenNameGender, isPluralWord } from '../../src/extraction/lexicon/names';
import { findQuotedRuns } from '../../src/extraction/quotes/marks';
import { extractArticle } from '../../src/extraction/pipeline';

test('places marked by context: prepositions, lists, rivers, features', () => {
  const body = 'Residents of Bergvik fled to nearby Skarvøy. The ports of Strasbourg, Kehl and Mannheim joined. The river Sela rose near the Svalen archipelago.';
  const names = cuedPlaces(body).map((c) => c.full ?? c.name);
  for (const n of ['Skarvøy', 'Sela', 'Svalen archipelago']) assert.ok(names.includes(n), n);
  assert.ok(!cuedPlaces('They met in January with Anna Kovac in Velorian conditions.').length);
});

test('lower-case event nouns with a place or an event modifier', () => {
  const names = eventNounMentions('Regional elections in Veloria follow the talks in Geneva and a public meeting.').map((e) => e.name);
  assert.deepEqual(names, ['Regional elections in Veloria', 'talks in Geneva', 'public meeting']);
});

test('lexicon look-ups replace compromise parses', () => {
  assert.equal(givenNameGender('Anne-Laure'), 'F');
  assert.equal(givenNameGender('Dahlberg'), null);
  assert.ok(isPluralWord('Critics') && isPluralWord('Protesters'));
  assert.ok(!isPluralWord('Albers') && !isPluralWord('Havnås'));
});

test('spaced French guillemets are quote marks', () => {
  const body = '« One terminal will serve the region », Morvan declared.';
  const [run] = findQuotedRuns(body, [{ start: 0, end: body.length }]);
  assert.equal(body.slice(run.text.start, run.text.end), 'One terminal will serve the region');
});

test('a role appositive before a name resolves the speaker', () => {
  const text = 'BERLIN, 3 May (ARP) – The port joined. Its managing director, Dr. Katrin Seiler, underlined that financing was not yet secured.';
  const out = extractArticle({ text, format: 'text' });
  const q = out.quotes.find((x) => x.text.startsWith('financing'));
  assert.equal(out.people.find((p) => p.key === q?.speakerKey)?.name, 'Katrin Seiler');
});
