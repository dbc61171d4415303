/**
 * GraphQL subscriptions over graphql-ws on the same `/graphql` endpoint (an HTTP upgrade), with
 * the limits and error masking of queries: the same parse token limit, validation rules (depth,
 * aliases, directives, cost), complexity check and formatError.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from '../config';
import { createContext, type LoaderFactory } from '../context';
import type { Database } from '../data-source';
import { cachedComplexityOf, costLimitError } from '../security/complexity';
import { createFormatError } from '../security/format-error';
import { operationLimits } from '../security/limits';

// graphql-ws ships its ws adapter as a package export only; the type comes from its dist file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/dist/use/ws');

/** A client's mistake keeps its code (or gets the one Apollo gives it over HTTP), so it is never masked. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return error.extensions?.code ? error : new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}

export interface SubscriptionServer { close(): Promise<void> }

/** Accept graphql-ws connections on `path` of `httpServer`. Reading is public, so no key is asked. */
export function attachSubscriptions(httpServer: http.Server, schema: GraphQLSchema, config: Config, db: Database, log: Logger, makeLoaders?: LoaderFactory): SubscriptionServer {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const limits = operationLimits(config);
  const formatError = createFormatError(config);
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const reject = (errors: readonly GraphQLError[]) => format(errors).map((f) => new GraphQLError(f.message, { extensions: f.extensions }));
  const server = useServer({
    schema,
    context: () => {
      const requestId = randomUUID();
      return createContext({ db, config, canWrite: false, requestId, log: log.child({ requestId, subscription: true }) }, makeLoaders);
    },
    onSubscribe: (_ctx, _id, payload) => {
      let document;
      try { document = parse(payload.query, { maxTokens: config.limits.maxTokens }); } catch (err) { return reject([coded(err as GraphQLError, 'GRAPHQL_PARSE_FAILED')]); }
      const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
      if (errors.length) return reject(errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED')));
      const cost = cachedComplexityOf(schema, document, payload.variables ?? undefined, payload.operationName ?? undefined);
      if (cost > config.limits.maxCost) return reject([costLimitError(cost, config.limits.maxCost)]);
      return undefined;
    },
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors as GraphQLError[]) as never } : result),
  }, wss);
  let closing: Promise<void> | null = null;
  return {
    // Idempotent: a second stop (or a server that never listened) finds nothing left to close.
    close: () => (closing ??= (async () => {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    })()),
  };
}
