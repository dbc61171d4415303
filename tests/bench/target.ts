/**
 * Where one size's benchmark database lives: a SQLite file under tests/bench/data (the default),
 * or, with `--database-url postgres://...`, a database of its own on that server
 * (`newsgraph_bench_<size>`, dropped and created afresh before each ingest).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { Database } from '../../src/data-source';

export interface BenchTarget {
  /** The SQLite file (also the stem of the cached ingest figures). */
  path: string;
  /** The PostgreSQL database, or null for SQLite. */
  url: string | null;
  /** The PostgreSQL server as given (--database-url), where the database is dropped and created. */
  server: string | null;
  /** Where the ingest figures are cached for --reuse. */
  cache: string;
}

/** The target of size `label`: on the PostgreSQL server at `serverUrl` when given, else a SQLite file. */
export function benchTarget(dataDir: string, label: string, serverUrl: string | null): BenchTarget {
  const path = join(dataDir, `db-${label}.sqlite`);
  if (!serverUrl) return { path, url: null, server: null, cache: `${path}.ingest.json` };
  const url = new URL(serverUrl);
  url.pathname = `/newsgraph_bench_${label.replace(/\W/g, '_')}`;
  return { path, url: url.toString(), server: serverUrl, cache: join(dataDir, `pg-${label}.ingest.json`) };
}

/** Run one statement on the server, connected as the URL the user gave says. */
async function onServer(target: BenchTarget, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: target.server! });
  await client.connect();
  try { return (await client.query(sql)).rows; } finally { await client.end(); }
}

const dbName = (target: BenchTarget) => new URL(target.url!).pathname.slice(1);

/** Whether the target holds an earlier ingest. */
export async function targetExists(target: BenchTarget): Promise<boolean> {
  if (!target.url) return existsSync(target.path);
  return (await onServer(target, `SELECT 1 FROM pg_database WHERE datname = '${dbName(target)}'`)).length > 0;
}

/** Empty the target before an ingest: delete the SQLite files, or drop and create the database. */
export async function resetTarget(target: BenchTarget): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(target.path + suffix, { force: true });
  rmSync(target.cache, { force: true });
  if (!target.url) return;
  await onServer(target, `DROP DATABASE IF EXISTS "${dbName(target)}" WITH (FORCE)`);
  await onServer(target, `CREATE DATABASE "${dbName(target)}"`);
}

/** The environment that points the CLI (or the service) at the target. */
export function targetEnv(target: BenchTarget): Record<string, string> {
  return target.url ? { DATABASE_URL: target.url } : { DATABASE_PATH: target.path };
}

/** Open the target as the service would. */
export function openTarget(target: BenchTarget): Promise<Database> {
  return Database.open({ databasePath: target.path, url: target.url });
}

/** The target as one command-line argument (serve.js): the PostgreSQL URL or the SQLite path. */
export const targetArg = (target: BenchTarget): string => target.url ?? target.path;

/** Open what targetArg named. */
export function openTargetArg(arg: string): Promise<Database> {
  return /^postgres(ql)?:\/\//.test(arg) ? Database.open({ databasePath: '', url: arg }) : Database.open({ databasePath: arg });
}
