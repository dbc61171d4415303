import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';
import { badFields, BadInput, badTexts, htmlTexts, injections, oddTexts, paging, SCRIPT_MARKERS } from './fixtures/bad-inputs';
import { badRequests } from './fixtures/bad-requests';
import { wireArticles } from './fixtures/wire-articles';
import { INGEST, rawPost, snapshot } from './helpers';

const CASES: BadInput[] = [...badTexts(), ...oddTexts(), ...htmlTexts(), ...badFields(), ...injections(), ...paging(), ...badRequests()];
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED']);

/** Send one case as a client would. */
async function send(url: string, c: BadInput) {
  const auth = c.auth ? authHeader : {};
  if (c.raw && c.raw.method === 'GET') {
    const res = await fetch(`${url}${c.raw.search ?? ''}`, { headers: { ...c.raw.headers, ...auth } });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) };
  }
  if (c.raw) return rawPost(url, c.raw.body, { ...c.raw.headers, ...auth });
  return rawPost(url, JSON.stringify(c.body), { 'content-type': 'application/json', ...auth });
}

describe(`${CASES.length} bad inputs, each with the answer it expects`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (const input of wireArticles(3, 5)) {
      const res = await gql(server.url, INGEST, { input }, authHeader);
      assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    }
  });
  after(() => server.close());

  test('has at least 100 cases', () => assert.ok(CASES.length >= 100, String(CASES.length)));

  for (const c of CASES) {
    test(c.name, { timeout: 30_000 }, async () => {
      const before = c.write ? await snapshot(server.db) : null;
      const res = await send(server.url, c);
      const context = `${c.name}: ${res.status} ${res.text.slice(0, 300)}`;
      assert.equal(res.status, c.status, context);
      assert.ok(res.json, `not JSON: ${context}`);
      assert.doesNotMatch(res.text, /SQLITE|sqlite_master|QueryFailedError|at \w+ \(/, `leaks internals: ${context}`);
      const errors: { message: string; extensions?: { code?: string } }[] = res.json.errors ?? [];
      if (c.expect === 'ok') {
        assert.deepEqual(errors, [], context);
        assert.ok(res.json.data, context);
      } else if (c.expect === 'clean') {
        for (const e of errors) assert.ok(CLIENT_CODES.has(e.extensions?.code ?? ''), `not a client error: ${context}`);
      } else {
        assert.ok(errors.some((e) => (c.expect as RegExp).test(e.message)), `no error matches ${c.expect}: ${context}`);
      }
      if (before) assert.deepEqual(await snapshot(server.db), before, `the failed write changed the database: ${c.name}`);
    });
  }

  test('stored the HTML articles without any script', async () => {
    const rows: { headline: string; body: string }[] = await server.db.reader.query(`SELECT headline, body FROM article WHERE url LIKE 'https://html.example.test/%'`);
    assert.equal(rows.length, 4);
    for (const row of rows) {
      assert.match(row.body, /reopen the harbour/);
      assert.doesNotMatch(`${row.headline}\n${row.body}`, SCRIPT_MARKERS);
    }
  });

  test('still answers afterwards', async () => {
    const health = await fetch(server.url.replace('/graphql', '/health'));
    assert.equal(health.status, 200);
    const res = await gql(server.url, '{ articles(first: 1) { totalCount } }');
    assert.equal(res.status, 200);
    assert.ok(res.body.data.articles.totalCount >= 3);
    if (server.db.dialect === 'sqlite') {
      const [{ integrity_check: integrity }] = await server.db.write((m) => m.query('PRAGMA integrity_check'));
      assert.equal(integrity, 'ok');
    }
  });
});
