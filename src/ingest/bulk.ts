import type { Database } from '../data-source';
import { ingestArticle, IngestLimits } from './ingest.service';
import { articleSources } from './sources';

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

const MAX_LISTED_FAILURES = 1000;

/**
 * Ingest every article under `paths`, one transaction each, calling `onProgress` after each.
 * Memory stays flat: sources are read lazily and only counters (and the first failures) are kept.
 */
export async function bulkIngest(
  db: Database, paths: string[], limits: IngestLimits, onProgress: (s: BulkSummary, label: string) => void = () => {},
): Promise<BulkSummary> {
  const summary: BulkSummary = { total: 0, added: 0, duplicates: 0, failed: 0, quotes: 0, people: 0, failures: [] };
  const fail = (label: string, reason: string) => {
    summary.failed += 1;
    if (summary.failures.length < MAX_LISTED_FAILURES) summary.failures.push({ label, reason });
  };
  for await (const item of articleSources(paths)) {
    summary.total += 1;
    if (!item.ok) fail(item.label, item.reason);
    else {
      try {
        const outcome = await ingestArticle(db, item.input, limits);
        if (outcome.duplicate) summary.duplicates += 1;
        else {
          summary.added += 1;
          summary.quotes += outcome.counts.quotes;
          summary.people += outcome.counts.people;
        }
      } catch (err) {
        fail(item.label, (err as Error).message);
      }
    }
    onProgress(summary, item.label);
  }
  return summary;
}
