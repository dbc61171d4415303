import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';
import { INGEST } from '../security/helpers';
import { wireArticle } from '../security/fixtures/wire-articles';

const LIST = '{ articles(first: 5) { totalCount edges { node { headline } } } }';

/** GET an operation the way a CDN-fronted client does (Apollo's CSRF check needs the preflight header). */
async function get(url: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  return { status: res.status, headers: res.headers, body: await res.json() as any };
}

describe('response cache, GET caching headers and persisted queries', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ RESPONSE_CACHE_ENTRIES: '100', CACHE_MAX_AGE_SECONDS: '60' });
    await gql(server.url, INGEST, { input: wireArticle(1) }, authHeader);
  });
  after(() => server.close());

  test('a second identical anonymous GET is served from the cache, with a public Cache-Control', async () => {
    const first = await get(server.url, { query: LIST });
    const second = await get(server.url, { query: LIST });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.headers.get('x-response-cache'), 'miss');
    assert.equal(second.headers.get('x-response-cache'), 'hit');
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get('cache-control'), 'public, max-age=60');
    assert.equal(first.body.data.articles.totalCount, 1);
  });

  test('after an ingest the new article is visible at once', async () => {
    await get(server.url, { query: LIST });
    const ingest = await gql(server.url, INGEST, { input: wireArticle(2) }, authHeader);
    assert.equal(ingest.body.data.ingestArticle.status, 'NEW', JSON.stringify(ingest.body));
    const after = await get(server.url, { query: LIST });
    assert.equal(after.headers.get('x-response-cache'), 'miss');
    assert.equal(after.body.data.articles.totalCount, 2);
  });

  test('POSTs are cached but not marked cacheable for CDNs; keyed requests and errors are never stored', async () => {
    await gql(server.url, LIST);
    const post = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST }) });
    assert.equal(post.headers.get('x-response-cache'), 'hit');
    assert.equal(post.headers.get('cache-control'), 'no-store');
    const keyed = await get(server.url, { query: LIST }, authHeader);
    assert.equal(keyed.headers.get('x-response-cache'), null);
    const bad = '{ articles(first: 500) { totalCount } }';
    await get(server.url, { query: bad });
    const again = await get(server.url, { query: bad });
    assert.equal(again.headers.get('x-response-cache'), 'miss');
    assert.equal(again.headers.get('cache-control'), 'no-store');
  });

  test('automatic persisted queries: an unknown hash is asked for its text, then a GET by hash alone works', async () => {
    const query = '{ articles(first: 1) { totalCount } }';
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } });
    const unknown = await get(server.url, { extensions });
    assert.equal(unknown.body.errors?.[0].extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
    const registered = await get(server.url, { query, extensions });
    assert.equal(registered.body.data.articles.totalCount, 2);
    const byHash = await get(server.url, { extensions });
    assert.deepEqual(byHash.body, registered.body);
    assert.equal(byHash.headers.get('cache-control'), 'public, max-age=60');
  });
});

describe('ResponseCache', () => {
  test('keeps at most its entries, least recently used out first, and stores nothing read across a write', async () => {
    const { ResponseCache } = await import('../../src/cache/response-cache');
    const cache = new ResponseCache(2, 1_000_000, 60_000);
    cache.set('a', { data: { n: 1 } }, cache.generation);
    cache.set('b', { data: { n: 2 } }, cache.generation);
    cache.get('a');
    cache.set('c', { data: { n: 3 } }, cache.generation);
    assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [{ data: { n: 1 } }, undefined, { data: { n: 3 } }]);
    const readStarted = cache.generation;
    cache.clear();
    cache.set('d', { data: { n: 4 } }, readStarted);
    assert.equal(cache.size, 0);
  });
});
