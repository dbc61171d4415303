import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

const NESTED = `query ($first: Int!) {
  quotes(first: $first) {
    totalCount
    edges { node { text cueVerb
      speaker { name aliases roles { title organization { name acronym } } quotes(first: 2) { totalCount edges { node { text } } } }
      article { headline publishedAt url organizations(first: 3) { edges { node { name } } } }
      event { name place { name } participants(first: 5) { edges { node { __typename ... on Person { name } ... on Organization { name } } } } } } }
  } }`;

describe('SQL statements of a nested query', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (let i = 0; i < 30; i += 1) await persistFixture(server.db, fixtureArticle(i, 5));
  });
  after(() => server.close());

  /** Statements the server ran to answer the nested query for `first` quotes. */
  async function statementsFor(first: number): Promise<{ count: number; edges: number }> {
    server.db.sqlCounter.reset();
    const res = await gql(server.url, NESTED, { first });
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    return { count: server.db.sqlCounter.count, edges: res.body.data.quotes.edges.length };
  }

  test('does not grow with the number of parents (1, 10 and 50 quotes)', async () => {
    const one = await statementsFor(1);
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    assert.deepEqual([one.edges, ten.edges, fifty.edges], [1, 10, 50]);
    assert.ok(one.count > 5, `expected the nested query to need several statements, got ${one.count}`);
    // More parents can need fewer statements (the request's loader caches already hold more rows),
    // never more: one batch per relation level, whatever the number of parents.
    assert.ok(ten.count <= one.count, `10 parents ran ${ten.count} statements, 1 parent ran ${one.count}`);
    assert.ok(fifty.count <= one.count, `50 parents ran ${fifty.count} statements, 1 parent ran ${one.count}`);
    assert.ok(one.count <= 16, `the nested query should need at most 16 statements (one per loader batch), ran ${one.count}`);
  });
});
