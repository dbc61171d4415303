import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ONE_GB, samplePeakRss } from './peak-memory';
import { gql, startTestServer, TestServer } from '../helpers/test-server';
import { LARGE_BODY, storeArticles } from './stored-articles';

/** `body` aliased `n` times over 100 quotes of one large article. */
const aliasedBodies = (n: number) =>
  `{ quotes(first: 100) { edges { node { article { ${Array.from({ length: n }, (_, i) => `b${i}: body`).join(' ')} } } } } }`;

describe('response size', () => {
  let server: TestServer;
  const memory = samplePeakRss();
  before(async () => {
    server = await startTestServer();
    await storeArticles(server.db, [{ headline: 'Transcript of the harbour board hearing', body: LARGE_BODY, quotes: 100 }]);
  });
  after(() => memory.stop());
  after(() => server.close());

  test('a 200-byte query aliasing body six times over 100 quotes is refused before it runs, naming the limit', async () => {
    const query = aliasedBodies(6);
    assert.ok(query.length <= 200, `${query.length} bytes`);
    const res = await gql(server.url, query);
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors?.map((e) => e.message), ['Query cost 30200 exceeds the limit of 10000 (MAX_QUERY_COST)']);
  });

  test('a query under the cost limit whose text would pass MAX_RESPONSE_BYTES gets that one error and no data', async () => {
    const start = Date.now();
    const res = await gql(server.url, aliasedBodies(1));
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { errors: [{
      message: 'Response text exceeds the limit of 20000000 bytes (MAX_RESPONSE_BYTES)',
      extensions: { code: 'BAD_USER_INPUT', limit: 'MAX_RESPONSE_BYTES', max: 20000000 },
    }] });
    assert.ok(Date.now() - start < 3000, `answered in ${Date.now() - start} ms`);
  });

  test('a normal article page (the large article, its quotes in context) and a list page with bodies pass', async () => {
    const page = await gql(server.url, `{ article(id: "1") { headline body source publishedAt
      quotes(first: 50) { totalCount edges { node { text context speaker { name } } } } people { edges { node { name } } } } }`);
    assert.equal(page.status, 200, JSON.stringify(page.body.errors));
    assert.equal(page.body.data.article.body.length, LARGE_BODY.length);
    assert.equal(page.body.data.article.quotes.totalCount, 100);
    const list = await gql(server.url, '{ articles(first: 20) { edges { node { headline body source } } } }');
    assert.equal(list.status, 200, JSON.stringify(list.body.errors));
    assert.equal(list.body.data.articles.edges.length, 1);
  });

  test('the process stays under 1 GB throughout (the aliased-body queries over a large article)', () => {
    const peak = memory.peak();
    assert.ok(peak < ONE_GB, `peak resident memory ${Math.round(peak / 2 ** 20)} MB`);
  });
});
