/**
 * A worker thread of the extraction pool (piscina): runs the pure pipeline on one article.
 * Input errors come back as a value (their class does not survive the thread boundary), so the
 * caller can raise them again with their field and message.
 */
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import { extract, IngestInputError } from './ingest.service';

export type WorkerResult = { ok: true; doc: ExtractedArticle } | { ok: false; message: string; field: string };

export default function extractInWorker(input: RawArticleInput): WorkerResult {
  try {
    return { ok: true, doc: extract(input) };
  } catch (err) {
    if (err instanceof IngestInputError) return { ok: false, message: err.message, field: String(err.extensions.field ?? 'text') };
    throw err;
  }
}
