import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL for tests. When TEST_DATABASE_URL points at a server (CI starts a throwaway cluster,
 * see .ci/run), every test database is a fresh PostgreSQL database on it, created here and
 * dropped when its Database closes; unset, tests run on SQLite files.
 */
export const testPostgresUrl: string | null = process.env.TEST_DATABASE_URL || null;

/** Create an empty database on the test server; its URL and a function that drops it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new URL(testPostgresUrl!);
  const name = `newsgraph_test_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
