import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demonymCountry, lookupPlace, placeReadings } from '../../src/extraction/lexicon/gazetteer';
import { GENERATED_PATH, generatedFile } from '../../src/cli/generate-gazetteer';
import { extractArticle } from '../../src/extraction/pipeline';

const places = (text: string) => extractArticle({ text: `Harbour news\n\n${text}` }).places.map((p) => `${p.name}:${p.kind}`);

test('the committed gazetteer-generated.ts is what npm run gazetteer writes from world-countries and states-us', () => {
  assert.equal(readFileSync(GENERATED_PATH, 'utf8'), generatedFile());
});

test('countries, capitals, alternative names and demonyms come from the data, our spellings kept', () => {
  assert.deepEqual(lookupPlace('Czechia'), { name: 'Czech Republic', kind: 'COUNTRY', country: 'Czech Republic' });
  assert.equal(lookupPlace('Türkiye')?.name, 'Turkey');
  assert.equal(lookupPlace('Burma')?.name, 'Myanmar');
  assert.deepEqual(lookupPlace('Nouakchott'), { name: 'Nouakchott', kind: 'CITY', country: 'Mauritania' });
  assert.equal(lookupPlace('Eswatini')?.kind, 'COUNTRY');
  assert.equal(demonymCountry('Mozambican'), 'Mozambique');
  assert.equal(lookupPlace('Texas')?.kind, 'REGION');
  assert.equal(lookupPlace('Ohio')?.country, 'United States');
});

test('no two-letter codes, one-word endonyms that are English words, or small-state capitals that are names', () => {
  for (const word of ['AS', 'IN', 'Island', 'Victoria', 'Kingstown']) assert.equal(lookupPlace(word), null, word);
});

test('Georgia and Congo have several readings, kept apart; the Congolese demonym names neither Congo', () => {
  assert.deepEqual(placeReadings('Georgia').map((r) => r.name), ['Georgia', 'Georgia (U.S. state)']);
  assert.deepEqual(placeReadings('Congo').map((r) => r.name), ['Congo', 'Democratic Republic of the Congo', 'Republic of the Congo']);
  assert.equal(demonymCountry('Congolese'), 'Congo');
  assert.equal(lookupPlace('Kinshasa')?.country, 'Democratic Republic of the Congo');
  assert.equal(lookupPlace('Brazzaville')?.country, 'Republic of the Congo');
});

test('"Atlanta, Georgia" and "the state of Georgia" are the US state, for every mention of the article', () => {
  assert.deepEqual(places('ATLANTA, Georgia (AP) — The port board of Savannah approved a new terminal on Monday, its chair Ola Brenne said. Georgia will pay half.'),
    ['Atlanta:CITY', 'Georgia (U.S. state):REGION', 'Savannah:CITY']);
  assert.deepEqual(places('Lawmakers in the state of Georgia voted on Monday to widen the highway near the airport, officials said.'), ['Georgia (U.S. state):REGION']);
});

test('Georgia with Tbilisi or a Georgian nearby, or with no context, is the country', () => {
  assert.deepEqual(places('TBILISI (Reuters) - Georgia will open a new port on the coast, the Georgian economy minister Nino Beridze said on Monday.'), ['Tbilisi:CITY', 'Georgia:COUNTRY']);
  assert.deepEqual(places('The company will build a plant in Georgia, it said on Monday, without naming the site.'), ['Georgia:COUNTRY']);
});

test('Congo is the Congo its capital or full name points at, else the bare name, never merged into either', () => {
  assert.deepEqual(places('KINSHASA (Reuters) - Congo will raise its mining taxes next year, the finance minister Jean Mbala said on Monday.'), ['Kinshasa:CITY', 'Democratic Republic of the Congo:COUNTRY']);
  assert.deepEqual(places('BRAZZAVILLE (Reuters) - Congo will sell more oil to its neighbours, the energy minister Paul Ngoma said on Monday.'), ['Brazzaville:CITY', 'Republic of the Congo:COUNTRY']);
  assert.deepEqual(places('The Democratic Republic of Congo said on Monday that talks would resume. Congo has asked for more observers.'), ['Democratic Republic of Congo:COUNTRY']);
  assert.deepEqual(places('Congo will raise its mining taxes next year, the Congolese finance minister Jean Mbala said on Monday.'), ['Congo:COUNTRY']);
});

test('"Georgia\'s governor" with other US places or the U.S. in the article is the state', () => {
  assert.deepEqual(places("Georgia's governor Dale Fenwick signed the budget on Monday, a week after Texas and Ohio passed theirs, officials said."),
    ['Georgia (U.S. state):REGION', 'Texas:REGION', 'Ohio:REGION']);
  assert.deepEqual(places("Georgia's governor Dale Fenwick signed the bill, and the U.S. Senate will review it next month."), ['Georgia (U.S. state):REGION']);
});

test('a place is named by its fullest written form, the canonical name kept as an alias', () => {
  const named = (body: string) => extractArticle({ text: `Harbour news\n\n${body}` }).places.map((p) => [p.name, p.aliases.map((a) => a.name)]);
  assert.deepEqual(named('Talks in the UAE ended on Monday, officials said.'), [['UAE', ['United Arab Emirates']]]);
  assert.deepEqual(named('Exports to the UK rose last year, and the United Kingdom expects more, an aide said.'), [['United Kingdom', ['UK']]]);
});

test('a lower-case direction before a known place names a region of it', () => {
  assert.deepEqual(places('Storms closed roads across northern France on Monday, and ferries to Spain were cancelled, officials said.'), ['northern France:REGION', 'Spain:COUNTRY']);
});

test('a country before a currency noun is no place mention', () => {
  assert.deepEqual(places('The harbour board of Port Amsel paid 40 million US dollars for two cranes, a spokeswoman said.'), []);
});

test('a single capitalised name before a local office ("Kelbrook mayor") is a place', () => {
  assert.deepEqual(places('The budget will be cut, Kelbrook mayor Ann Tovey said on Monday.'), ['Kelbrook:OTHER']);
});
