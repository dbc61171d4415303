import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { hasValidKey } from './auth';
import type { Config } from './config';
import { Context, createContext } from './context';
import type { Database } from './data-source';
import { playgroundRoutes } from './playground/playground.routes';
import { buildAppSchema } from './schema';

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

/**
 * Build the HTTP server: Express 5 with Apollo Server at /graphql, /health and /ready.
 * A factory shared by index.ts, the tests and the benchmarks; it starts nothing until listen().
 */
export async function createServer(config: Config, db: Database, log: Logger): Promise<AppServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: config.introspection,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  app.disable('x-powered-by');
  healthRoutes(app, db);
  // The offline GraphiQL page (GET /graphql from a browser, /playground); Apollo's own landing page stays off.
  if (config.playground) app.use(playgroundRoutes('/graphql'));
  app.use('/graphql', express.json({ limit: config.maxBodyBytes }), expressMiddleware(apollo, {
    context: async ({ req }) => {
      const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 100)) || randomUUID();
      return createContext({ db, config, canWrite: hasValidKey(req.headers.authorization, config.apiKeys), requestId, log: log.child({ requestId }) });
    },
  }));
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
