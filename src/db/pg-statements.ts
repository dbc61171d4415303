/**
 * Time limits for reads on PostgreSQL, the counterpart of read-pool.ts's interrupt: a statement
 * gets at most READ_STATEMENT_TIMEOUT_MS (the read pool's statement_timeout) and never runs past
 * its request's deadline (db/deadline.ts), waiting for a connection included; the server
 * stopping cancels every read still running. Cancelling uses PostgreSQL's cancel request (a
 * separate short connection), so it works when every connection of the pool is busy.
 */
import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { currentDeadline, ReadTimeoutError } from './deadline';
import { STATEMENT_LIMIT_VARIABLE } from './read-pool';

/** A read pool's state: stopping (refuse new statements) and the connections running one now. */
export interface ReadGate {
  stopping: boolean;
  running: Set<pg.ClientBase>;
}

export function newReadGate(): ReadGate {
  return { stopping: false, running: new Set() };
}

/** The part of pg's protocol Connection a cancel request uses (its typings leave these out). */
interface CancelConnection {
  on(event: 'error' | 'connect', listener: () => void): void;
  connect(portOrPath: number | string, host?: string): void;
  cancel(processID: number, secretKey: number): void;
}

/** Ask the server to cancel what `client` is running (PostgreSQL's cancel request). */
export function cancelStatement(client: pg.ClientBase): void {
  const { host, port, processID, secretKey } = client as unknown as { host: string; port: number; processID: number; secretKey: number };
  const con = new pg.Connection() as unknown as CancelConnection;
  con.on('error', () => undefined);
  con.on('connect', () => con.cancel(processID, secretKey));
  if (host.startsWith('/')) con.connect(`${host}/.s.PGSQL.${port}`);
  else con.connect(port, host);
}

/** Cancel every statement running on the gate's pool and refuse new ones. */
export function stopReads(gate: ReadGate): void {
  gate.stopping = true;
  for (const client of gate.running) cancelStatement(client);
}

interface PgRunner { connect(): Promise<pg.PoolClient>; release(): Promise<void>; isReleased: boolean }

/** The runner's connection, or a request TIMEOUT when none frees up before the deadline. */
async function connectWithin(runner: PgRunner, at: number, deadline: { ms: number; variable: string }): Promise<pg.PoolClient> {
  const connecting = runner.connect();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), Math.max(0, at - Date.now())); });
  const client = await Promise.race([connecting, late]).finally(() => clearTimeout(timer));
  if (client) return client;
  // TypeORM releases the runner when this throws, before the pool hands it a connection (so that
  // release returns nothing). Once the connection arrives, release the runner again, for real:
  // the connection goes back to the pool and the runner leaves the driver's list of connected
  // runners (a runner left there would never let the pool close).
  connecting.then(() => { runner.isReleased = false; return runner.release(); }).catch(() => undefined);
  throw new ReadTimeoutError('request', deadline.ms, deadline.variable);
}

/**
 * Run one read statement (`run`, already translated) on `runner` within the limits above; a
 * cancelled statement is a ReadTimeoutError naming the limit that stopped it.
 */
export async function readWithin<T>(runner: QueryRunner, gate: ReadGate, statementTimeoutMs: number, run: () => Promise<T>): Promise<T> {
  if (gate.stopping) throw new ReadTimeoutError('shutdown', 0, '');
  const deadline = currentDeadline();
  if (deadline && deadline.at <= Date.now()) throw new ReadTimeoutError('request', deadline.ms, deadline.variable);
  const pgRunner = runner as unknown as PgRunner;
  const client = deadline ? await connectWithin(pgRunner, deadline.at, deadline) : await pgRunner.connect();
  let expired = false;
  const timer = deadline && setTimeout(() => { expired = true; cancelStatement(client); }, Math.max(0, deadline.at - Date.now()));
  gate.running.add(client);
  try {
    return await run();
  } catch (err) {
    const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
    if (code !== '57014') throw err;
    if (gate.stopping) throw new ReadTimeoutError('shutdown', 0, '');
    if (expired && deadline) throw new ReadTimeoutError('request', deadline.ms, deadline.variable);
    throw new ReadTimeoutError('statement', statementTimeoutMs, STATEMENT_LIMIT_VARIABLE);
  } finally {
    if (timer) clearTimeout(timer);
    gate.running.delete(client);
  }
}
