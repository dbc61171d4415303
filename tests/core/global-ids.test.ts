import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

describe('Relay global object identification', () => {
  let server: TestServer;
  let ids: { quote: string; person: string; article: string };
  before(async () => {
    server = await startTestServer({ LOAD_SAMPLE_DATA: 'false' });
    await persistFixture(server.db, fixtureArticle(0, 1), 'https://example.test/g0');
    const res = await gql(server.url, '{ quotes(first: 1) { edges { node { id speaker { id } article { id } } } } }');
    const q = res.body.data.quotes.edges[0].node;
    ids = { quote: q.id, person: q.speaker.id, article: q.article.id };
  });
  after(() => server.close());

  test('node(id:) returns a Quote, a Person and an Article for their ids', async () => {
    const q = `query ($id: ID!) { node(id: $id) { __typename id ... on Quote { text } ... on Person { name } ... on Article { headline } } }`;
    const quote = (await gql(server.url, q, { id: ids.quote })).body.data.node;
    const person = (await gql(server.url, q, { id: ids.person })).body.data.node;
    const article = (await gql(server.url, q, { id: ids.article })).body.data.node;
    assert.deepEqual([quote.__typename, quote.id, quote.text], ['Quote', ids.quote, 'Harbour number 0 will reopen before winter']);
    assert.deepEqual([person.__typename, person.name], ['Person', 'Anna Kovac']);
    assert.deepEqual([article.__typename, article.headline], ['Article', 'Harbour 0 to reopen']);
  });

  test('ids of different types never collide, even for the same row number', async () => {
    const all = await gql(server.url, '{ events(first: 1) { edges { node { id } } } organizations(first: 1) { edges { node { id } } } places(first: 1) { edges { node { id } } } }');
    const seen = [ids.quote, ids.person, ids.article, ...['events', 'organizations', 'places'].map((k) => all.body.data[k].edges[0].node.id)];
    assert.equal(new Set(seen).size, seen.length, seen.join(' '));
  });

  test('nodes(ids:) keeps order and answers null for an id nothing has; lookups take global ids', async () => {
    const gone = Buffer.from('Person:999').toString('base64url');
    const res = await gql(server.url, 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename } }', { ids: [ids.article, gone, ids.person] });
    assert.deepEqual(res.body.data.nodes, [{ __typename: 'Article' }, null, { __typename: 'Person' }]);
    const person = await gql(server.url, 'query ($id: ID) { person(id: $id) { name } }', { id: ids.person });
    assert.equal(person.body.data.person.name, 'Anna Kovac');
  });

  test('an id of one type given where another is expected is a clear error', async () => {
    const res = await gql(server.url, 'query ($id: ID) { person(id: $id) { name } }', { id: ids.quote });
    assert.match(res.body.errors![0].message, /"id" is the id of a Quote, not of a Person/);
    const bad = await gql(server.url, '{ node(id: "nope") { id } }');
    assert.match(bad.body.errors![0].message, /not a global id of this API/);
  });
});
