import type { Database } from '../../src/data-source';
import type { ExtractedArticle } from '../../src/extraction/types';
import { contentHashOf, persistArticle } from '../../src/ingest/persist';
import { normalizeUrl } from '../../src/ingest/input-checks';

/** Write a hand-built extraction result through the real persist path (one transaction). */
export function persistFixture(db: Database, doc: ExtractedArticle, url: string | null = null) {
  return db.write((manager) => persistArticle(manager, doc, {
    url,
    urlKey: url ? normalizeUrl(url) : null,
    contentHash: contentHashOf(doc),
    publishedAt: doc.publishedAt,
    publishedTs: doc.publishedAt ? Date.parse(doc.publishedAt) : null,
    source: doc.source,
    ingestedAt: '2026-03-02T00:00:00.000Z',
  }));
}
