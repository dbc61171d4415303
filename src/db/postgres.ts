/**
 * The PostgreSQL side of data-source.ts: DataSources on a `pg` pool whose query runners speak the
 * project's one SQL dialect (db/dialect.ts), a read pool whose statement_timeout is the statement
 * time limit, and migrations run under an advisory lock so instances starting side by side do not
 * migrate twice.
 */
import pg from 'pg';
import { DataSource } from 'typeorm';
import { entities } from '../entities';
import { postgresMigrations } from '../migrations';
import { currentDeadline, ReadTimeoutError } from './deadline';
import { toPostgres } from './dialect';
import { STATEMENT_LIMIT_VARIABLE } from './read-pool';
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

/** Set on a read DataSource while the server stops: later statements are refused. */
export interface ReadGate { stopping: boolean }

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
 * Make every query runner of `ds` translate SQLite-dialect SQL (toPostgres), honour the request
 * deadline (no statement starts after it), and report a cancelled statement as a TIMEOUT.
 */
export function speakProjectSql(ds: DataSource, statementTimeoutMs: number | null, gate: ReadGate = { stopping: false }): DataSource {
  const driver = ds.driver as unknown as { createQueryRunner(mode: string): { query: (...args: unknown[]) => Promise<unknown> } };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode: string) => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    runner.query = async (sql: unknown, params?: unknown, structured?: unknown) => {
      if (gate.stopping) throw new ReadTimeoutError('shutdown', 0, '');
      const deadline = currentDeadline();
      if (statementTimeoutMs !== null && deadline && deadline.at <= Date.now()) throw new ReadTimeoutError('request', deadline.ms, deadline.variable);
      try {
        return await query(toPostgres(String(sql)), params, structured);
      } catch (err) {
        const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
        if (code === '57014' && statementTimeoutMs !== null) throw new ReadTimeoutError(gate.stopping ? 'shutdown' : 'statement', statementTimeoutMs, STATEMENT_LIMIT_VARIABLE);
        throw err;
      }
    };
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
