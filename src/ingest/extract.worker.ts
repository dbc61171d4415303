/**
 * A worker thread of the bulk ingest's extraction pool (piscina): runs the pure pipeline on one
 * article. Errors cross the thread boundary as plain Errors with the same message.
 */
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import { extract } from './ingest.service';

export default function extractInWorker(input: RawArticleInput): ExtractedArticle {
  return extract(input);
}
