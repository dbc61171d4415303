import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config';
import { Database, databaseOptions } from '../../src/data-source';
import { createLogger } from '../../src/logger';
import { AppServer, createServer } from '../../src/server';
import { freshPostgresDatabase, testPostgresUrl } from '../helpers/test-postgres';
import { authHeader, gql, TEST_API_KEY } from '../helpers/test-server';

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }';
const text = 'Tram line extended\n\nVELMORA, 5 March (Norland Wire) - The transport board said on Wednesday that trams will reach the airport.';

type Fresh = { url: string; drop(): Promise<void> };
const dbName = (url: string) => new URL(url).pathname.slice(1);
/** The pg pool behind a DataSource (TypeORM keeps it as the driver's master). */
const poolOf = (ds: Database['writer']) => (ds.driver as unknown as { master: { options: { max: number } } }).master;

/**
 * The PostgreSQL settings, from the environment through loadConfig to the pools: DATABASE_READ_URL
 * takes every read (here a second database stands for a replica that has not caught up),
 * DATABASE_URL the writes and migrations; pool sizes and the read statement_timeout as configured.
 */
describe('PostgreSQL settings (DATABASE_READ_URL, pool sizes, statement timeout)', { skip: testPostgresUrl ? false : 'needs TEST_DATABASE_URL' }, () => {
  let primary: Fresh;
  let replica: Fresh;
  let db: Database;
  let server: AppServer;
  let url: string;

  before(async () => {
    [primary, replica] = await Promise.all([freshPostgresDatabase(), freshPostgresDatabase()]);
    // The stand-in replica gets the schema as a real one would (from its primary).
    await (await Database.open({ databasePath: '/nonexistent/never.sqlite', url: replica.url, poolSize: 2 })).close();
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', API_KEYS: TEST_API_KEY, DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url,
      DATABASE_POOL_SIZE: '3', READ_POOL_SIZE: '2', READ_STATEMENT_TIMEOUT_MS: '1234',
    });
    db = await Database.open(databaseOptions(config));
    server = await createServer(config, db, createLogger('silent'));
    url = await server.listen();
  });
  after(async () => {
    await server?.stop();
    await db?.close();
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  test('reads go to DATABASE_READ_URL, writes and migrations to DATABASE_URL', async () => {
    const [[w], [r]] = await Promise.all([db.writer.query('SELECT current_database() AS name'), db.reader.query('SELECT current_database() AS name')]);
    assert.deepEqual([w.name, r.name], [dbName(primary.url), dbName(replica.url)]);
    const res = await gql(url, INGEST, { input: { text, url: 'https://example.test/tram' } }, authHeader);
    assert.equal(res.body.data?.ingestArticle.status, 'NEW', JSON.stringify(res.body));
    const [{ n }] = await db.writer.query('SELECT COUNT(*) AS n FROM article');
    const listed = await gql(url, '{ articles(first: 1) { totalCount } }');
    assert.deepEqual([n, listed.body.data.articles.totalCount], [1, 0]);
  });

  test('the write pool has DATABASE_POOL_SIZE connections and no statement limit; the read pool READ_POOL_SIZE and READ_STATEMENT_TIMEOUT_MS', async () => {
    const [[w], [r]] = await Promise.all([db.writer.query('SHOW statement_timeout'), db.reader.query('SHOW statement_timeout')]);
    assert.deepEqual(
      { writePool: poolOf(db.writer).options.max, readPool: poolOf(db.reader).options.max, writeLimit: w.statement_timeout, readLimit: r.statement_timeout },
      { writePool: 3, readPool: 2, writeLimit: '0', readLimit: '1234ms' },
    );
  });
});
