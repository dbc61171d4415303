/**
 * Time limits on reads. A request runs inside `withDeadline`, and every read statement it issues
 * (however deep in TypeORM or a DataLoader) sees the request's deadline through AsyncLocalStorage:
 * a statement gets at most the statement limit and never more than what is left of the request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface DeadlineScope {
  /** Epoch milliseconds after which no statement of the request may run. */
  at: number;
  /** Milliseconds the request was given, and the variable that sets them (for messages). */
  ms: number;
  variable: string;
}

const scope = new AsyncLocalStorage<DeadlineScope>();

/** Run `work` (and everything it starts) with a deadline `ms` from now. */
export function withDeadline<T>(ms: number, variable: string, work: () => T): T {
  return scope.run({ at: Date.now() + ms, ms, variable }, work);
}

/** The deadline of the request running now, if any. */
export function currentDeadline(): DeadlineScope | undefined {
  return scope.getStore();
}

/** Which limit stopped a read: one statement's, the request's, or the server stopping. */
export type TimeoutKind = 'statement' | 'request' | 'shutdown';

/**
 * A read stopped by a time limit. `variable` and `ms` name the limit, so the client's error
 * (code TIMEOUT, see format-error.ts) says what was exceeded.
 */
export class ReadTimeoutError extends Error {
  readonly code = 'TIMEOUT';

  constructor(readonly kind: TimeoutKind, readonly ms: number, readonly variable: string) {
    super(kind === 'shutdown'
      ? 'The server is stopping; the query was stopped'
      : kind === 'statement'
        ? `A database statement ran longer than ${ms} ms and was stopped (${variable})`
        : `The request ran out of its ${ms} ms (${variable}); the query was stopped`);
    this.name = 'ReadTimeoutError';
  }
}

/** The ReadTimeoutError behind an error (through GraphQL's and TypeORM's wrappers), or null. */
export function readTimeoutOf(error: unknown): ReadTimeoutError | null {
  for (let e = error as any, i = 0; e && typeof e === 'object' && i < 6; i++) {
    if (e instanceof ReadTimeoutError) return e;
    e = e.originalError ?? e.driverError;
  }
  return null;
}
