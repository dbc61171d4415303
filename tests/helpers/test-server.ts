import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Config, loadConfig } from '../../src/config';
import { Database } from '../../src/data-source';
import { createLogger } from '../../src/logger';
import { AppServer, createServer } from '../../src/server';

export const TEST_API_KEY = 'test-key-0123456789';

export interface TestServer {
  url: string;
  db: Database;
  config: Config;
  server: AppServer;
  dir: string;
  close(): Promise<void>;
}

/** Open a real SQLite file in a fresh temp folder (migrated, empty). */
export async function openTestDatabase(): Promise<{ db: Database; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  const db = await Database.open({ databasePath: join(dir, 'test.sqlite') });
  return { db, dir };
}

/** Start the real HTTP server on a free loopback port over a fresh database (logging to `log` when given). */
export async function startTestServer(env: Record<string, string> = {}, log?: Logger): Promise<TestServer> {
  const { db, dir } = await openTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', API_KEYS: TEST_API_KEY, DATABASE_PATH: join(dir, 'test.sqlite'), ...env });
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
