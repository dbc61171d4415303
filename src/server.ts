import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { keyNameOf } from './auth';
import type { Config } from './config';
import { Context, createContext, type LoaderFactory } from './context';
import { attachSubscriptions } from './subscriptions/ws-server';
import { listenForArticles } from './subscriptions/events';
import { ExtractionPool } from './ingest/extract-pool';
import type { Database } from './data-source';
import { withDeadline } from './db/deadline';
import { playgroundRoutes } from './playground/playground.routes';
import { buildAppSchema } from './schema';
import { createFormatError, internalErrorLogPlugin } from './security/format-error';
import { httpErrorHandler, verifyUtf8 } from './security/http-errors';
import { securityHeaders } from './security/http-headers';
import { operationLimits } from './security/limits';
import { filterTextPlugin } from './security/argument-limits';
import { responseSizePlugin } from './security/response-size';
import { requestIdOf, requestLog } from './security/request-log';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ResponseCache, responseCachePlugin } from './cache/response-cache';
import { jitExecutor, localGateway } from './execution/jit-executor';
import { columnPlanPlugin } from './loaders/column-plan';

/** Compiled operations the jit executor keeps (one per distinct document and operation name). */
const JIT_CACHE_ENTRIES = 1000;

export interface AppServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Listen on config.host:config.port (port 0: any free port); resolves to the URL of /graphql. */
  listen(): Promise<string>;
  /** Shutdown has begun: /ready answers 503 from now on, every other request is still served. */
  beginShutdown(): void;
  /**
   * Stop taking requests (/ready says so), finish those in flight (each within its
   * REQUEST_TIMEOUT_MS), then resolve. The caller closes the database.
   */
  stop(): Promise<void>;
}

/** How long /ready waits for a read connection and its `SELECT 1`. */
export const READY_TIMEOUT_MS = 1000;

/**
 * Health and readiness endpoints (no GraphQL involved). /ready is not ready while the server
 * stops, and answers within READY_TIMEOUT_MS even when every read connection is busy.
 */
function healthRoutes(app: express.Express, db: Database, state: { stopping: boolean }): void {
  app.get('/health', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/ready', async (_req, res) => {
    if (state.stopping) return void res.status(503).json({ status: 'stopping' });
    try {
      await withDeadline(READY_TIMEOUT_MS, 'READY_TIMEOUT_MS', () => db.reader.query('SELECT 1'));
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', reason: (err as Error).message });
    }
  });
}

/** Express middleware: what follows (the GraphQL request) reads within REQUEST_TIMEOUT_MS. */
function requestDeadline(config: Config): express.RequestHandler {
  return (_req, _res, next) => withDeadline(config.requestTimeoutMs, 'REQUEST_TIMEOUT_MS', next);
}

/** Composition seams for callers other than index.ts (the benchmarks swap the loaders). */
export interface ServerOptions {
  makeLoaders?: LoaderFactory;
}

/**
 * Build the HTTP server: Express 5 with Apollo Server at /graphql, /health and /ready.
 * A factory shared by index.ts, the tests and the benchmarks; it starts nothing until listen().
 */
export async function createServer(config: Config, db: Database, log: Logger, options: ServerOptions = {}): Promise<AppServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const limits = operationLimits(config);
  const schema = await buildAppSchema();
  const subscriptions = attachSubscriptions(httpServer, schema, config, db, log, options.makeLoaders);
  // PostgreSQL: this instance's subscribers also hear what the other instances store (NOTIFY).
  const announcements = await listenForArticles(db, (err) => log.error({ err }, 'announcement listener failed'));
  // One extraction pool per server: ingestArticle extracts on its worker threads, never on this one.
  const extractor = new ExtractionPool({ workers: config.extractionWorkers, budgetMs: config.extractionBudgetMs });
  // One response cache per server, cleared by every mutation (cache/response-cache.ts).
  const responseCache = new ResponseCache(config.responseCacheEntries, config.responseCacheMaxBytes, config.cacheMaxAgeSeconds * 1000);
  // graphql-jit runs operations through Apollo's gateway seam (execution/jit-executor.ts); graphql-js otherwise.
  const execution = config.executor === 'jit'
    ? { gateway: localGateway(schema, jitExecutor(schema, { maxEntries: JIT_CACHE_ENTRIES })) }
    : { schema };
  const apollo = new ApolloServer<Context>({
    ...execution,
    introspection: config.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createFormatError(config),
    includeStacktraceInErrorResponses: config.env === 'development',
    // Compact JSON: Apollo's default pretty-prints every response (two-space indents), which costs
    // serialisation time and bytes on the wire for no client that parses it.
    stringifyResult: (result) => JSON.stringify(result),
    // Automatic persisted queries (a GET by sha256 hash) on a cache bounded in bytes.
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: config.apqCacheMaxBytes, sizeCalculation: (text) => text.length }) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(),
      // Federated traces (ftv1) only when a gateway asks (apollo-federation-include-trace: ftv1); error texts masked.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      // No cache hints are used; without this Apollo wraps every field resolver to compute them (tests/bench).
      ApolloServerPluginCacheControlDisabled(),
      // A query's loaders read only the columns its fields need (loaders/column-plan.ts).
      columnPlanPlugin(),
      internalErrorLogPlugin(log), responseSizePlugin(), filterTextPlugin(config.maxFilterChars), ...limits.plugins,
      // Last, so it stores only what the other plugins let through.
      responseCachePlugin(responseCache, config.cacheMaxAgeSeconds),
    ],
  });
  await apollo.start();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLog(log));
  app.use(...securityHeaders(config));
  const state = { stopping: false };
  healthRoutes(app, db, state);
  // The offline GraphiQL page (GET /graphql from a browser, /playground); Apollo's own landing page stays off.
  if (config.playground) app.use(playgroundRoutes('/graphql'));
  app.use('/graphql', express.json({ limit: config.maxBodyBytes, verify: verifyUtf8 }), requestDeadline(config), expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const requestId = requestIdOf(res);
      const writer = keyNameOf(req.headers.authorization, config.apiKeys, config.apiKeyNames);
      return createContext({ db, config, canWrite: writer !== null, writer, requestId, log: log.child({ requestId }), extractor }, options.makeLoaders);
    },
  }), httpErrorHandler(config, log));
  return {
    httpServer,
    apollo,
    listen: () => new Promise((resolve) => {
      httpServer.listen(config.port, config.host, () => {
        const { port } = httpServer.address() as AddressInfo;
        resolve(`http://${config.host}:${port}/graphql`);
      });
    }),
    beginShutdown: () => { state.stopping = true; },
    stop: async () => { state.stopping = true; await subscriptions.close(); await apollo.stop(); await extractor.close(); await announcements.close(); },
  };
}
