/**
 * The PostgreSQL side of data-source.ts: DataSources on a `pg` pool whose query runners speak the
 * project's one SQL dialect (db/dialect.ts), a read pool whose statement_timeout is the statement
 * time limit, and migrations run under an advisory lock so instances starting side by side do not
 * migrate twice.
 */
import pg from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { entities } from '../entities';
import { postgresMigrations } from '../migrations';
import { toPostgres } from './dialect';
import { ReadGate, readWithin } from './pg-statements';
import { SqlCounter } from './sql-counter';

// int8 (COUNT(*), bigint epoch milliseconds, search row ids) and numeric as JS numbers: every
// value the schema stores fits in 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export interface PostgresOptions {
  url: string;
  /** Connections of the pool. */
  poolSize: number;
  /** statement_timeout of every connection (ms), for the read pool; none for the write pool. */
  statementTimeoutMs?: number;
}

/** A PostgreSQL DataSource (not initialized). */
export function createPostgresDataSource(options: PostgresOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations: postgresMigrations,
    migrationsRun: false,
    synchronize: false,
    poolSize: options.poolSize,
    extra: { max: options.poolSize, ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}) },
    logger: new SqlCounter(),
  });
}

/**
 * Make every query runner of `ds` translate SQLite-dialect SQL (toPostgres). With a `gate` (the
 * read pool) every statement also keeps to the read time limits (db/pg-statements.ts).
 */
export function speakProjectSql(ds: DataSource, gate: ReadGate | null = null, statementTimeoutMs = 0): DataSource {
  const driver = ds.driver as unknown as { createQueryRunner(mode: string): QueryRunner };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode: string) => {
    const runner = create(mode);
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    runner.query = (async (sql: unknown, params?: unknown, structured?: unknown) => {
      const run = () => query(toPostgres(String(sql)), params, structured);
      return gate ? readWithin(runner, gate, statementTimeoutMs, run) : run();
    }) as QueryRunner['query'];
    return runner;
  };
  return ds;
}

/** Run pending migrations with a session advisory lock held, so one instance migrates at a time. */
export async function migrateLocked(ds: DataSource): Promise<void> {
  const lock = ds.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock(1764000000)');
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock(1764000000)').catch(() => undefined);
    await lock.release();
  }
}
