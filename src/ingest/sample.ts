import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Database } from '../data-source';
import { sampleArticlesDir } from '../paths';
import { ingestArticle, IngestLimits } from './ingest.service';

interface ManifestEntry {
  file: string;
  url?: string;
  source?: string;
  publishedAt?: string;
}

/**
 * Load the bundled sample articles (fictional, see src/sample/articles/README.md) when the
 * database holds no article yet, so a new user has a graph to query at once. Returns how many
 * were added.
 */
export async function loadSampleArticlesIfEmpty(db: Database, limits: IngestLimits, log: Logger, dir = sampleArticlesDir()): Promise<number> {
  const [{ n }] = await db.reader.query('SELECT COUNT(*) AS n FROM article');
  if (n > 0) return 0;
  const manifest: ManifestEntry[] = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  let added = 0;
  for (const entry of manifest) {
    const text = await readFile(join(dir, entry.file), 'utf8');
    const outcome = await ingestArticle(db, { text, url: entry.url, source: entry.source, publishedAt: entry.publishedAt }, limits);
    if (!outcome.duplicate) added += 1;
  }
  log.info({ added, dir }, 'loaded sample articles into the empty database');
  return added;
}
