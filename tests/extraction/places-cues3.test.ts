import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../../src/extraction/entities/places';

const names = (body: string, hinted: string[] = []) => findPlaces(body, null, hinted).map((p) => p.written);

test('office noun after a lower-case word, area nouns, compass regions and named features are places', () => {
  const found = names('He is also the Marnow Governor. In his own district of Pellby, rates rose. Homes in the Kelshire areas of Dunford and Ashby flooded, and one alert stands in the South West. Oil reached the Orvel River.');
  for (const n of ['Marnow', 'Pellby', 'Dunford', 'Ashby', 'South West', 'Orvel River']) assert.ok(found.includes(n), n);
});

test('a territory noun belongs to the cued name; nested mentions are dropped', () => {
  const found = names('The spill happened in Amsel Nine territory last week.');
  assert.ok(found.includes('Amsel Nine territory'));
  assert.ok(!found.includes('Amsel Nine'));
});

test('numbers, buildings, weak prepositions before nouns, agencies and possessive hints are no places', () => {
  const found = names('He is out of Round 3. They met in Kestrel house in Paris. Compared to Vantor’s phones and pertaining to Amsel land, the deal held, Kazinform reports.', ['Vantor']);
  for (const n of ['Round', 'Kestrel', 'Vantor', 'Amsel']) assert.ok(!found.includes(n), n);
});

test('"X-based" names a gazetteer place; a continent before a rank is no place', () => {
  const found = names('The Paris-based lender grew. Asia’s No. 4 economy slowed.');
  assert.ok(found.includes('Paris'));
  assert.ok(!found.includes('Asia'));
});
