/**
 * A worker thread of the extraction pool (piscina): runs the pure pipeline on one article.
 * Input errors come back as a value (their class does not survive the thread boundary), so the
 * caller can raise them again with their field and message.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import { extract, IngestInputError } from './ingest.service';

export type WorkerResult = { ok: true; doc: ExtractedArticle } | { ok: false; message: string; field: string };

export interface WorkerTask { input: RawArticleInput; started: MessagePort | null }

export default function extractInWorker({ input, started }: WorkerTask): WorkerResult {
  started?.postMessage(null); // the budget starts now (delivered while this thread extracts)
  started?.close();
  try {
    return { ok: true, doc: extract(input) };
  } catch (err) {
    if (err instanceof IngestInputError) return { ok: false, message: err.message, field: String(err.extensions.field ?? 'text') };
    throw err;
  }
}
