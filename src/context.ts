import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './data-source';
import { createLoaders, Loaders } from './loaders';
import type { LoaderOptions } from './loaders/by-id.loader';

/** What every resolver receives. One per request. */
export interface Context {
  db: Database;
  loaders: Loaders;
  config: Config;
  /** Whether the request carried a valid API key (required for mutations). */
  canWrite: boolean;
  requestId: string;
  log: Logger;
}

export interface ContextInput {
  db: Database;
  config: Config;
  canWrite: boolean;
  requestId: string;
  log: Logger;
  /** Loader options; only the benchmarks' naive variant sets them (see createLoaders). */
  loaderOptions?: LoaderOptions;
}

/** Build a request's context: fresh loaders on the read connection. */
export function createContext({ loaderOptions, ...input }: ContextInput): Context {
  return { ...input, loaders: createLoaders(input.db.reader, loaderOptions) };
}
