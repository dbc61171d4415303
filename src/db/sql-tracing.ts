/**
 * SQL spans on SQLite. PostgreSQL has an official OpenTelemetry instrumentation (pg, started in
 * tracing.ts); sqlite3 has none, so `tracedSqlite` wraps the driver module TypeORM is given: every
 * connection it opens answers `run` and `all` (the two calls TypeORM's SQLite query runner makes,
 * for the write connection and the read pool alike) inside a `db.query` span, a child of whatever
 * span is active when the statement starts (the GraphQL resolver's, the HTTP request's).
 * data-source.ts wraps the driver only when tracing is on; off, statements run untouched. Only the
 * OpenTelemetry API is used here: without a started SDK its tracer is a no-op.
 */
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

/** The longest statement text a span carries (db.statement). */
export const STATEMENT_LIMIT = 2000;

type Callback = (this: unknown, err: Error | null, rows?: unknown) => void;
type Statement = (sql: string, params?: unknown, cb?: Callback) => unknown;
type Connection = { run: Statement; all: Statement };

const tracer = trace.getTracer('newsgraph-sqlite');

/** The sqlite3 module (or a stand-in such as read-pool.ts's) whose connections trace their statements. */
export function tracedSqlite<D extends { Database: unknown }>(driver: D): D {
  const Base = driver.Database as new (...args: unknown[]) => Connection;
  // Called with `new` by TypeORM; returning the connection keeps its class (a ReadPool stays one).
  function TracedDatabase(...args: unknown[]): Connection {
    const conn = new Base(...args);
    conn.run = traced(conn.run.bind(conn));
    conn.all = traced(conn.all.bind(conn));
    return conn;
  }
  return { ...driver, Database: TracedDatabase };
}

/** `statement` inside a db.query span that ends when its callback is called. */
function traced(statement: Statement): Statement {
  return (sql, params, cb) => {
    const done = (typeof params === 'function' ? params : cb) as Callback | undefined;
    const span = tracer.startSpan('db.query', {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system': 'sqlite',
        'db.operation': /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '',
        'db.statement': sql.length > STATEMENT_LIMIT ? `${sql.slice(0, STATEMENT_LIMIT)}…` : sql,
      },
    });
    const finish: Callback = function (err, rows) {
      if (err) {
        span.recordException(err);
        span.setStatus({ code: SpanStatusCode.ERROR, message: err.message });
      }
      span.end();
      // sqlite3 passes lastID and changes as `this`; TypeORM reads them.
      done?.call(this, err, rows);
    };
    // The call keeps its shape: (sql, cb) or (sql, params, cb), params possibly undefined.
    return typeof params === 'function' ? statement(sql, finish) : statement(sql, params, finish);
  };
}
