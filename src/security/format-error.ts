/**
 * The one place errors are shaped for clients. Errors a client caused (bad input, limits, auth,
 * parse and validation errors) go out as they are; anything else is internal: logged with the
 * request id, and in production masked as "Internal server error" carrying that request id, so
 * a report from a client can be matched to its log line.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { readTimeoutOf } from '../db/deadline';
import { tokenLimitError } from './limits';

export const INTERNAL_MESSAGE = 'Internal server error';

/** The request id of each internal error, noted when the error is logged. Shared by every request; weak, so nothing leaks. */
const requestIdOf = new WeakMap<object, string>();

/**
 * Client mistakes that the libraries report without a client code: each message, rewritten to
 * name what was wrong (and the rule and limit, for graphql-js's validation limits), with its code.
 */
const CLIENT_MISTAKES: { pattern: RegExp; rewrite(m: RegExpExecArray): { message: string; extensions: Record<string, unknown> } }[] = [
  {
    pattern: /^The _entities resolver tried to load an entity for type "(.*)", but no object or interface type of that name was found in the schema$/s,
    rewrite: (m) => ({ message: `_entities: unknown __typename ${JSON.stringify(m[1].slice(0, 100))}; this subgraph resolves Article, Person, Organization, Event, Place and Quote`, extensions: { code: 'BAD_USER_INPUT', argument: 'representations' } }),
  },
  {
    pattern: /^provided sha does not match query$/,
    rewrite: () => ({ message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) does not match the SHA-256 of the query', extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }),
  },
  {
    pattern: /^Validation aborted\.$/,
    rewrite: () => ({ message: 'Validation aborted: checking that the fields of this operation can be merged needs more than 500000 comparisons (graphql-js rule OverlappingFieldsCanBeMergedRule, limit 500000)', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', rule: 'OverlappingFieldsCanBeMergedRule', max: 500000 } }),
  },
  {
    pattern: /^Too many validation errors, error limit reached\. Validation aborted\.$/,
    rewrite: () => ({ message: 'Validation aborted after 100 errors (graphql-js validate, maxErrors 100); the first 100 are listed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', rule: 'maxErrors', max: 100 } }),
  },
];

/** The client-facing form of a client mistake reported without a client code, or null. */
function clientMistake(message: string): { message: string; extensions: Record<string, unknown> } | null {
  for (const { pattern, rewrite } of CLIENT_MISTAKES) {
    const m = pattern.exec(message);
    if (m) return rewrite(m);
  }
  return null;
}

/** Whether an error (as Apollo reports it) was not caused by the client. */
function isInternal(error: { message: string; extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return (code === undefined || code === 'INTERNAL_SERVER_ERROR') && !clientMistake(error.message);
}

interface ErrorContext { requestId?: string; log?: Logger }

/**
 * An Apollo plugin that logs every internal error once, with its request id and stack, and
 * remembers the id for formatError. `log` is used when the request has no context (yet).
 */
export function internalErrorLogPlugin(log: Logger): ApolloServerPlugin<ErrorContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const requestId = contextValue?.requestId ?? 'unknown';
            const timeout = readTimeoutOf(error);
            if (timeout) {
              (contextValue?.log ?? log).warn({ requestId, operationName, limit: timeout.variable, path: error.path }, 'read stopped by a time limit');
              continue;
            }
            if (!isInternal(error)) continue;
            requestIdOf.set(error, requestId);
            (contextValue?.log ?? log).error({ requestId, operationName, err: error.originalError ?? error, path: error.path }, 'internal error');
          }
        },
      };
    },
  };
}

/**
 * Apollo's formatError: client errors pass through; a read stopped by a time limit is a TIMEOUT
 * error naming the limit (its variable and milliseconds); internal errors get `extensions.requestId`,
 * and in production their message, path details and stack are replaced by "Internal server error".
 */
export function createFormatError(config: Pick<Config, 'env'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(formatted.message) : null;
    if (tokens) return { message: tokens.message, extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'MAX_QUERY_TOKENS', max: tokens.extensions.max } };
    const mistake = clientMistake(formatted.message);
    if (mistake) return { ...mistake, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    const timeout = readTimeoutOf(error);
    if (timeout) {
      const limit = timeout.kind === 'shutdown' ? {} : { limit: timeout.variable, max: timeout.ms };
      return { message: timeout.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'TIMEOUT', ...limit } };
    }
    if (!isInternal(formatted)) return formatted;
    const requestId = (error && typeof error === 'object' && requestIdOf.get(error)) || undefined;
    const extra = requestId ? { requestId } : {};
    if (config.env !== 'production') return { ...formatted, extensions: { ...formatted.extensions, ...extra } };
    return { message: INTERNAL_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR', ...extra } };
  };
}
