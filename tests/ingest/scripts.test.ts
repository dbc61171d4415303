import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { nameKey } from '../../src/text/fold';
import { RefoldNameKeys1764300000000 } from '../../src/migrations/1764300000000-refold-name-keys';
import { dropUnkeyable } from '../../src/extraction/resolve/keyable';
import { fixtureArticle } from '../helpers/graph-fixture';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status warnings counts { people directQuotes } } }`;
const PERSON = `query ($name: String!) { person(name: $name) { name aliases quotes(first: 5) { edges { node { text } } } } }`;

test('names in other scripts fold to the key of their Latin spelling', () => {
  assert.equal(nameKey('Сергей Лавров'), nameKey('Sergei Lavrov'));
  assert.equal(nameKey('Νίκος Παππάς'), nameKey('Nikos Papas'));
  assert.equal(nameKey('Đorđe Đokić'), 'dorde dokic');
  assert.equal(nameKey('Þór Sigurðsson'), nameKey('Thor Sigurdsson'));
  assert.equal(nameKey('习近平'), nameKey('Xi Jinping'), 'Han names: family name first, one syllable a character');
  assert.notEqual(nameKey('محمد'), '', 'Arabic still folds to letters');
});

test('names in five scripts keep distinct, non-empty keys', () => {
  const names = ['Олена Коваль', 'Νίκος Παππάς', 'Đorđe Đokić', 'محمد الحسن', '王立新', 'Þór Sigurðsson'];
  const keys = names.map(nameKey);
  for (const [i, k] of keys.entries()) assert.match(k, /^[a-z0-9' -]*[a-z0-9][a-z0-9' -]*$/, `${names[i]} -> "${k}"`);
  assert.equal(new Set(keys).size, names.length, keys.join(' | '));
  assert.notEqual(nameKey('Сергей Чижик'), nameKey('Сергей Лавров'), 'two Cyrillic names never share a key');
});

test('a name that folds to nothing is dropped with a warning, and nothing points at it', () => {
  const doc = fixtureArticle(0);
  const out = dropUnkeyable({ ...doc, people: doc.people.map((p) => ({ ...p, name: '★ ★' })) });
  assert.deepEqual(out.people, []);
  assert.deepEqual(out.quotes.map((q) => q.speakerKey), [null, null]);
  assert.deepEqual(out.events[0].participantKeys, ['o1']);
  assert.ok(out.warnings.some((w) => /person name "★ ★" has no letters or digits/.test(w)), out.warnings.join('; '));
  assert.equal(dropUnkeyable(doc), doc, 'an article without such names passes unchanged');
});

describe('an English story quoting a name in another script', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer(); });
  after(() => server.close());

  test('is stored, and the person is found by the Latin spelling', async () => {
    const text = 'Harbour city rebuilds\n\nVELMORA, May 5 (Reuters) - "We will rebuild every pier," said mayor Віталій Кличко on Monday, as the harbour board met to approve the plan.';
    const res = await gql(server.url, INGEST, { input: { text } }, authHeader);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    assert.equal(res.body.data.ingestArticle.status, 'NEW');
    const found = await gql(server.url, PERSON, { name: 'Vitaliy Klichko' });
    assert.equal(found.body.data.person?.name, 'Віталій Кличко');
    assert.match(found.body.data.person.quotes.edges[0].node.text, /We will rebuild every pier/);
    const byCyrillic = await gql(server.url, PERSON, { name: 'Віталій Кличко' });
    assert.equal(byCyrillic.body.data.person?.name, 'Віталій Кличко');
    assert.match(byCyrillic.body.data.person.quotes.edges[0].node.text, /We will rebuild every pier/);
  });

  test('the re-fold migration rewrites keys stored by the old fold', async () => {
    const w = server.db.writer;
    await w.query(`INSERT INTO person ("name", "nameKey") VALUES ('Олена Коваль', '')`);
    const [{ id }] = await w.query(`SELECT id FROM person WHERE name = 'Олена Коваль'`);
    await w.query(`INSERT INTO alias ("entityType", "entityId", "name", "key", "reason") VALUES ('PERSON', ?, 'Олена Коваль', '', 'CANONICAL'), ('PERSON', ?, 'Коваль', 'k', 'SURNAME')`, [id, id]);
    const runner = w.createQueryRunner();
    try { await new RefoldNameKeys1764300000000().up(runner); } finally { await runner.release(); }
    const [person] = await w.query('SELECT "nameKey" FROM person WHERE id = ?', [id]);
    assert.equal(person.nameKey, nameKey('Olena Koval'));
    const keys = (await w.query('SELECT "key" FROM alias WHERE "entityId" = ? AND "entityType" = ? ORDER BY id', [id, 'PERSON'])).map((r: { key: string }) => r.key);
    assert.deepEqual(keys, [nameKey('Olena Koval'), 'koval']);
  });
});
