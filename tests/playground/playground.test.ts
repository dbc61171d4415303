import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse, validate } from 'graphql';
import { EXAMPLES } from '../../src/playground/examples';
import { buildAppSchema } from '../../src/schema';
import { persistFixture } from '../helpers/persist-fixture';
import { repoRoot } from '../helpers/paths';
import { gql, startTestServer, TestServer } from '../helpers/test-server';
import { MAREK_QUOTE, sampleOfficialArticle } from './sample-official.fixture';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const INTROSPECTION = '{ __schema { queryType { name } } }';

/** The base address of a test server (its URL without /graphql). */
const base = (server: TestServer) => server.url.replace(/\/graphql$/, '');

describe('the playground in development', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await persistFixture(server.db, sampleOfficialArticle(), 'https://example.test/vna/forum-opens');
  });
  after(() => server.close());

  test('serves GraphiQL at /graphql to a browser and at /playground, loading only local assets', async () => {
    for (const path of ['/graphql', '/playground']) {
      const res = await fetch(`${base(server)}${path}`, { headers: BROWSER });
      const html = await res.text();
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
      const loads = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(loads, ['data:,', ...['graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'graphql-ws.min.js', 'playground.js'].map((f) => `/playground/assets/${f}`)]);
    }
  });

  test('serves every asset the page loads from the installed packages', async () => {
    const expected = { 'graphiql.min.css': /text\/css/, 'react.production.min.js': /javascript/, 'react-dom.production.min.js': /javascript/, 'graphiql.min.js': /javascript/, 'graphql-ws.min.js': /javascript/, 'playground.js': /javascript/ };
    for (const [name, type] of Object.entries(expected)) {
      const res = await fetch(`${base(server)}/playground/assets/${name}`);
      assert.equal(res.status, 200, name);
      assert.match(res.headers.get('content-type') ?? '', type, name);
      assert.ok((await res.text()).length > 300, name);
    }
    assert.equal((await fetch(`${base(server)}/playground/assets/package.json`)).status, 404);
  });

  test('leaves API requests to /graphql alone: POST, and GET asking for JSON', async () => {
    const post = await gql(server.url, '{ quotes { totalCount } }');
    assert.deepEqual(post.body, { data: { quotes: { totalCount: 1 } } });
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ quotes { totalCount } }')}`, { headers: { ...BROWSER, 'apollo-require-preflight': 'true' } });
    assert.deepEqual(await get.json(), { data: { quotes: { totalCount: 1 } } });
  });

  test('allows introspection, which the playground\'s docs use', async () => {
    assert.deepEqual((await gql(server.url, INTROSPECTION)).body, { data: { __schema: { queryType: { name: 'Query' } } } });
  });

  test('every example operation is valid against the schema', async () => {
    const schema = await buildAppSchema();
    assert.equal(EXAMPLES.length, 6);
    for (const example of EXAMPLES) assert.deepEqual(validate(schema, parse(example.query)).map((e) => e.message), [], example.title);
  });

  test('the README lists the example tabs in their order', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const list = /<!-- playground-examples:start -->\n([\s\S]*?)<!-- playground-examples:end -->/.exec(readme)?.[1] ?? '';
    assert.equal(list, EXAMPLES.map((e, i) => `${i + 1}. ${e.title}\n`).join(''));
  });

  test('the first example finds the official\'s quote with office, article and event', async () => {
    const res = await gql(server.url, EXAMPLES[0].query);
    assert.deepEqual(res.body.data.quotes.edges, [{
      node: {
        text: MAREK_QUOTE, cueVerb: 'said',
        speaker: { name: 'Teodor Marek', roles: [{ title: 'Foreign Minister', organization: { name: 'Ministry of Foreign Affairs of Veloria', acronym: null } }] },
        article: { headline: 'Arven Basin Water Forum opens in Port Amsel', publishedAt: '2026-05-14T10:55:00+02:00', url: 'https://example.test/vna/forum-opens' },
        event: { name: 'Arven Basin Water Forum' },
      },
    }]);
  });
});

describe('the playground in production', () => {
  test('is off unless PLAYGROUND=true: no page at /graphql or /playground, no introspection', async () => {
    const server = await startTestServer({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    try {
      const page = await fetch(server.url, { headers: BROWSER });
      assert.equal(page.status, 400);
      assert.doesNotMatch(page.headers.get('content-type') ?? '', /text\/html/);
      assert.equal((await fetch(`${base(server)}/playground`, { headers: BROWSER })).status, 404);
      assert.equal((await fetch(`${base(server)}/playground/assets/graphiql.min.js`)).status, 404);
      const introspection = await gql(server.url, INTROSPECTION);
      assert.match(introspection.body.errors?.[0].message ?? '', /introspection is not allowed/i);
    } finally {
      await server.close();
    }
  });

  test('is on with PLAYGROUND=true and INTROSPECTION=true', async () => {
    const server = await startTestServer({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PLAYGROUND: 'true', INTROSPECTION: 'true' });
    try {
      const page = await fetch(server.url, { headers: BROWSER });
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>Newsgraph playground<\/title>/);
      assert.deepEqual((await gql(server.url, INTROSPECTION)).body, { data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await server.close();
    }
  });
});
