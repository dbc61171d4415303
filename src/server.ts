import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { keyNameOf } from './auth';
import type { Config } from './config';
import { Context, createContext, type LoaderFactory } from './context';
import type { Database } from './data-source';
import { playgroundRoutes } from './playground/playground.routes';
import { buildAppSchema } from './schema';
import { createFormatError, internalErrorLogPlugin } from './security/format-error';
import { httpErrorHandler } from './security/http-errors';
import { operationLimits } from './security/limits';
import { requestIdOf, requestLog } from './security/request-log';

export interface AppServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Listen on config.host:config.port (port 0: any free port); resolves to the URL of /graphql. */
  listen(): Promise<string>;
  /** Stop taking requests, finish those in flight, then resolve. The caller closes the database. */
  stop(): Promise<void>;
}

/** Health and readiness endpoints (no GraphQL involved). */
function healthRoutes(app: express.Express, db: Database): void {
  app.get('/health', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/ready', async (_req, res) => {
    try {
      await db.reader.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', reason: (err as Error).message });
    }
  });
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
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: config.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createFormatError(config),
    includeStacktraceInErrorResponses: config.env === 'development',
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are used; without this Apollo wraps every field resolver to compute them (tests/bench).
      ApolloServerPluginCacheControlDisabled(),
      internalErrorLogPlugin(log), ...limits.plugins,
    ],
  });
  await apollo.start();
  app.disable('x-powered-by');
  app.use(requestLog(log));
  healthRoutes(app, db);
  // The offline GraphiQL page (GET /graphql from a browser, /playground); Apollo's own landing page stays off.
  if (config.playground) app.use(playgroundRoutes('/graphql'));
  app.use('/graphql', express.json({ limit: config.maxBodyBytes }), expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const requestId = requestIdOf(res);
      const writer = keyNameOf(req.headers.authorization, config.apiKeys, config.apiKeyNames);
      return createContext({ db, config, canWrite: writer !== null, writer, requestId, log: log.child({ requestId }) }, options.makeLoaders);
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
    stop: () => apollo.stop(),
  };
}
