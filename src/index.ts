/** The composition root: the only module with side effects. */
import 'reflect-metadata';
import { loadConfig, loadDotEnv } from './config';
import { createLogger } from './logger';
import { startTracing } from './tracing';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const tracing = startTracing(config);
  // Loaded after tracing starts, so that HTTP, Express, GraphQL and pg are instrumented.
  const { createServer } = await import('./server');
  const { Database, databaseOptions } = await import('./data-source');
  const { loadSampleArticlesIfEmpty } = await import('./ingest/sample');
  const log = createLogger(config.logLevel);
  const db = await Database.open(databaseOptions(config));
  if (config.loadSampleData) await loadSampleArticlesIfEmpty(db, config, log);
  const server = await createServer(config, db, log);
  const url = await server.listen();
  // The PostgreSQL URL is logged without its credentials.
  const database = config.databaseUrl ? config.databaseUrl.replace(/\/\/[^@/]*@/, '//***@') : config.databasePath;
  log.info({ url, database, env: config.env }, `Newsgraph ready at ${url}`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.beginShutdown();
    log.info({ signal, delayMs: config.shutdownDelayMs }, 'stopping: /ready answers 503, finishing requests in flight');
    let code = 0;
    try {
      // Load balancers see /ready fail and stop sending before the listener closes.
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      await server.stop();
    } catch (err) {
      code = 1;
      log.error({ err }, 'error while stopping the server');
    } finally {
      await db.close();
      await tracing?.shutdown();
    }
    log.info('stopped');
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
