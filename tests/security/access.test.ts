import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config';
import { authHeader, gql, TEST_API_KEY, TestServer } from '../helpers/test-server';
import { wireArticle } from './fixtures/wire-articles';
import { captureStream, INGEST, snapshot, startServerWithLog } from './helpers';

describe('writes need an API key; reads are public; keys are never logged', () => {
  let server: TestServer;
  const log = captureStream();
  before(async () => { server = await startServerWithLog(log.stream); });
  after(() => server.close());

  for (const [label, headers] of [
    ['no Authorization header', {}],
    ['a wrong key', { authorization: 'Bearer not-the-key' }],
    ['the key with another scheme', { authorization: `Basic ${TEST_API_KEY}` }],
    ['the key with a suffix', { authorization: `Bearer ${TEST_API_KEY}x` }],
    ['an empty Bearer token', { authorization: 'Bearer ' }],
  ] as [string, Record<string, string>][]) {
    test(`refuses a write with ${label} (UNAUTHENTICATED) and changes nothing`, async () => {
      const before = await snapshot(server.db);
      const res = await gql(server.url, INGEST, { input: wireArticle(900) }, headers);
      assert.equal(res.body.data, null);
      assert.equal(res.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
      assert.match(res.body.errors?.[0].message ?? '', /API key.*Authorization: Bearer/);
      assert.deepEqual(await snapshot(server.db), before);
    });
  }

  test('accepts a write with the key, and anyone can read it back', async () => {
    const res = await gql(server.url, INGEST, { input: wireArticle(901) }, authHeader);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    assert.equal(res.body.data.ingestArticle.status, 'NEW');
    const read = await gql(server.url, '{ articles { totalCount } }');
    assert.deepEqual(read.body, { data: { articles: { totalCount: 1 } } });
  });

  test('logs one line per request with its id, operation, status and duration, and never the key', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeader, 'x-request-id': 'client-req-42' },
      body: JSON.stringify({ query: INGEST, variables: { input: wireArticle(902) } }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-request-id'), 'client-req-42');
    await gql(server.url, INGEST, { input: { text: '' } }, authHeader); // a failed write, logged too
    const line = log.lines.map((l) => JSON.parse(l)).find((l) => l.requestId === 'client-req-42' && l.msg === 'request');
    assert.ok(line, log.text());
    assert.equal(line.operationName, 'Ingest');
    assert.equal(line.status, 200);
    assert.equal(typeof line.durationMs, 'number');
    assert.ok(log.lines.length > 5);
    assert.equal(log.text().includes(TEST_API_KEY), false, 'the API key appears in the log');
  });

  test('replaces a client request id that is not a short token', async () => {
    const res = await fetch(`${server.url.replace('/graphql', '')}/health`, { headers: { 'x-request-id': 'a b "forged" <line>' } });
    assert.match(res.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });
});

describe('production mode', () => {
  let server: TestServer;
  const log = captureStream();
  before(async () => { server = await startServerWithLog(log.stream, { NODE_ENV: 'production', LOAD_SAMPLE_DATA: 'false' }, 'info'); });
  after(() => server.close());

  test('turns introspection off unless INTROSPECTION=true', async () => {
    const res = await gql(server.url, '{ __schema { types { name } } }');
    assert.equal(res.status, 400);
    assert.match(res.body.errors?.[0].message ?? '', /introspection is not allowed/i);
    assert.equal(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection, true);
  });

  test('gives no field suggestions', async () => {
    const res = await gql(server.url, '{ artcles { totalCount } }');
    assert.equal(res.status, 400);
    assert.doesNotMatch(JSON.stringify(res.body), /Did you mean|articles/);
  });

  test('masks an internal error as "Internal server error" with the request id of its log line, without a stack', async () => {
    await server.db.reader.destroy(); // every read now fails inside the driver
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ articles { totalCount } }' }) });
    const body = await res.json() as any;
    const requestId = res.headers.get('x-request-id');
    assert.deepEqual(body.errors, [{ message: 'Internal server error', path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }]);
    const logged = log.lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'internal error');
    assert.equal(logged?.requestId, requestId);
    assert.ok(logged?.err?.message, 'the log keeps the real error');
  });
});
