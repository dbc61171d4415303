import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';
import { createPostgresDataSource, migrateLocked, speakProjectSql } from './db/postgres';
import { newReadGate, ReadGate, stopReads } from './db/pg-statements';
import { pooledSqlite, quietSqlite, ReadPool } from './db/read-pool';
import { SqlCounter } from './db/sql-counter';
import { tracedSqlite } from './db/sql-tracing';
import { entities } from './entities';
import { migrations } from './migrations';
import type { Config, SqliteSynchronous } from './config';
import { asError } from './errors';

export interface DatabaseOptions {
  databasePath: string;
  /** PostgreSQL instead of the SQLite file (DATABASE_URL). */
  url?: string | null;
  /** Where reads go on PostgreSQL (DATABASE_READ_URL; default: url). */
  readUrl?: string | null;
  /** Connections of each PostgreSQL pool (DATABASE_POOL_SIZE; default 10). */
  poolSize?: number;
  synchronous?: SqliteSynchronous;
  busyTimeoutMs?: number;
  /** Read-only connections (READ_POOL_SIZE; default 3). */
  readPoolSize?: number;
  /** Longest a read statement may run before it is interrupted (READ_STATEMENT_TIMEOUT_MS; default 5000). */
  statementTimeoutMs?: number;
  /** SQL spans on SQLite (on when TRACING is; PostgreSQL is traced by the pg instrumentation). */
  traceSql?: boolean;
}

/** The database options a configuration asks for. */
export function databaseOptions(config: Config): DatabaseOptions {
  return {
    databasePath: config.databasePath, synchronous: config.sqliteSynchronous, busyTimeoutMs: config.sqliteBusyTimeoutMs,
    readPoolSize: config.readPoolSize ?? undefined, statementTimeoutMs: config.statementTimeoutMs,
    url: config.databaseUrl, readUrl: config.databaseReadUrl, poolSize: config.databasePoolSize,
    traceSql: config.tracing !== 'off',
  };
}

/** The PostgreSQL advisory lock key that write transactions of every instance take in turn. */
const WRITE_LOCK_KEY = 1764000001;

/** OPEN_READONLY from sqlite3: the read connection can never write. */
const SQLITE_OPEN_READONLY = 0x00000001;

/**
 * A TypeORM DataSource on the SQLite file (WAL, foreign keys on, busy timeout). Not initialized.
 * The read-only one runs on a pool of connections with a statement time limit (db/read-pool.ts).
 */
export function createDataSource(options: DatabaseOptions, readOnly = false): DataSource {
  const driver = readOnly
    ? pooledSqlite({ size: Math.max(1, options.readPoolSize ?? 3), statementTimeoutMs: options.statementTimeoutMs ?? 5000 })
    : quietSqlite();
  return new DataSource({
    type: 'sqlite',
    database: options.databasePath,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    enableWAL: !readOnly,
    busyTimeout: options.busyTimeoutMs ?? 5000,
    busyErrorRetry: 50,
    ...(readOnly ? { flags: SQLITE_OPEN_READONLY } : {}),
    driver: options.traceSql ? tracedSqlite(driver) : driver,
    logger: new SqlCounter(),
  });
}

/**
 * The service's database. On SQLite: one write connection and a pool of read-only connections on
 * the same WAL file. On PostgreSQL (options.url): a write pool and a read pool (on the replica
 * when readUrl is given) whose statement_timeout is the statement limit; raw SQL is translated by
 * db/dialect.ts, and idempotency across processes rests on unique constraints, not on the mutex.
 *
 * TypeORM's SQLite driver has a single connection per DataSource, so two transactions on it would
 * interleave. Writes therefore go through `write()`, which holds a mutex around one transaction;
 * reads go through `reader`, whose statements each take a free connection of its pool, with a
 * time limit, and see only committed data. One Database per process.
 */
export class Database {
  private readonly lock = new Mutex();

  private constructor(readonly writer: DataSource, readonly reader: DataSource, private readonly gate: ReadGate | null = null) {}

  /** Open the file, run pending migrations, set the pragmas, and open the read connection. */
  static async open(options: DatabaseOptions): Promise<Database> {
    if (options.url) return Database.openPostgres(options as DatabaseOptions & { url: string });
    mkdirSync(dirname(options.databasePath), { recursive: true });
    const writer = await createDataSource(options).initialize();
    await writer.query(`PRAGMA synchronous = ${options.synchronous ?? 'NORMAL'}`);
    await writer.runMigrations({ transaction: 'each' });
    const reader = await createDataSource(options, true).initialize();
    return new Database(writer, reader);
  }

  /** Open both PostgreSQL pools and run pending migrations (one instance at a time). */
  private static async openPostgres(options: DatabaseOptions & { url: string }): Promise<Database> {
    const poolSize = Math.max(1, options.poolSize ?? 10);
    const statementTimeoutMs = options.statementTimeoutMs ?? 5000;
    // The write pool has at least two connections: migrating holds the advisory lock on one.
    const writer = speakProjectSql(createPostgresDataSource({ url: options.url, poolSize: Math.max(2, poolSize) }));
    await writer.initialize();
    await migrateLocked(writer);
    const gate = newReadGate();
    const readPoolSize = Math.max(1, options.readPoolSize ?? poolSize);
    const reader = speakProjectSql(createPostgresDataSource({ url: options.readUrl ?? options.url, poolSize: readPoolSize, statementTimeoutMs }), gate, statementTimeoutMs);
    await reader.initialize();
    return new Database(writer, reader, gate);
  }

  /** The PostgreSQL primary's URL (DATABASE_URL), or null on SQLite. */
  get postgresUrl(): string | null {
    return this.gate ? (this.writer.options as { url?: string }).url ?? null : null;
  }

  /** 'postgres' or 'sqlite'. */
  get dialect(): 'postgres' | 'sqlite' {
    return this.gate ? 'postgres' : 'sqlite';
  }

  /** Run `work` in one write transaction; write transactions never overlap. */
  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.gate) return this.lock.runExclusive(() => this.writer.transaction(work));
    // PostgreSQL: instances sharing the database also take turns (a transaction-scoped advisory
    // lock), so entity matching never races; unique keys and ON CONFLICT back it up.
    return this.lock.runExclusive(() => this.writer.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
      return work(manager);
    }));
  }

  /**
   * Run each of `works` in one write transaction, each inside its own savepoint: a work that fails
   * is rolled back alone and its error returned in its place; the others commit together. Bulk
   * ingest uses it so that articles ready at the same time share one BEGIN and one COMMIT.
   */
  writeEach<T>(works: ((manager: EntityManager) => Promise<T>)[]): Promise<(T | Error)[]> {
    return this.write(async (manager) => {
      const results: (T | Error)[] = [];
      for (const work of works) results.push(await manager.transaction(work).catch(asError));
      return results;
    });
  }

  /** Statements run by both connections since the last reset. */
  get sqlCounter(): { count: number; reset(): void } {
    const counters = [this.writer.logger, this.reader.logger] as SqlCounter[];
    return {
      get count() { return counters.reduce((sum, c) => sum + c.count, 0); },
      reset: () => counters.forEach((c) => c.reset()),
    };
  }

  /** The reader's pool of SQLite connections (SQLite only). */
  get readPool(): ReadPool {
    if (this.gate) throw new Error('readPool is the SQLite read pool; on PostgreSQL reads use the pg pool');
    return (this.reader.driver as unknown as { databaseConnection: ReadPool }).databaseConnection;
  }

  /** Stop every read statement now and refuse new ones (the server is stopping). */
  interruptReads(): void {
    if (this.gate) stopReads(this.gate);
    else if (this.reader.isInitialized) this.readPool.interruptAll();
  }

  /** Close every connection (stops reads at once; waits for a write in progress). */
  async close(): Promise<void> {
    this.interruptReads();
    await this.lock.runExclusive(async () => {
      if (this.reader.isInitialized) await this.reader.destroy();
      if (this.writer.isInitialized) await this.writer.destroy();
    });
  }
}
