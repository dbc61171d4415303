import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/data-source';
import { createLogger } from '../../src/logger';
import { AppServer, createServer } from '../../src/server';
import { fixturesDir } from '../helpers/paths';
import { freshPostgresDatabase, testPostgresUrl } from '../helpers/test-postgres';
import { authHeader, gql, TEST_API_KEY } from '../helpers/test-server';

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id headline } } }`;
const HEADLINES = '{ articles(first: 5) { totalCount edges { node { headline } } } }';
const SEARCH = '{ search(query: "harbour", first: 3) { totalCount edges { node { kind title } } } }';

/** Two service instances (each its own pools, as two processes would have) on one PostgreSQL database. */
describe('two instances sharing one PostgreSQL database', { skip: testPostgresUrl ? false : 'needs TEST_DATABASE_URL' }, () => {
  const instances: { db: Database; server: AppServer; url: string }[] = [];
  let drop: () => Promise<void>;

  before(async () => {
    const fresh = await freshPostgresDatabase();
    drop = fresh.drop;
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', API_KEYS: TEST_API_KEY, DATABASE_URL: fresh.url, DATABASE_POOL_SIZE: '3' });
    // Started side by side: migrations run once (advisory lock), the other finds nothing to do.
    const dbs = await Promise.all([0, 1].map(() => Database.open({ databasePath: '/nonexistent/never.sqlite', url: fresh.url, poolSize: 3 })));
    for (const db of dbs) {
      const server = await createServer(config, db, createLogger('silent'));
      instances.push({ db, server, url: await server.listen() });
    }
  });
  after(async () => {
    for (const i of instances) { await i.server.stop(); await i.db.close(); }
    await drop();
  });

  test('the same article ingested through both at once is stored once: one NEW, one DUPLICATE', async () => {
    const text = readFileSync(join(fixturesDir, 'articles', 'harbour-reopens.txt'), 'utf8');
    const results = await Promise.all(instances.map((i) => gql(i.url, INGEST, { input: { text, url: 'https://example.test/shared' } }, authHeader)));
    assert.deepEqual(results.map((r) => r.body.data?.ingestArticle.status).sort(), ['DUPLICATE', 'NEW'], JSON.stringify(results.map((r) => r.body)));
    const [{ n }] = await instances[0].db.reader.query('SELECT COUNT(*) AS n FROM article');
    assert.equal(n, 1);
  });

  test('the headline query and search answer the same through both', async () => {
    const [a, b] = await Promise.all(instances.map((i) => gql(i.url, HEADLINES)));
    assert.equal(a.body.data.articles.totalCount, 1);
    assert.deepEqual(a.body, b.body);
    const [s1, s2] = await Promise.all(instances.map((i) => gql(i.url, SEARCH)));
    assert.equal(s1.body.errors, undefined, JSON.stringify(s1.body.errors));
    assert.ok(s1.body.data.search.totalCount > 0);
    assert.deepEqual(s1.body, s2.body);
  });
});
