import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';
import type { SqlCounter } from '../../src/db/sql-counter';
import { ColumnPlan } from '../../src/loaders/column-plan';

/** A query's answer (which must have no errors) and the SQL statements the server ran for it. */
async function answerAndSql(server: TestServer, query: string, variables: Record<string, unknown> = {}) {
  server.db.sqlCounter.reset();
  const res = await gql(server.url, query, variables);
  assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
  return { data: res.body.data, sql: (server.db.reader.logger as SqlCounter).recent };
}

describe('an article\'s body is read only when a query asks for it', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (let i = 0; i < 3; i += 1) await persistFixture(server.db, fixtureArticle(i, 3));
  });
  after(() => server.close());

  /** The statements a query ran that read the body column, and its answer. */
  async function bodyReads(query: string) {
    const { data, sql } = await answerAndSql(server, query);
    return { reads: sql.filter((s) => /\bbody\b/.test(s)), data };
  }

  test('a quote list with article headlines reads no body', async () => {
    const { reads, data } = await bodyReads('{ quotes(first: 10) { edges { node { text article { id headline source } } } } }');
    assert.deepEqual(reads, []);
    assert.ok(data.quotes.edges.length > 0);
  });

  test('body and quote contexts read the bodies in one statement, and match the stored text', async () => {
    const { reads, data } = await bodyReads('{ articles(first: 3) { edges { node { id body quotes(first: 3) { edges { node { context } } } } } } }');
    assert.equal(reads.length, 1, reads.join('\n'));
    const [{ body }] = await server.db.reader.query('SELECT body FROM article ORDER BY publishedTs DESC, id DESC LIMIT 1');
    const first = data.articles.edges[0].node;
    assert.equal(first.body, body);
    for (const edge of first.quotes.edges) assert.ok(body.includes(edge.node.context), edge.node.context);
  });
});

describe('a query reads only the columns its fields need', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (let i = 0; i < 4; i += 1) await persistFixture(server.db, fixtureArticle(i, 2));
  });
  after(() => server.close());

  const run = (query: string, variables: Record<string, unknown> = {}) => answerAndSql(server, query, variables);

  test('a quote list asking for the text reads neither the cue verb nor the confidence', async () => {
    const { data, sql } = await run('{ quotes(first: 5) { edges { node { id text } } } }');
    assert.ok(data.quotes.edges.length > 0);
    const quoteReads = sql.filter((s) => /"text"/.test(s));
    assert.ok(quoteReads.length > 0, sql.join('\n'));
    for (const s of quoteReads) assert.doesNotMatch(s, /"cueVerb"|"confidence"/);
  });

  test('the same quotes reached by two paths asking for different fields answer both in full', async () => {
    const { data } = await run(`{
      quotes(first: 4) { edges { node { id text speaker { id name } } } }
      people(first: 2) { edges { node { id quotes(first: 4) { edges { node { id cueVerb confidence attribution } } } } } } }`);
    const byPeople = data.people.edges.flatMap((e: any) => e.node.quotes.edges.map((q: any) => q.node));
    assert.ok(byPeople.length > 0);
    for (const q of byPeople) {
      const { data: one } = await run('query ($id: ID!) { quote(id: $id) { id text cueVerb confidence attribution } }', { id: q.id });
      assert.equal(q.cueVerb, one.quote.cueVerb);
      assert.equal(q.confidence, one.quote.confidence);
      assert.equal(q.attribution, one.quote.attribution);
      assert.ok(q.cueVerb, 'the cue verb was read');
    }
    for (const { node } of data.quotes.edges) assert.ok(node.text && node.speaker?.name, JSON.stringify(node));
  });

  test('a field selected through an interface counts for every type that implements it', async () => {
    const { data: list } = await run('{ quotes(first: 1) { edges { node { id } } } }');
    const id = list.quotes.edges[0].node.id;
    const { data } = await run('query ($id: ID!) { node(id: $id) { id ... on Quote { text kind } } }', { id });
    assert.equal(data.node.id, id);
    assert.ok(data.node.text && data.node.kind);
  });
});

describe('ColumnPlan', () => {
  const columns = ['id', 'text', 'cueVerb', 'articleId', 'speakerId'];

  test('reads every column before the operation is known, and for a type the operation does not select', () => {
    const plan = new ColumnPlan();
    assert.deepEqual(plan.columnsOf('Quote', columns), columns);
    plan.use(new Map([['Person', new Set(['name'])]]));
    assert.deepEqual(plan.columnsOf('Quote', columns), columns);
  });

  test('a column field reads itself and a field resolver what it declares, with the id always', () => {
    const plan = new ColumnPlan();
    plan.use(new Map([['Quote', new Set(['text', 'speaker'])]]));
    assert.deepEqual(plan.columnsOf('Quote', columns), ['id', 'text', 'speakerId']);
  });

  test('a field it does not know makes it read the whole row', () => {
    const plan = new ColumnPlan();
    plan.use(new Map([['Quote', new Set(['text', 'somethingNew'])]]));
    assert.deepEqual(plan.columnsOf('Quote', columns), columns);
  });
});
