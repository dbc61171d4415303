/**
 * Re-extraction: the current pipeline over every stored article, written by the step ingest uses
 * (persist.writeExtraction), so a database built by an older extraction improves. Each article is
 * one transaction; what humans corrected survives (see writeExtraction and the corrections). The
 * meta row PROGRESS_KEY holds the id of the last article done, written in that article's
 * transaction: an interrupted run continues after it, and a run that reaches the end removes it.
 */
import { EntityManager } from 'typeorm';
import type { Database } from '../data-source';
import { extractStored, StoredArticle } from '../extraction/pipeline';
import { saneDoc, writeExtraction } from './persist';
import type { ExtractedArticle } from '../extraction/types';

export const PROGRESS_KEY = 'reextract.lastArticleId';

/** A stored article as re-extraction reads it. */
export interface ArticleToReextract extends StoredArticle {
  id: number;
  publishedTs: number | null;
}

export interface ReextractOptions {
  /** At most this many articles in this run (the rest wait for the next run). */
  limit?: number;
  /** Start from the first article even when a run was interrupted. */
  restart?: boolean;
  onProgress?: (summary: ReextractSummary) => void;
}

export interface ReextractSummary {
  /** Articles this run will look at, and those it has. */
  total: number;
  done: number;
  failed: number;
  failures: { articleId: number; reason: string }[];
  /** The article an interrupted run had reached, when this run continued it. */
  resumedAfter: number | null;
  /** Whether every stored article is now done (false when --limit stopped the run). */
  finished: boolean;
}

async function lastDone(db: Database): Promise<number | null> {
  const [row] = await db.writer.query('SELECT "value" FROM meta WHERE "key" = ?', [PROGRESS_KEY]);
  return row ? Number(row.value) : null;
}

function saveProgress(manager: EntityManager, articleId: number): Promise<unknown> {
  return manager.query('INSERT INTO meta ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"', [PROGRESS_KEY, String(articleId)]);
}

/** Write one article's new extraction in place of the old one, and record it done (inside the caller's transaction). */
export async function rewriteArticle(manager: EntityManager, article: ArticleToReextract, extracted: ExtractedArticle): Promise<void> {
  const doc = await saneDoc(manager, extracted);
  await writeExtraction(manager, doc, article.id, { publishedAt: article.publishedAt, publishedTs: article.publishedTs === null ? null : Number(article.publishedTs) });
  await saveProgress(manager, article.id);
}

const COLUMNS = 'id, headline, body, "publishedAt", "publishedTs", source, section, dateline, language';

/** Run the current pipeline again over every stored article after the last one done, oldest first. */
export async function reextractAll(db: Database, options: ReextractOptions = {}): Promise<ReextractSummary> {
  if (options.restart) await db.write((m) => m.query('DELETE FROM meta WHERE "key" = ?', [PROGRESS_KEY]));
  const resumedAfter = await lastDone(db);
  let after = resumedAfter ?? 0;
  const [{ n }] = await db.writer.query('SELECT COUNT(*) AS n FROM article WHERE id > ?', [after]);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const summary: ReextractSummary = { total: Math.min(Number(n), limit), done: 0, failed: 0, failures: [], resumedAfter, finished: false };
  for (;;) {
    const batch: ArticleToReextract[] = await db.writer.query(`SELECT ${COLUMNS} FROM article WHERE id > ? ORDER BY id LIMIT 50`, [after]);
    if (batch.length === 0) break;
    for (const article of batch) {
      if (summary.done + summary.failed >= limit) return summary;
      try {
        const doc = extractStored(article);
        await db.write((m) => rewriteArticle(m, article, doc));
        summary.done += 1;
      } catch (err) {
        summary.failed += 1;
        if (summary.failures.length < 1000) summary.failures.push({ articleId: article.id, reason: err instanceof Error ? err.message : String(err) });
        await db.write((m) => saveProgress(m, article.id));
      }
      after = article.id;
      options.onProgress?.(summary);
    }
  }
  await db.write((m) => m.query('DELETE FROM meta WHERE "key" = ?', [PROGRESS_KEY]));
  summary.finished = true;
  return summary;
}
