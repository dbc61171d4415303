import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

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
