import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Config, loadConfig } from '../../src/config';
import { Database, databaseOptions } from '../../src/data-source';
import { createLogger } from '../../src/logger';
import { AppServer, createServer } from '../../src/server';
import { freshPostgresDatabase, testPostgresUrl } from './test-postgres';

export const TEST_API_KEY = 'test-key-0123456789';

export interface TestServer {
  url: string;
  db: Database;
  config: Config;
  server: AppServer;
  dir: string;
  close(): Promise<void>;
}

/**
 * Open a real SQLite file in a fresh temp folder (migrated, empty), or, when TEST_DATABASE_URL is
 * set, a fresh PostgreSQL database (dropped when the Database closes).
 */
export async function openTestDatabase(config?: Config): Promise<{ db: Database; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  const databasePath = join(dir, 'test.sqlite');
  const options = config ? { ...databaseOptions(config), databasePath } : { databasePath };
  if (!testPostgresUrl) return { db: await Database.open({ ...options, url: null }), dir };
  const fresh = await freshPostgresDatabase();
  const db = await Database.open({ ...options, url: fresh.url, readUrl: null, poolSize: 4, readPoolSize: options.readPoolSize ?? 4 });
  const close = db.close.bind(db);
  db.close = async () => { await close(); await fresh.drop(); };
  return { db, dir };
}

/** Start the real HTTP server on a free loopback port over a fresh database (logging to `log` when given). */
export async function startTestServer(env: Record<string, string> = {}, log?: Logger): Promise<TestServer> {
  const settings = { NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', API_KEYS: TEST_API_KEY, ...env };
  const { db, dir } = await openTestDatabase(loadConfig(settings));
  const config = loadConfig({ ...settings, DATABASE_PATH: join(dir, 'test.sqlite') });
  const server = await createServer(config, db, log ?? createLogger(config.logLevel));
  const url = await server.listen();
  return {
    url, db, config, server, dir,
    async close() {
      await server.stop();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface GqlResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POST a GraphQL operation to the server, as a client would. */
export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() as GqlResponse<T>['body'] };
}

export const authHeader = { authorization: `Bearer ${TEST_API_KEY}` };
