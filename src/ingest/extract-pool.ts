/**
 * Extraction off the request thread: a pool of worker threads (piscina) runs the pure pipeline,
 * each article within a time budget. A runaway extraction (adversarial input) is stopped by
 * terminating its worker, so it never holds a core or the event loop; the article fails with
 * EXTRACTION_TIMEOUT naming the limit, and nothing is written. One pool per server (or bulk run).
 */
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { Piscina } from 'piscina';
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import type { WorkerResult } from './extract.worker';
import { extract, IngestInputError } from './ingest.service';

export interface ExtractionOptions {
  /** Worker threads; 0 runs the pipeline on the calling thread (no budget can be enforced then). */
  workers: number;
  /** Longest one article may take, in milliseconds (EXTRACTION_BUDGET_MS); 0 for no limit. */
  budgetMs: number;
}

/** An article whose extraction ran past the budget: a client-visible error naming the limit. */
export class ExtractionTimeoutError extends GraphQLError {
  constructor(budgetMs: number) {
    super(`the article took longer than ${budgetMs} ms to extract (EXTRACTION_BUDGET_MS) and was not stored`, {
      extensions: { code: 'EXTRACTION_TIMEOUT', field: 'text', limit: 'EXTRACTION_BUDGET_MS', max: budgetMs },
    });
  }
}

/** Runs extraction jobs; `close()` ends the worker threads. */
export class ExtractionPool {
  private readonly pool: Piscina | null;

  constructor(private readonly options: ExtractionOptions) {
    // minThreads = maxThreads: piscina (5.3) starts no new worker for tasks already queued when the
    // worker it terminates for a runaway task was its last one, so a pool allowed to shrink to zero
    // would leave the article queued behind a timed-out one waiting for ever (tests/reliability/extract-pool)
    this.pool = options.workers > 0
      ? new Piscina({ filename: join(__dirname, 'extract.worker.js'), maxThreads: options.workers, minThreads: options.workers, idleTimeout: 30_000 })
      : null;
  }

  /**
   * Extract one article within the budget; input errors keep their field and message. The budget
   * counts from the moment a worker starts the article (the worker says so on a port), so time
   * spent waiting for a free or freshly started worker (loading the pipeline) never counts.
   */
  async extract(input: RawArticleInput): Promise<ExtractedArticle> {
    if (!this.pool) return extract(input);
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const channel = this.options.budgetMs > 0 ? new MessageChannel() : null;
    channel?.port1.once('message', () => { timer = setTimeout(() => abort.abort(), this.options.budgetMs); });
    let result: WorkerResult;
    try {
      result = channel
        ? await this.pool.run({ input, started: channel.port2 }, { signal: abort.signal, transferList: [channel.port2] })
        : await this.pool.run({ input, started: null });
    } catch (err) {
      if (abort.signal.aborted) throw new ExtractionTimeoutError(this.options.budgetMs);
      throw err;
    } finally {
      clearTimeout(timer);
      channel?.port1.close();
    }
    if (!result.ok) throw new IngestInputError(result.message, result.field);
    return result.doc;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
