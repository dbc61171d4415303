import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config';
import { startTestServer, TestServer } from '../helpers/test-server';

const ALLOWED = 'https://newsroom.example';

describe('security headers and CORS over HTTP', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer({ CORS_ORIGINS: `${ALLOWED}, https://admin.example:8443` }); });
  after(async () => { await server.close(); });

  const post = (headers: Record<string, string> = {}) => fetch(server.url, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}',
  });

  test('every answer carries nosniff, Referrer-Policy and a CSP that loads nothing', async () => {
    for (const res of [await post(), await fetch(server.url.replace('/graphql', '/health'))]) {
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.equal(res.headers.get('x-powered-by'), null);
    }
  });

  test('the playground page keeps its own CSP', async () => {
    const res = await fetch(server.url.replace('/graphql', '/playground'));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  test('an allowed origin gets its preflight and the answer', async () => {
    const pre = await fetch(server.url, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /authorization/);
    const res = await post({ origin: ALLOWED });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(res.headers.get('vary') ?? '', /origin/i);
  });

  test('another origin gets no Access-Control-Allow-Origin', async () => {
    const pre = await fetch(server.url, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    const res = await post({ origin: 'https://elsewhere.example' });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('CORS_ORIGINS is normalised and refuses what is not an origin', () => {
    assert.deepEqual(loadConfig({ CORS_ORIGINS: 'https://A.example/, *' }).corsOrigins, ['https://a.example', '*']);
    assert.deepEqual(loadConfig({}).corsOrigins, []);
    assert.throws(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' }), /CORS_ORIGINS: "https:\/\/a.example\/path" is not an origin/);
  });
});

describe('TRUST_PROXY', () => {
  test('is read as Express takes it', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
    assert.equal(loadConfig({ TRUST_PROXY: 'loopback,10.0.0.0/8' }).trustProxy, 'loopback,10.0.0.0/8');
  });
});
