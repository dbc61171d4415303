import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { withDeadline } from '../../src/db/deadline';
import { ONE_GB, samplePeakRss } from './peak-memory';
import { gql, startTestServer, TestServer } from '../helpers/test-server';
import { LARGE_BODY, PATHOLOGICAL_BODY, SLOW_SQL, storeArticles } from './stored-articles';

const SEARCH = 'query ($q: String!) { search(query: $q, first: 20) { totalCount edges { node { kind title snippet } } } }';
const PLAIN = '{ articles(first: 5) { totalCount edges { node { headline } } } }';

/** Run `work` and return its result with how long it took. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await work();
  return { value, ms: Date.now() - start };
}

describe('one slow request never stalls the others', () => {
  let server: TestServer;
  const memory = samplePeakRss();
  before(async () => {
    server = await startTestServer({ READ_POOL_SIZE: '2', READ_STATEMENT_TIMEOUT_MS: '400', REQUEST_TIMEOUT_MS: '2000' });
    await storeArticles(server.db, [
      { headline: 'Transcript of the harbour board hearing', body: LARGE_BODY },
      { headline: 'A page of initials', body: PATHOLOGICAL_BODY },
    ]);
  });
  after(() => memory.stop());
  after(() => server.close());

  test('searches for common words over a 500 KB and a pathological article answer quickly, beside a plain query', async () => {
    const [the, theThe, initials, plain] = await Promise.all([
      timed(() => gql(server.url, SEARCH, { q: 'the' })),
      timed(() => gql(server.url, SEARCH, { q: 'the the' })),
      timed(() => gql(server.url, SEARCH, { q: 'U S A B' })),
      timed(() => gql(server.url, PLAIN)),
    ]);
    for (const r of [the, theThe, initials, plain]) assert.equal(r.value.status, 200, JSON.stringify(r.value.body));
    for (const r of [the, theThe, initials, plain]) assert.ok(r.ms < 2000, `answered in ${r.ms} ms`);
    assert.deepEqual(plain.value.body.data.articles.totalCount, 2);
    assert.equal(the.value.body.data.search.totalCount, 1);
    const snippet: string = the.value.body.data.search.edges[0].node.snippet;
    assert.match(snippet, /^<mark>The<\/mark> clerk said <mark>the<\/mark> ferry/);
    assert.ok(snippet.length < 400, snippet);
    const odd = initials.value.body.data.search.edges[0].node;
    assert.equal(odd.title, '<mark>A</mark> page of initials');
    assert.match(odd.snippet, /<mark>U<\/mark>\.<mark>S<\/mark>\. <mark>A<\/mark>\. <mark>B<\/mark>\./);
  });

  test('a statement over READ_STATEMENT_TIMEOUT_MS is interrupted with an error naming the limit, and reads go on meanwhile', async () => {
    const slow = timed(() => server.db.reader.query(SLOW_SQL).then(() => null, (err: Error) => err));
    const plain = await timed(() => gql(server.url, PLAIN));
    assert.equal(plain.value.body.data.articles.totalCount, 2);
    const { value: err, ms } = await slow;
    assert.match(String(err?.message), /A database statement ran longer than 400 ms and was stopped \(READ_STATEMENT_TIMEOUT_MS\)/);
    assert.ok(plain.ms < ms, `the plain query (${plain.ms} ms) did not wait for the slow one (${ms} ms)`);
    assert.ok(ms < 1500, `stopped after ${ms} ms`);
  });

  test('the process stays under 1 GB throughout (searches over a 500 KB and a pathological article)', () => {
    const peak = memory.peak();
    assert.ok(peak < ONE_GB, `peak resident memory ${Math.round(peak / 2 ** 20)} MB`);
  });
});

describe('a request that cannot read within REQUEST_TIMEOUT_MS', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer({ READ_POOL_SIZE: '1', READ_STATEMENT_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '300' }); });
  after(() => server.close());

  test('gets a TIMEOUT error naming the limit; /ready says unavailable within a second; stopping waits for no query', async () => {
    const stuck = withDeadline(2200, 'TEST', () => server.db.reader.query(SLOW_SQL)).catch((err: Error) => err);
    const res = await timed(() => gql(server.url, PLAIN));
    assert.equal(res.value.status, 200);
    assert.deepEqual(res.value.body.errors?.map((e) => [e.message, e.extensions]), [[
      'The request ran out of its 300 ms (REQUEST_TIMEOUT_MS); the query was stopped',
      { code: 'TIMEOUT', limit: 'REQUEST_TIMEOUT_MS', max: 300 },
    ]]);
    assert.ok(res.ms < 1000, `answered in ${res.ms} ms`);

    const ready = await timed(() => fetch(new URL('/ready', server.url)));
    assert.equal(ready.value.status, 503);
    assert.match((await ready.value.json()).reason, /READY_TIMEOUT_MS/);
    assert.ok(ready.ms < 1600, `/ready answered in ${ready.ms} ms`);

    const pending = gql(server.url, PLAIN);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stop = await timed(() => server.server.stop());
    assert.ok(stop.ms < 1000, `stopped in ${stop.ms} ms`);
    assert.equal((await pending).body.errors?.[0].extensions?.code, 'TIMEOUT');
    await stuck;
  });
});
