import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

/** Operations whose whole answers must not depend on the executor: lists, unions, interfaces, errors. */
const OPERATIONS: { query: string; variables?: Record<string, unknown> }[] = [
  { query: '{ quotes(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id kind text speaker { id name roles { title } } article { headline } } } } }' },
  { query: '{ events(first: 2) { edges { node { name participants(first: 5) { edges { node { __typename ... on Person { name } ... on Organization { name } } } } } } } }' },
  { query: '{ articles(first: 1) { edges { node { id mentions { entity { __typename ... on Person { name } ... on Place { name } } } } } } }' },
  { query: 'query ($id: ID) { person(id: $id) { name } }', variables: { id: Buffer.from('Quote:1').toString('base64url') } },
  { query: '{ quotes(first: 2, after: "not-a-cursor") { edges { node { id } } } }' },
];

describe('operations run on graphql-jit (EXECUTOR=jit, the default) answer as graphql-js does', () => {
  let jit: TestServer;
  let js: TestServer;
  before(async () => {
    jit = await startTestServer({ LOAD_SAMPLE_DATA: 'false' });
    js = await startTestServer({ LOAD_SAMPLE_DATA: 'false', EXECUTOR: 'graphql-js' });
    for (const server of [jit, js]) {
      for (let i = 0; i < 3; i++) await persistFixture(server.db, fixtureArticle(i, 2), `https://example.test/jit${i}`);
    }
  });
  after(async () => { await jit.close(); await js.close(); });

  test('every operation gives the same status and the same whole body on both executors', async () => {
    for (const op of OPERATIONS) {
      const [a, b] = await Promise.all([gql(jit.url, op.query, op.variables), gql(js.url, op.query, op.variables)]);
      assert.equal(a.status, b.status, op.query);
      if (!op.query.includes('not-a-cursor') && !op.variables) assert.equal(a.body.errors, undefined, `${op.query}: ${JSON.stringify(a.body.errors)}`);
      assert.deepEqual(a.body, b.body, op.query);
    }
  });

  test('a resolver error keeps its code, path and location in the query text', async () => {
    const res = await gql(jit.url, 'query ($id: ID) {\n  person(id: $id) { name }\n}', { id: Buffer.from('Quote:1').toString('base64url') });
    const [error] = res.body.errors! as { message: string; extensions?: Record<string, unknown>; path?: unknown; locations?: unknown }[];
    assert.match(error.message, /is the id of a Quote, not of a Person/);
    assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(error.path, ['person']);
    assert.deepEqual(error.locations, [{ line: 2, column: 3 }]);
  });

  test('an abstract type resolves to its member type (Participant union, Node interface)', async () => {
    const list = await gql(jit.url, '{ quotes(first: 1) { edges { node { id speaker { id } } } } }');
    const speaker = list.body.data.quotes.edges[0].node.speaker.id;
    const node = await gql(jit.url, 'query ($id: ID!) { node(id: $id) { __typename id } }', { id: speaker });
    assert.deepEqual(node.body.data.node, { __typename: 'Person', id: speaker });
  });

  test('the same document run many times (compiled once, cached) keeps answering with its variables', async () => {
    const q = 'query ($n: Int!) { quotes(first: $n) { edges { node { id } } } }';
    for (const n of [1, 2, 3, 1]) {
      const res = await gql(jit.url, q, { n });
      assert.equal(res.body.data.quotes.edges.length, n);
    }
  });
});
