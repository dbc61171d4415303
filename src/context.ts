import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './data-source';
import { createLoaders, Loaders } from './loaders';
import { ResponseBudget } from './security/response-size';
import type { DataSource } from 'typeorm';
import type { Extractor } from './ingest/ingest.service';

/** What every resolver receives. One per request. */
export interface Context {
  db: Database;
  loaders: Loaders;
  config: Config;
  /** Whether the request carried a valid API key (required for mutations). */
  canWrite: boolean;
  /** The name of the request's API key (the "who" of corrections); null without a valid key. */
  writer: string | null;
  requestId: string;
  log: Logger;
  /** Runs article extraction off the request thread, within its budget (shared by every request). */
  extractor?: Extractor;
  /** Bytes of long text this response may still carry (MAX_RESPONSE_BYTES). */
  responseBudget: ResponseBudget;
}

export interface ContextInput {
  db: Database;
  config: Config;
  canWrite: boolean;
  writer?: string | null;
  requestId: string;
  log: Logger;
  extractor?: Extractor;
}

/** Makes a request's loaders on a connection; createLoaders unless a caller composes its own. */
export type LoaderFactory = (ds: DataSource) => Loaders;

/** Build a request's context: fresh loaders on the read connections, a fresh response budget. */
export function createContext(input: ContextInput, makeLoaders: LoaderFactory = createLoaders): Context {
  return { ...input, writer: input.writer ?? null, loaders: makeLoaders(input.db.reader), responseBudget: new ResponseBudget(input.config.maxResponseBytes) };
}
