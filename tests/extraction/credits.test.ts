import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCredits } from '../../src/extraction/normalize/credits';
import { extractArticle } from '../../src/extraction/pipeline';

const lines = (text: string) => text.split('\n');

test('by-lines name their writers, editors and co-writers; a prose "By" names nobody', () => {
  const page = 'By ODILE MARSK and Tavi Renn, Staff Writers\n(Reporting by Ilse Varo; Editing by Bram Kettle)\n--With assistance from Nuri Sade.\nBy Thursday, the Quorvale council had voted.';
  assert.deepEqual(findCredits(lines(page), 0), ['Odile Marsk', 'Tavi Renn', 'Ilse Varo', 'Bram Kettle', 'Nuri Sade']);
});

test('photo credits name the photographer: label and slash, slash and agency, copyright sign', () => {
  const page = 'Crowds wait at the Pelloria gate. (Wirefeed Photo/Jonah K. Brell)\nThe mayor speaks. Marit Oslund / POOL / WIREX\n© Anselm Grue/Getty Images\nPhoto: Lisa Tarn';
  assert.deepEqual(findCredits(lines(page), 0), ['Jonah K. Brell', 'Marit Oslund', 'Anselm Grue', 'Lisa Tarn']);
});

test('author lines: a label, a name with the date beside it, a name above a date line', () => {
  const page = 'Renata Voss 3 March 2024\nTeller fund opens\nKestrel Amadu\n4 March 2024, 10:15\nBody text.\nAuthor:\n\nDorin Pask';
  assert.deepEqual(findCredits(lines(page), 4), ['Renata Voss', 'Kestrel Amadu', 'Dorin Pask']);
});

test('contact and contribution lines name reporters; a plain heading names nobody', () => {
  const page = 'Harbour Works Update\n• J.T. Marlow can be reached at jmarlow@example.test.\nStaff writer Ebba Quist in Lornhaven contributed to this report.';
  assert.deepEqual(findCredits(lines(page), 1), ['J.T. Marlow', 'Ebba Quist']);
});

test('a credited person becomes a person of the article without body mentions, once', () => {
  const text = 'Harbour fees rise in Lornhaven\n\nBy Renata Voss\n\nLORNHAVEN (Wirefeed) - The port board raised fees on Monday, chairman Teo Brask said in a statement to reporters.\n\nRenata Voss contributed to this report.';
  const people = extractArticle({ text, format: 'text' }).people;
  assert.deepEqual(people.map((p) => [p.name, p.mentions.length > 0]), [['Teo Brask', true], ['Renata Voss', false]]);
});
