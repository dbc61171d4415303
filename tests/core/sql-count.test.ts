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

const JOINED = `query ($first: Int!) { quotes(first: $first) { edges { node { id text
  speaker { id name } speakerRole { title } article { id headline } } } } }`;
const PLAIN = `query ($first: Int!) { quotes(first: $first) { edges { node { id text } } } }`;
const ONE = `query ($id: ID!) { quote(id: $id) { id text speaker { id name } speakerRole { title } article { id headline } } }`;
const RELATION = `query ($id: ID!) { article(id: $id) { quotes(first: 50) { edges { node { id text } } }
  people(first: 50) { edges { node { id name } } } } }`;

describe('page statements read the rows they list', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (let i = 0; i < 6; i += 1) await persistFixture(server.db, fixtureArticle(i, 4));
  });
  after(() => server.close());

  async function run(query: string, variables: Record<string, unknown>): Promise<{ data: any; count: number }> {
    server.db.sqlCounter.reset();
    const res = await gql(server.url, query, variables);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    return { data: res.body.data, count: server.db.sqlCounter.count };
  }

  test('a quote list with speaker, role and article is one statement, and says what the single lookups say', async () => {
    const plain = await run(PLAIN, { first: 20 });
    const joined = await run(JOINED, { first: 20 });
    assert.equal(plain.count, 1, `a plain quote list reads its page and rows in one statement, ran ${plain.count}`);
    assert.equal(joined.count, 1, `speaker, speakerRole and article are joined into the page statement, ran ${joined.count}`);
    const edges = joined.data.quotes.edges;
    assert.ok(edges.length >= 10 && edges.some((e: any) => e.node.speaker) && edges.some((e: any) => e.node.speakerRole));
    for (const { node } of edges) assert.deepEqual(node, (await run(ONE, { id: node.id })).data.quote);
  });

  test('an article\'s quotes and people come with their rows: one statement per relation', async () => {
    const { data: list } = await run(`{ articles(first: 1) { edges { node { id } } } }`, {});
    const id = list.articles.edges[0].node.id;
    const rel = await run(RELATION, { id });
    assert.ok(rel.data.article.quotes.edges.length > 0 && rel.data.article.people.edges.length > 0);
    // The article, its quote page (with the quotes' rows) and its people page (with the people's rows).
    assert.equal(rel.count, 3, `expected 3 statements, ran ${rel.count}`);
  });
});
