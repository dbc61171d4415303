import type { Database } from '../data-source';
import { asError } from '../errors';
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import { ExtractionPool } from './extract-pool';
import { IngestLimits, IngestOutcome, storeArticles, validateInput } from './ingest.service';
import { articleSources } from './sources';
import { announceArticle } from '../subscriptions/events';

/** The running tally of a bulk ingest. Failures keep their reason; only the first 1000 are kept in full. */
export interface BulkSummary {
  total: number;
  added: number;
  duplicates: number;
  failed: number;
  quotes: number;
  people: number;
  failures: { label: string; reason: string }[];
}

export interface BulkOptions {
  /** Extraction worker threads; 0 extracts on the main thread. */
  workers: number;
  /** Longest one article's extraction may take (ms, with workers); 0 for no limit. */
  budgetMs?: number;
  onProgress?: (summary: BulkSummary, label: string) => void;
}

const MAX_LISTED_FAILURES = 1000;

/** Count one outcome (or failure) into the summary. */
function tally(summary: BulkSummary, label: string, result: IngestOutcome | Error): void {
  if (result instanceof Error) {
    summary.failed += 1;
    if (summary.failures.length < MAX_LISTED_FAILURES) summary.failures.push({ label, reason: result.message });
  } else if (result.duplicate) summary.duplicates += 1;
  else {
    summary.added += 1;
    summary.quotes += result.counts.quotes;
    summary.people += result.counts.people;
  }
}

/** Most articles one write transaction of a bulk ingest takes (each in its own savepoint). */
const ARTICLES_PER_TRANSACTION = 16;

/**
 * Writes extracted articles as they come: those that arrive while a transaction is being written
 * wait and go together into the next one (group commit: one BEGIN and one COMMIT for up to
 * ARTICLES_PER_TRANSACTION articles, each still in its own savepoint, so one that fails is rolled
 * back alone).
 */
class GroupWriter {
  private readonly queue: { input: RawArticleInput; doc: ExtractedArticle; done: (r: IngestOutcome | Error) => void }[] = [];
  private running = false;

  constructor(private readonly db: Database) {}

  store(input: RawArticleInput, doc: ExtractedArticle): Promise<IngestOutcome | Error> {
    return new Promise((done) => {
      this.queue.push({ input, doc, done });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, ARTICLES_PER_TRANSACTION);
        const results = await storeArticles(this.db, batch).catch((err: unknown) => batch.map(() => asError(err)));
        batch.forEach((b, i) => b.done(results[i]));
      }
    } finally {
      this.running = false;
    }
  }
}

/**
 * Ingest every article under `paths`. Extraction (CPU) runs in a pool of worker threads while the
 * main thread writes (GroupWriter), with a bounded number of articles in flight, so memory stays
 * flat: sources are read lazily and only counters (and the first failures) are kept.
 */
export async function bulkIngest(db: Database, paths: string[], limits: IngestLimits, options: BulkOptions = { workers: 0 }): Promise<BulkSummary> {
  const summary: BulkSummary = { total: 0, added: 0, duplicates: 0, failed: 0, quotes: 0, people: 0, failures: [] };
  const pool = new ExtractionPool({ workers: options.workers, budgetMs: options.budgetMs ?? 0 });
  const writer = new GroupWriter(db);
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(2, options.workers * 4, ARTICLES_PER_TRANSACTION * 2);
  try {
    for await (const item of articleSources(paths)) {
      const job = (async () => {
        let result: IngestOutcome | Error;
        try {
          if (!item.ok) throw new Error(item.reason);
          validateInput(item.input, limits);
          result = await writer.store(item.input, await pool.extract(item.input));
          // PostgreSQL: NOTIFY, so the subscribers of every running instance hear bulk ingests too
          // (best effort: the article is stored either way).
          if (!(result instanceof Error) && db.dialect === 'postgres' && !result.duplicate) await announceArticle(db, result.articleId).catch(() => undefined);
        } catch (err) {
          result = asError(err);
        }
        summary.total += 1;
        tally(summary, item.label, result);
        options.onProgress?.(summary, item.label);
      })();
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return summary;
}
