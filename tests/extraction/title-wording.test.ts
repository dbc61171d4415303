import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';
import { saneTypes } from '../../src/ingest/type-sanity';

const extract = (body: string) => extractArticle({ text: `Headline for the test story\n\n${body}` });
const roles = (body: string) => Object.fromEntries(extract(body).people.map((p) => [p.name, p.roles.map((r) => r.title)]));

test('a title keeps the place or organization words written before its role noun', () => {
  const r = roles('Harwick Partners analyst Dena Marlo spoke first. Tarrow Council chairman Ivo Brandt came later. On Monday, Velorian Prime Minister Anna Kovac arrived.');
  assert.deepEqual([r['Dena Marlo'], r['Ivo Brandt'], r['Anna Kovac']], [['Harwick Partners analyst'], ['Tarrow Council chairman'], ['Velorian Prime Minister']]);
});

test('the organization before a title is still linked to the role', () => {
  const doc = extract('Harwick Partners analyst Dena Marlo said the quarter was weak.');
  const role = doc.people.find((p) => p.name === 'Dena Marlo')?.roles[0];
  assert.equal(role?.title, 'Harwick Partners analyst');
  assert.equal(doc.organizations.find((o) => o.key === role?.organizationKey)?.name, 'Harwick Partners');
});

test('a modifier such as "former" stays in the title as written', () => {
  assert.deepEqual(roles('The claims were made by former deputy Tomas Brel on Monday.')['Tomas Brel'], ['former deputy']);
});

test('"the governor said" adds "governor" beside "Gov.", but "the minister" adds nothing beside "Foreign Minister"', () => {
  const r = roles('Gov. Ana Ruiz backtracked on Monday. Foreign Minister Olav Berg stayed away. Her aide, Lena Park, said the office was checking.\n\n"I regret the confusion," the governor said on Tuesday.\n\n"No comment," the minister said.');
  assert.deepEqual([r['Ana Ruiz'], r['Olav Berg']], [['Gov.', 'governor'], ['Foreign Minister']]);
});

test('a "boss" before a name is a title, and "the Tarrow boss" who speaks later is one of his titles', () => {
  const r = roles('TARROW ROVERS BOSS Ivo Brandt began with a speech.\n\n"We were beaten by a better side," said the Tarrow boss.');
  assert.deepEqual(r['Ivo Brandt'], ['TARROW ROVERS BOSS', 'Tarrow boss']);
});

test('an appositive after a titled name, an age or degrees adds its roles, one per "and"', () => {
  const r = roles('The senator worked with Sen. Bob Tarkin, Tarrow Republican and committee chairman. Later, Dena Marlo, M.D., Ph.D., district veterinary inspector, said it was fine. The agency named Nora Brel, 23, a Tarrow college student studying abroad in Marlow. Sheikh Omar bin Said Al Rami, Vice President and Prime Minister of Veloria and Ruler of Amsel, spoke.');
  assert.deepEqual(r['Bob Tarkin'], ['Sen.', 'Tarrow Republican', 'committee chairman']);
  assert.deepEqual(r['Dena Marlo'], ['district veterinary inspector', 'M.D.', 'Ph.D.']);
  assert.deepEqual(r['Nora Brel'], ['Tarrow college student']);
  assert.deepEqual(r['Omar bin Said Al Rami'], ['Sheikh', 'Vice President', 'Prime Minister of Veloria', 'Ruler of Amsel']);
});

test('a role compound with a prefix is a role word ("Vice-Chief", "ex-deputy")', () => {
  const r = roles('Claims were made by deceased ex-deputy Tomas Brel. "We will see," said Dena Marlo, a Vice-Chief of the Tarrow Federation.');
  assert.deepEqual([r['Tomas Brel'], r['Dena Marlo']], [['ex-deputy'], ['Vice-Chief of the Tarrow Federation']]);
});

test('a quoted nickname between name words stays in the name, and "spoke first" after degrees is no title', () => {
  const r = roles('Claims were made by deceased ex-deputy Ramon "Rae" Ortiz. Later, Nora Vance, M.D., spoke first.');
  assert.deepEqual(r, { 'Ramon "Rae" Ortiz': ['ex-deputy'], 'Nora Vance': ['M.D.'] });
});

test('a possessive role right before a name, "who is also the" after it, and a lower-case council before a role', () => {
  const r = roles('What irked the Tarrow coach was the moment his captain, Aksel Vold, took the question. David Brandt who is also the Marlow Governor demanded an office. Tarrow council leader Ellen Varga told us. PM Jorvik said so.');
  assert.deepEqual([r['Aksel Vold'], r['David Brandt'], r['Ellen Varga'], r.Jorvik], [['captain'], ['Marlow Governor'], ['Tarrow council leader'], ['PM']]);
});

test('an appositive title with "and" inside it stays whole when its first part holds no role', () => {
  assert.deepEqual(roles('Anna Vey, Harold and Inge Brandt Dean of Law, spoke.')['Anna Vey'], ['Harold and Inge Brandt Dean of Law']);
});

test('an appositive before a parenthesised acronym, and "who is also the" after a surname mention', () => {
  const r = roles('"It is hard," said Nora Lerat, a Vice-Chief of the League of Tarrow Nations (LTN). Later, David Brandt spoke. Brandt, who is also the Marlow Governor, demanded an office.');
  assert.deepEqual([r['Nora Lerat'], r['David Brandt']], [['Vice-Chief of the League of Tarrow Nations'], ['Marlow Governor']]);
});

test('two titles joined by a dash before a name are both titles', () => {
  assert.deepEqual(roles('MARLOW. Deputy Prime Minister of Veloria – Minister of Trade and Integration David Vorn unveiled the plans.')['David Vorn'],
    ['Minister of Trade and Integration', 'Deputy Prime Minister of Veloria']);
});

test('a full name found from its surname keeps the title chain before it', () => {
  const r = roles('MARLOW. Deputy Prime Minister of Veloria – Minister of Trade Serik Vornak unveiled the plans.\n\n"We are ready," said Vornak.');
  assert.deepEqual(r['Serik Vornak'], ['Minister of Trade', 'Deputy Prime Minister of Veloria']);
});

test('a description keeps the organization joined after its title ("leader of ...", "analyst at ...")', () => {
  const doc = extract('The leader of Tarrow Borough Council, Ellen Varga, resigned. Dena Marlo, an analyst at Harwick Partners, cut her forecast.');
  const r = Object.fromEntries(doc.people.map((p) => [p.name, p.roles.map((x) => [x.title, doc.organizations.find((o) => o.key === x.organizationKey)?.name ?? null])]));
  assert.deepEqual(r['Ellen Varga'], [['leader of Tarrow Borough Council', 'Tarrow Borough Council']]);
  assert.deepEqual(r['Dena Marlo'], [['analyst at Harwick Partners', 'Harwick Partners']]);
});

test('a title ending in a rank noun ("former deputy") survives the type check; a bare "former" does not', () => {
  const doc = saneTypes(extract('The claims were made by fired former deputy Tomas Brel on Monday.'));
  assert.deepEqual(doc.people.find((p) => p.name === 'Tomas Brel')?.roles.map((r) => r.title), ['former deputy']);
  const bare = saneTypes({ ...doc, people: doc.people.map((p) => ({ ...p, roles: [{ title: 'former', organizationKey: null }] })) });
  assert.deepEqual(bare.people.find((p) => p.name === 'Tomas Brel')?.roles, []);
});

test('a possessive role right before a name wins over a clause before it ("The X manager frowned when his captain, Name,")', () => {
  const r = roles('The Tarrow manager frowned when his captain, Aksel Vold, faced the question. The coach smiled as her deputy, Lina Osk, spoke.');
  assert.deepEqual([r['Aksel Vold'], r['Lina Osk']], [['captain'], ['deputy']]);
});
