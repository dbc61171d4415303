import { loadConfig } from '../../src/config';
import type { Database } from '../../src/data-source';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { createLoaders } from '../../src/loaders';
import type { DataSource } from 'typeorm';
import { createCeilingServer } from './ceiling-server';

/**
 * The servers compared: the service (response cache off: the uncached figures, the targets), the
 * service executing with graphql-js instead of graphql-jit (`graphql-js`: the executor's evaluation),
 * the service with its response cache on (`cached`), the same schema without batching, and hand-written SQL.
 */
export const VARIANTS = ['service', 'graphql-js', 'cached', 'naive', 'ceiling'] as const;
export type Variant = (typeof VARIANTS)[number];

/** A started variant: where to POST, and how to stop it (the caller closes the database). */
export interface RunningVariant { url: string; stop(): Promise<void> }

/**
 * Start one variant over `db` on a free loopback port. `naive` is the real server with
 * loaders made with `{ batch: false, cache: false }`: every relation costs one query per parent.
 */
export async function startVariant(variant: Variant, db: Database): Promise<RunningVariant> {
  if (variant === 'ceiling') {
    const ceiling = createCeilingServer(db.reader);
    const url = await ceiling.listen();
    return { url, stop: () => new Promise((resolve) => { ceiling.server.closeAllConnections(); ceiling.server.close(() => resolve()); }) };
  }
  // Q4 exceeds the default depth (10); every check still runs, the queries pass the default cost.
  const config = loadConfig({
    NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', LOAD_SAMPLE_DATA: 'false',
    ...(db.postgresUrl ? { DATABASE_URL: db.postgresUrl } : { DATABASE_PATH: db.reader.options.database as string }), MAX_QUERY_DEPTH: '12',
    RESPONSE_CACHE_ENTRIES: variant === 'cached' ? '1000' : '0', CACHE_MAX_AGE_SECONDS: '600',
    EXECUTOR: variant === 'graphql-js' ? 'graphql-js' : 'jit',
  });
  const makeLoaders = variant === 'naive' ? (ds: DataSource) => createLoaders(ds, { batch: false, cache: false }) : undefined;
  const server = await createServer(config, db, createLogger('silent'), { makeLoaders });
  const url = await server.listen();
  return { url, stop: async () => { server.httpServer.closeAllConnections(); await server.stop(); } };
}

/** POST one operation and return the parsed body; throws on a non-200 status or GraphQL errors. */
export async function post(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json() as { errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}
