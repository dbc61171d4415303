import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';
import { pooledSqlite, quietSqlite, ReadPool } from './db/read-pool';
import { SqlCounter } from './db/sql-counter';
import { entities } from './entities';
import { migrations } from './migrations';
import type { Config, SqliteSynchronous } from './config';

export interface DatabaseOptions {
  databasePath: string;
  synchronous?: SqliteSynchronous;
  busyTimeoutMs?: number;
  /** Read-only connections (READ_POOL_SIZE; default 3). */
  readPoolSize?: number;
  /** Longest a read statement may run before it is interrupted (READ_STATEMENT_TIMEOUT_MS; default 5000). */
  statementTimeoutMs?: number;
}

/** The database options a configuration asks for. */
export function databaseOptions(config: Config): DatabaseOptions {
  return {
    databasePath: config.databasePath, synchronous: config.sqliteSynchronous, busyTimeoutMs: config.sqliteBusyTimeoutMs,
    readPoolSize: config.readPoolSize, statementTimeoutMs: config.statementTimeoutMs,
  };
}

/** OPEN_READONLY from sqlite3: the read connection can never write. */
const SQLITE_OPEN_READONLY = 0x00000001;

/**
 * A TypeORM DataSource on the SQLite file (WAL, foreign keys on, busy timeout). Not initialized.
 * The read-only one runs on a pool of connections with a statement time limit (db/read-pool.ts).
 */
export function createDataSource(options: DatabaseOptions, readOnly = false): DataSource {
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
    ...(readOnly ? {
      flags: SQLITE_OPEN_READONLY,
      driver: pooledSqlite({ size: Math.max(1, options.readPoolSize ?? 3), statementTimeoutMs: options.statementTimeoutMs ?? 5000 }),
    } : { driver: quietSqlite() }),
    logger: new SqlCounter(),
  });
}

/**
 * The service's database: one write connection and a pool of read-only connections on the same
 * WAL file.
 *
 * TypeORM's SQLite driver has a single connection per DataSource, so two transactions on it would
 * interleave. Writes therefore go through `write()`, which holds a mutex around one transaction;
 * reads go through `reader`, whose statements each take a free connection of its pool, with a
 * time limit, and see only committed data. One Database per process.
 */
export class Database {
  private readonly lock = new Mutex();

  private constructor(readonly writer: DataSource, readonly reader: DataSource) {}

  /** Open the file, run pending migrations, set the pragmas, and open the read connection. */
  static async open(options: DatabaseOptions): Promise<Database> {
    mkdirSync(dirname(options.databasePath), { recursive: true });
    const writer = await createDataSource(options).initialize();
    await writer.query(`PRAGMA synchronous = ${options.synchronous ?? 'NORMAL'}`);
    await writer.runMigrations({ transaction: 'each' });
    const reader = await createDataSource(options, true).initialize();
    return new Database(writer, reader);
  }

  /** Run `work` in one write transaction; write transactions never overlap. */
  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.lock.runExclusive(() => this.writer.transaction(work));
  }

  /** Statements run by both connections since the last reset. */
  get sqlCounter(): { count: number; reset(): void } {
    const counters = [this.writer.logger, this.reader.logger] as SqlCounter[];
    return {
      get count() { return counters.reduce((sum, c) => sum + c.count, 0); },
      reset: () => counters.forEach((c) => c.reset()),
    };
  }

  /** The reader's pool of connections. */
  get readPool(): ReadPool {
    return (this.reader.driver as unknown as { databaseConnection: ReadPool }).databaseConnection;
  }

  /** Stop every read statement now and refuse new ones (the server is stopping). */
  interruptReads(): void {
    if (this.reader.isInitialized) this.readPool.interruptAll();
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
