/**
 * Configuration, read once. This is the only module that reads `process.env`; everything else
 * receives a `Config`. Every variable is documented in README.md and .env.example.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export type SqliteSynchronous = 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  /** Express's `trust proxy` (TRUST_PROXY): false, true, a hop count, or addresses/subnets ("loopback", "10.0.0.0/8"). */
  trustProxy: boolean | number | string;
  /** OpenTelemetry tracing (TRACING): off, console, or otlp (default otlp when OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  tracing: 'off' | 'console' | 'otlp';
  /** Browser origins allowed to call the API cross-origin (CORS_ORIGINS, comma-separated; "*": any). Empty: none. */
  corsOrigins: string[];
  port: number;
  databasePath: string;
  /** PostgreSQL connection URL (DATABASE_URL); when set, PostgreSQL is used and databasePath is ignored. */
  databaseUrl: string | null;
  /** Optional read replica for reads (DATABASE_READ_URL); defaults to databaseUrl. */
  databaseReadUrl: string | null;
  /** Connections of the PostgreSQL write pool, and of the read pool unless READ_POOL_SIZE is set (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  /** Keys accepted in `Authorization: Bearer <key>` for mutations. Empty: writes are refused. */
  apiKeys: string[];
  /** The name of each key, same order (`API_KEYS=name:key,...`; "key-1", "key-2"... when unnamed): the "who" of corrections. */
  apiKeyNames: string[];
  logLevel: string;
  /** Load the bundled sample articles when the database has no articles. */
  loadSampleData: boolean;
  introspection: boolean;
  playground: boolean;
  sqliteSynchronous: SqliteSynchronous;
  sqliteBusyTimeoutMs: number;
  /** Read connections; each read statement takes a free one (READ_POOL_SIZE; unset: 3 on SQLite, databasePoolSize on PostgreSQL). */
  readPoolSize: number | null;
  /** Longest a read statement may run before it is interrupted with a TIMEOUT error (READ_STATEMENT_TIMEOUT_MS; PostgreSQL: statement_timeout of the read pool). */
  statementTimeoutMs: number;
  /** Longest a GraphQL request may read for; no statement of it runs past this (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Largest article text accepted by ingestArticle, in bytes (UTF-8). */
  maxArticleBytes: number;
  /** Longest the extraction of one article may run before it fails with EXTRACTION_TIMEOUT (EXTRACTION_BUDGET_MS). */
  extractionBudgetMs: number;
  /** Worker threads that run the extraction of ingestArticle, off the request thread (EXTRACTION_WORKERS). */
  extractionWorkers: number;
  /** Largest HTTP request body, in bytes. */
  maxBodyBytes: number;
  /** Longest string a query may pass as an argument, in characters (MAX_FILTER_CHARS). */
  maxFilterChars: number;
  /** Most bytes of long text (bodies, quotes, contexts, titles, snippets) in one response (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** Extraction worker threads of the bulk ingest CLI (0: extract on the main thread). */
  ingestWorkers: number;
  /** Anonymous query responses kept in memory (RESPONSE_CACHE_ENTRIES; 0: no response cache, the default under NODE_ENV=test). */
  responseCacheEntries: number;
  /** Most bytes (serialized) the response cache holds (RESPONSE_CACHE_MAX_BYTES). */
  responseCacheMaxBytes: number;
  /** How long a cached response lives, and the `max-age` of GET queries, in seconds (CACHE_MAX_AGE_SECONDS). */
  cacheMaxAgeSeconds: number;
  /** Bytes of query text kept for automatic persisted queries (APQ_CACHE_MAX_BYTES). */
  apqCacheMaxBytes: number;
  /** How operations run (EXECUTOR): `jit` compiles each document once with graphql-jit, `graphql-js` interprets it. */
  executor: 'jit' | 'graphql-js';
  /** After SIGTERM, how long /ready answers 503 while requests are still served, before the server stops (SHUTDOWN_DELAY_MS). */
  shutdownDelayMs: number;
  /** Operation limits (see src/security/limits.ts and README "Security and limits"). */
  limits: OperationLimits;
}

/** Per-operation limits; each rejection names the limit, its value and its variable. */
export interface OperationLimits {
  /** Deepest field nesting (MAX_QUERY_DEPTH); introspection is exempt. */
  maxDepth: number;
  /** Most aliases in one operation (MAX_QUERY_ALIASES). */
  maxAliases: number;
  /** Most lexical tokens in one document (MAX_QUERY_TOKENS). */
  maxTokens: number;
  /** Most directives in one operation (MAX_QUERY_DIRECTIVES). */
  maxDirectives: number;
  /** Largest query cost, priced as the rows the database returns (MAX_QUERY_COST, security/complexity.ts). */
  maxCost: number;
}

type Env = Record<string, string | undefined>;

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`expected a boolean (true/false), got ${JSON.stringify(value)}`);
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  const upper = value.toUpperCase();
  const found = allowed.find((a) => a.toUpperCase() === upper);
  if (!found) throw new Error(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return found;
}

/** A postgres:// or postgresql:// URL, or null when unset. */
function postgresUrl(name: string, value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!/^postgres(ql)?:\/\//i.test(value)) throw new Error(`${name} must be a postgres:// URL, got ${JSON.stringify(value.replace(/\/\/[^@/]*@/, '//***@'))}`);
  return value;
}

/** "editor:secret,other" -> keys ["secret", "other"], names ["editor", "key-2"]. */
function apiKeysOf(list: string): { apiKeys: string[]; apiKeyNames: string[] } {
  const entries = list.split(',').map((k) => k.trim()).filter(Boolean);
  const named = entries.map((e, i) => (/^[\w.-]{1,40}:\S/.test(e) ? [e.slice(e.indexOf(':') + 1), e.slice(0, e.indexOf(':'))] : [e, `key-${i + 1}`]));
  return { apiKeys: named.map(([key]) => key), apiKeyNames: named.map(([, name]) => name) };
}

/** TRUST_PROXY as Express takes it: "false"/"" -> false, "true" -> true, "1" -> 1 hop, else a list of addresses. */
function proxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || /^(|false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** "https://a.example, https://b.example/" -> ["https://a.example", "https://b.example"]; each must be an origin or "*". */
function originsOf(list: string): string[] {
  const entries = list.split(',').map((o) => o.trim()).filter(Boolean);
  return entries.map((o) => {
    if (o === '*') return o;
    let url: URL;
    try { url = new URL(o); } catch { throw new Error(`CORS_ORIGINS: ${JSON.stringify(o)} is not an origin (scheme://host[:port])`); }
    if (url.origin === 'null' || url.pathname.length > 1 || url.search || url.hash) throw new Error(`CORS_ORIGINS: ${JSON.stringify(o)} is not an origin (scheme://host[:port])`);
    return url.origin;
  });
}

/** Build the configuration from an environment (defaults to process.env). */
export function loadConfig(env: Env = process.env): Config {
  const mode = oneOf('NODE_ENV', env.NODE_ENV, ['development', 'production', 'test'] as const, 'development');
  const dev = mode !== 'production';
  return {
    env: mode,
    host: env.HOST || '127.0.0.1',
    trustProxy: proxyOf(env.TRUST_PROXY),
    tracing: oneOf('TRACING', env.TRACING, ['off', 'console', 'otlp'] as const, env.OTEL_EXPORTER_OTLP_ENDPOINT ? 'otlp' : 'off'),
    corsOrigins: originsOf(env.CORS_ORIGINS ?? ''),
    port: int('PORT', env.PORT, 4000),
    databasePath: resolve(env.DATABASE_PATH || './data/newsgraph.sqlite'),
    databaseUrl: postgresUrl('DATABASE_URL', env.DATABASE_URL),
    databaseReadUrl: postgresUrl('DATABASE_READ_URL', env.DATABASE_READ_URL),
    databasePoolSize: Math.max(1, int('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10)),
    ...apiKeysOf(env.API_KEYS ?? (dev ? 'dev-key' : '')),
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    loadSampleData: bool(env.LOAD_SAMPLE_DATA, true),
    introspection: bool(env.INTROSPECTION, dev),
    playground: bool(env.PLAYGROUND, dev),
    sqliteSynchronous: oneOf('SQLITE_SYNCHRONOUS', env.SQLITE_SYNCHRONOUS, ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const, 'NORMAL'),
    sqliteBusyTimeoutMs: int('SQLITE_BUSY_TIMEOUT_MS', env.SQLITE_BUSY_TIMEOUT_MS, 5000),
    readPoolSize: env.READ_POOL_SIZE ? Math.max(1, int('READ_POOL_SIZE', env.READ_POOL_SIZE, 3)) : null,
    statementTimeoutMs: Math.max(1, int('READ_STATEMENT_TIMEOUT_MS', env.READ_STATEMENT_TIMEOUT_MS, 5000)),
    requestTimeoutMs: Math.max(1, int('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 15000)),
    maxArticleBytes: int('MAX_ARTICLE_BYTES', env.MAX_ARTICLE_BYTES, 1_000_000),
    extractionBudgetMs: int('EXTRACTION_BUDGET_MS', env.EXTRACTION_BUDGET_MS, 10_000),
    extractionWorkers: int('EXTRACTION_WORKERS', env.EXTRACTION_WORKERS, 2),
    maxBodyBytes: int('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 2_000_000),
    maxFilterChars: int('MAX_FILTER_CHARS', env.MAX_FILTER_CHARS, 500),
    maxResponseBytes: int('MAX_RESPONSE_BYTES', env.MAX_RESPONSE_BYTES, 20_000_000),
    ingestWorkers: int('INGEST_WORKERS', env.INGEST_WORKERS, Math.max(1, availableParallelism())),
    responseCacheEntries: int('RESPONSE_CACHE_ENTRIES', env.RESPONSE_CACHE_ENTRIES, mode === 'test' ? 0 : 1000),
    responseCacheMaxBytes: int('RESPONSE_CACHE_MAX_BYTES', env.RESPONSE_CACHE_MAX_BYTES, 50_000_000),
    cacheMaxAgeSeconds: int('CACHE_MAX_AGE_SECONDS', env.CACHE_MAX_AGE_SECONDS, 5),
    apqCacheMaxBytes: int('APQ_CACHE_MAX_BYTES', env.APQ_CACHE_MAX_BYTES, 8_000_000),
    executor: oneOf('EXECUTOR', env.EXECUTOR, ['jit', 'graphql-js'] as const, 'jit'),
    shutdownDelayMs: int('SHUTDOWN_DELAY_MS', env.SHUTDOWN_DELAY_MS, mode === 'production' ? 5000 : 0),
    limits: {
      maxDepth: int('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, 10),
      maxAliases: int('MAX_QUERY_ALIASES', env.MAX_QUERY_ALIASES, 15),
      maxTokens: int('MAX_QUERY_TOKENS', env.MAX_QUERY_TOKENS, 1000),
      maxDirectives: int('MAX_QUERY_DIRECTIVES', env.MAX_QUERY_DIRECTIVES, 20),
      maxCost: int('MAX_QUERY_COST', env.MAX_QUERY_COST, 10000),
    },
  };
}

/** Load `.env` from the working directory into process.env, when present (Node's own loader). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
