/**
 * A small pool of read-only SQLite connections behind the one connection object TypeORM expects.
 *
 * TypeORM's SQLite driver keeps one connection per DataSource, and one SQLite connection runs one
 * statement at a time: a slow read would hold up every other. The DataSource's `driver` option
 * takes the sqlite3 module; `pooledSqlite` returns a stand-in whose `Database` opens `size`
 * connections and gives each statement one of its own, so one slow read occupies one connection.
 * Each statement has a time limit (and never outlives its request's deadline, see deadline.ts):
 * when it runs over, its connection is interrupted (sqlite3's Database#interrupt, which stops only
 * the statement running on that connection, since a connection runs one at a time here).
 */
import sqlite3 from 'sqlite3';
import { currentDeadline, ReadTimeoutError } from './deadline';

export interface ReadPoolOptions {
  /** Read connections (READ_POOL_SIZE). */
  size: number;
  /** Longest a read statement may run (READ_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
}

type RowsCallback = (this: unknown, err: Error | null, rows?: unknown[]) => void;
type Waiter = { grant(conn: sqlite3.Database | null): void };

export const STATEMENT_LIMIT_VARIABLE = 'READ_STATEMENT_TIMEOUT_MS';

/** Prepared statements kept per read connection (distinct SQL texts; lists vary with their IN (...) length). */
const PREPARED_PER_CONNECTION = 200;

/** The pool; what TypeORM holds as its "database connection" (it calls run, all and close). */
export class ReadPool {
  private readonly connections: sqlite3.Database[] = [];
  private readonly idle: sqlite3.Database[] = [];
  private readonly busy = new Set<sqlite3.Database>();
  private readonly waiting: Waiter[] = [];
  private stopping = false;
  /** Prepared statements per connection, by SQL text, oldest first (see prepared()). */
  private readonly statements = new Map<sqlite3.Database, Map<string, sqlite3.Statement>>();

  constructor(filename: string, flags: number, ready: (err: Error | null) => void, private readonly options: ReadPoolOptions) {
    let pending = options.size;
    let failed: Error | null = null;
    for (let i = 0; i < options.size; i++) {
      const conn = new sqlite3.Database(filename, flags, (err) => {
        failed ??= err;
        if (--pending === 0) ready(failed);
      });
      this.connections.push(conn);
      this.idle.push(conn);
    }
  }

  /** Statements TypeORM runs itself: PRAGMAs at connect go to every connection; anything else is one statement. */
  run(sql: string, params?: unknown, cb?: RowsCallback): void {
    const done = (typeof params === 'function' ? params : cb) as RowsCallback;
    const args = typeof params === 'function' ? [] : params;
    if (!/^\s*PRAGMA\b/i.test(sql)) return this.statement('run', sql, args, done);
    let pending = this.connections.length;
    let failed: Error | null = null;
    for (const conn of this.connections) {
      conn.run(sql, (err) => { failed ??= err; if (--pending === 0) done.call({}, failed); });
    }
  }

  /** One query on a free connection, within its time limit. */
  all(sql: string, params: unknown, cb: RowsCallback): void {
    this.statement('all', sql, params, cb);
  }

  /** Stop every statement now (the server is stopping); later ones are refused. */
  interruptAll(): void {
    this.stopping = true;
    for (const conn of this.busy) conn.interrupt();
    for (const w of this.waiting.splice(0)) w.grant(null);
  }

  /** Close every connection (its prepared statements finalized first). */
  close(cb: (err: Error | null) => void): void {
    for (const cache of this.statements.values()) for (const st of cache.values()) st.finalize();
    this.statements.clear();
    let pending = this.connections.length;
    let failed: Error | null = null;
    for (const conn of this.connections) conn.close((err) => { failed ??= err; if (--pending === 0) cb(failed); });
  }

  private statement(method: 'all' | 'run', sql: string, params: unknown, cb: RowsCallback): void {
    const deadline = currentDeadline();
    const left = () => (deadline ? deadline.at - Date.now() : Infinity);
    const requestTimeout = () => new ReadTimeoutError('request', deadline!.ms, deadline!.variable);
    if (this.stopping) return cb.call({}, new ReadTimeoutError('shutdown', 0, ''));
    if (left() <= 0) return cb.call({}, requestTimeout());
    this.acquire(left(), (conn) => {
      if (!conn) return cb.call({}, this.stopping ? new ReadTimeoutError('shutdown', 0, '') : requestTimeout());
      const byRequest = left() < this.options.statementTimeoutMs;
      let stopped: ReadTimeoutError | null = null;
      const timer = setTimeout(() => {
        stopped = byRequest ? requestTimeout() : new ReadTimeoutError('statement', this.options.statementTimeoutMs, STATEMENT_LIMIT_VARIABLE);
        conn.interrupt();
      }, Math.max(1, Math.min(left(), this.options.statementTimeoutMs)));
      const pool = this;
      const run = method === 'all' ? this.statements.get(conn)?.get(sql) ?? null : null;
      if (run) this.touch(conn, sql, run);
      const target = (run ?? conn) as unknown as Record<string, (...a: unknown[]) => void>;
      const args = run ? [(params ?? [])] : [sql, (params ?? [])];
      target[method](...args, function (this: unknown, err: Error | null, rows?: unknown[]) {
        clearTimeout(timer);
        pool.release(conn);
        if (err && run) pool.forget(conn, sql);
        else if (!err && !run && method === 'all') pool.prepare(conn, sql);
        const interrupted = err !== null && /SQLITE_INTERRUPT/.test(String(err.message));
        if (interrupted && (stopped || pool.stopping)) return cb.call(this, stopped ?? new ReadTimeoutError('shutdown', 0, ''));
        cb.call(this, err, rows);
      } as never);
    });
  }

  /**
   * Keep `sql` prepared on `conn` once it has run there without error (a bounded LRU per
   * connection): later reads re-bind and step it instead of preparing and finalizing each time.
   */
  private prepare(conn: sqlite3.Database, sql: string): void {
    let cache = this.statements.get(conn);
    if (!cache) this.statements.set(conn, (cache = new Map()));
    if (cache.has(sql) || this.stopping) return;
    cache.set(sql, conn.prepare(sql, (err) => { if (err) this.forget(conn, sql); }));
    if (cache.size > PREPARED_PER_CONNECTION) {
      const [oldest] = cache.keys();
      this.forget(conn, oldest);
    }
  }

  /** Mark a statement most recently used. */
  private touch(conn: sqlite3.Database, sql: string, st: sqlite3.Statement): void {
    const cache = this.statements.get(conn)!;
    cache.delete(sql);
    cache.set(sql, st);
  }

  /** Drop a statement that failed (its error may have left it unusable). */
  private forget(conn: sqlite3.Database, sql: string): void {
    const st = this.statements.get(conn)?.get(sql);
    if (!st) return;
    this.statements.get(conn)!.delete(sql);
    st.finalize();
  }

  /** A free connection, or null when none frees up within `waitMs` (or the pool stops). */
  private acquire(waitMs: number, use: (conn: sqlite3.Database | null) => void): void {
    const conn = this.idle.pop();
    if (conn) { this.busy.add(conn); return use(conn); }
    const timer = Number.isFinite(waitMs) ? setTimeout(() => {
      const i = this.waiting.indexOf(waiter);
      if (i >= 0) this.waiting.splice(i, 1);
      use(null);
    }, waitMs) : undefined;
    const waiter: Waiter = { grant: (c) => { clearTimeout(timer); if (c) this.busy.add(c); use(c); } };
    this.waiting.push(waiter);
  }

  private release(conn: sqlite3.Database): void {
    this.busy.delete(conn);
    const next = this.waiting.shift();
    if (next) next.grant(conn); else this.idle.push(conn);
  }
}

/** A stand-in for the sqlite3 module (TypeORM's `driver` option) whose Database is a ReadPool. */
export function pooledSqlite(options: ReadPoolOptions) {
  class PooledDatabase extends ReadPool {
    constructor(filename: string, flags: number, ready: (err: Error | null) => void) {
      super(filename, flags, ready, options);
    }
  }
  return { ...sqlite3, Database: PooledDatabase, verbose() { return this; } };
}

/**
 * The sqlite3 module without `verbose()`: TypeORM calls it on the driver it is given, and sqlite3's
 * verbose mode patches every Database and Statement method, for every connection of the process,
 * to capture a stack trace per call (a tenth of a read's CPU in the benchmark profile).
 */
export function quietSqlite() {
  return { ...sqlite3, verbose() { return this; } };
}
