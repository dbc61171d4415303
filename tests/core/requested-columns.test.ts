import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';
import type { SqlCounter } from '../../src/db/sql-counter';

describe('an article\'s body is read only when a query asks for it', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (let i = 0; i < 3; i += 1) await persistFixture(server.db, fixtureArticle(i, 3));
  });
  after(() => server.close());

  /** The statements a query ran that read the body column, and its answer. */
  async function bodyReads(query: string) {
    server.db.sqlCounter.reset();
    const res = await gql(server.url, query);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    return { reads: (server.db.reader.logger as SqlCounter).recent.filter((sql) => /\bbody\b/.test(sql)), data: res.body.data };
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
