/**
 * A worker thread of the extraction pool (piscina): runs the pure pipeline on one article.
 * Input errors come back as a value (their class does not survive the thread boundary), so the
 * caller can raise them again with their field and message.
 */
import { setPriority } from 'node:os';
import { isMainThread, type MessagePort } from 'node:worker_threads';
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import { extract, IngestInputError } from './ingest.service';

/**
 * Extraction is background work: this thread runs at a lower priority (Linux keeps a nice value
 * per thread, and os.setPriority(n) sets the calling thread's), so the threads that answer
 * requests and write to the database are scheduled first when the cores are all busy.
 */
export const WORKER_NICE = 10;
if (!isMainThread) {
  try { setPriority(WORKER_NICE); } catch { /* not permitted here: extraction runs at normal priority */ }
}

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
