import type { Database } from '../../src/data-source';
import { insertSearchRows } from '../../src/ingest/search-writer';
import { insertNew } from '../../src/ingest/sql';
import { SearchKind, searchRowId } from '../../src/queries/fts';

/** A sentence of our own, repeated to a 500 KB transcript ("the" four times a sentence). */
const SENTENCE = 'The clerk said the ferry was late and the harbour board wanted the fares cut. ';
export const LARGE_BODY = SENTENCE.repeat(Math.ceil(500_000 / SENTENCE.length));
/** Abbreviations and initials only: 950 KB, every token a possible match. */
export const PATHOLOGICAL_BODY = 'Dr. Mr. U.S. A. B. '.repeat(50_000);

/** A SQL statement that counts to a billion: runs for many seconds unless interrupted. */
export const SLOW_SQL = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) AS n FROM c';

/**
 * Store articles as ingest leaves them (article row and search entry), without running the
 * extraction (whose own bounds are tested elsewhere): only what the read side sees.
 */
export async function storeArticles(db: Database, articles: { headline: string; body: string; quotes?: number }[]): Promise<void> {
  await db.write(async (m) => {
    for (const [i, a] of articles.entries()) {
      const id = await insertNew(m, 'article', {
        contentHash: `stored-${i}-${a.headline}`, headline: a.headline, body: a.body, language: 'en', ingestedAt: '2026-11-01T00:00:00Z',
      });
      await insertSearchRows(m, [[searchRowId(SearchKind.ARTICLE, id), a.headline, a.body]]);
      for (let q = 0; q < (a.quotes ?? 0); q++) {
        await m.query(
          `INSERT INTO quote (kind, text, articleId, startOffset, endOffset, sentenceStart, sentenceEnd, attribution, confidence)
           VALUES ('DIRECT', ?, ?, ?, ?, ?, ?, 'UNKNOWN', 0.5)`,
          [`Quote number ${q}`, id, q * 10, q * 10 + 5, q * 10, q * 10 + 9],
        );
      }
    }
  });
}
