/**
 * Request ids and the request log: every response carries `x-request-id` (the client's, when it
 * is a short token, else a new UUID), and one pino line per request gives the id, method, path,
 * GraphQL operation name, status and duration. Headers and bodies are never logged.
 */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request id to use: the client's `x-request-id` when it is a safe short token, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && CLIENT_ID.test(header) ? header : randomUUID();
}

/** The operation name of a GraphQL request: the one given, else the first named operation. */
export function operationNameOf(req: Request): string | undefined {
  const body = (req.body ?? {}) as { operationName?: unknown; query?: unknown };
  const given = body.operationName ?? req.query?.operationName;
  if (typeof given === 'string' && given) return given.slice(0, 100);
  const query = body.query ?? req.query?.query;
  if (typeof query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(query)?.[1];
}

/** The request id set by requestLog for this response. */
export function requestIdOf(res: Response): string {
  return (res.locals.requestId as string | undefined) ?? 'unknown';
}

/** Express middleware: assign the request id, echo it in `x-request-id`, log the request when it ends. */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const started = performance.now();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    res.once('close', () => {
      const failed = res.statusCode >= 500;
      if (!log.isLevelEnabled(failed ? 'error' : 'info')) return; // nothing would be written
      const entry = {
        requestId, method: req.method, path: req.path, operationName: operationNameOf(req),
        status: res.statusCode, durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (failed) log.error(entry, 'request failed');
      else log.info(entry, 'request');
    });
    next();
  };
}
