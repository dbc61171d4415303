import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './data-source';
import { createLoaders, Loaders } from './loaders';

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
}

/** Build a request's context: fresh loaders on the read connection. */
export function createContext(input: ContextInput): Context {
  return { ...input, loaders: createLoaders(input.db.reader) };
}
