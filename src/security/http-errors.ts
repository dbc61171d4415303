/**
 * HTTP-level errors on /graphql, before GraphQL runs: an oversized body (413), a body that is not
 * JSON or not UTF-8 (400/415). Each is a GraphQL-style JSON error naming the problem and limit.
 */
import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { INTERNAL_MESSAGE } from './format-error';
import { requestIdOf } from './request-log';

interface BodyError { type?: string; length?: number; limit?: number; charset?: string; message?: string; status?: number; expose?: boolean }

/** Status, code and message for an error thrown by express.json(), or null when it is not one. */
export function describeBodyError(err: BodyError, config: Pick<Config, 'maxBodyBytes'>): { status: number; code: string; message: string } | null {
  switch (err.type) {
    case 'entity.too.large': {
      const size = err.length !== undefined && Number.isFinite(err.length) ? `${err.length} bytes` : `over ${config.maxBodyBytes} bytes`;
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `Request body is ${size}; the limit is ${config.maxBodyBytes} bytes (MAX_BODY_BYTES)` };
    }
    case 'encoding.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid UTF-8' };
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: `Request body is not valid JSON (a GraphQL request is a JSON object): ${err.message ?? 'parse failed'}` };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `Request body must be UTF-8 JSON, got ${err.message ?? 'another encoding'}` };
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'request.aborted':
      return { status: 400, code: 'BAD_REQUEST', message: `Request body could not be read: ${err.message ?? err.type}` };
    default: // body-parser marks every other client fault (e.g. a bad gzip stream) with a 4xx status and `expose`
      return err.expose && err.status && err.status >= 400 && err.status < 500
        ? { status: err.status, code: 'BAD_REQUEST', message: `Request body could not be read: ${err.message ?? 'unknown error'}` } : null;
  }
}

/** express.json's `verify`: a body that is not valid UTF-8 is refused (decoding would replace the bad bytes silently). */
export function verifyUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('Request body is not valid UTF-8'), { type: 'encoding.invalid', status: 400, expose: true });
}

/** Express error handler for /graphql: body errors as JSON; anything else as a masked 500, logged with the request id. */
export function httpErrorHandler(config: Config, log: Logger) {
  return (err: BodyError, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    const requestId = requestIdOf(res);
    const known = describeBodyError(err, config);
    if (!known) log.error({ requestId, err }, 'internal error');
    const { status, code, message } = known ?? { status: 500, code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE };
    res.status(status).type('application/json').json({ errors: [{ message, extensions: { code, ...(known ? {} : { requestId }) } }] });
  };
}
