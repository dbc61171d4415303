import { GraphQLError } from 'graphql';
import type { Database } from '../data-source';
import { extractArticle } from '../extraction/pipeline';
import type { ExtractedArticle, RawArticleInput } from '../extraction/types';
import { normalizeUrl, sourceProblem, urlProblem } from './input-checks';
import type { EntityManager } from 'typeorm';
import type { ArticleRow } from './article-writer';
import { contentHashOf, IngestCounts, persistArticle } from './persist';

/** The result of ingesting one article. */
export interface IngestOutcome {
  articleId: number;
  duplicate: boolean;
  duplicateOf?: 'url' | 'content';
  counts: IngestCounts;
  warnings: string[];
}

export interface IngestLimits {
  maxArticleBytes: number;
}

/** A bad article: the message names what was wrong; nothing was written. */
export class IngestInputError extends GraphQLError {
  constructor(message: string, field: string, value?: unknown) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field, ...(value === undefined ? {} : { value }) } });
  }
}

/** Check the raw input before any work: size, emptiness, binary content, url and source form (input-checks.ts). */
export function validateInput(input: RawArticleInput, limits: IngestLimits): void {
  const bytes = Buffer.byteLength(input.text ?? '', 'utf8');
  if (bytes > limits.maxArticleBytes) throw new IngestInputError(`text is ${bytes} bytes; the limit is ${limits.maxArticleBytes} bytes (MAX_ARTICLE_BYTES)`, 'text');
  if (!input.text || !input.text.trim()) throw new IngestInputError('text is empty: give the article as plain text or HTML', 'text');
  // eslint-disable-next-line no-control-regex
  const control = (input.text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (control > Math.max(8, input.text.length * 0.01)) {
    throw new IngestInputError(`text looks binary: ${control} control or replacement characters in ${input.text.length}`, 'text');
  }
  const urlError = input.url === undefined || input.url === null ? null : urlProblem(input.url);
  if (urlError) throw new IngestInputError(`${urlError}, got ${JSON.stringify(input.url!.slice(0, 100))}`, 'url', input.url!.slice(0, 100));
  const sourceError = input.source === undefined || input.source === null ? null : sourceProblem(input.source);
  if (sourceError) throw new IngestInputError(`${sourceError}, got ${JSON.stringify(input.source!.slice(0, 100))}`, 'source', input.source!.slice(0, 100));
}

/** Run the pure pipeline, turning its failures into input errors that name the problem. */
export function extract(input: RawArticleInput): ExtractedArticle {
  let doc: ExtractedArticle;
  try {
    doc = extractArticle(input);
  } catch (err) {
    // The pipeline's own errors name the problem; anything else (a stack overflow, a bug) is not for clients.
    const own = err instanceof Error && err.constructor === Error;
    throw new IngestInputError(`the article could not be read: ${own ? (err as Error).message : 'its structure could not be processed'}`, 'text');
  }
  if (!/\p{L}/u.test(doc.body)) throw new IngestInputError('no story text could be found in the article (no words, only marks or symbols)', 'text');
  return doc;
}

/** The article row persist writes for `input`, extracted as `doc`. */
function articleRow(input: RawArticleInput, doc: ExtractedArticle): ArticleRow {
  const publishedAt = doc.publishedAt;
  const publishedTs = publishedAt ? Date.parse(publishedAt) : null;
  return {
    url: input.url ? input.url.trim() : null,
    urlKey: input.url ? normalizeUrl(input.url) : null,
    contentHash: contentHashOf(doc),
    publishedAt,
    publishedTs: publishedTs !== null && Number.isFinite(publishedTs) ? publishedTs : null,
    source: doc.source,
    ingestedAt: new Date().toISOString(),
  };
}

/**
 * Persist an article already extracted from `input`, in one transaction. Idempotent: the same
 * url or the same story again returns the stored article as a duplicate.
 */
export async function storeArticle(db: Database, input: RawArticleInput, doc: ExtractedArticle): Promise<IngestOutcome> {
  const outcome = await db.write((manager) => persistArticle(manager, doc, articleRow(input, doc)));
  return { ...outcome, warnings: doc.warnings };
}

/**
 * Persist several extracted articles in one transaction, each in its own savepoint
 * (Database.writeEach): one that fails comes back as its error and the others are stored.
 */
export async function storeArticles(db: Database, articles: { input: RawArticleInput; doc: ExtractedArticle }[]): Promise<(IngestOutcome | Error)[]> {
  const outcomes = await db.writeEach(articles.map(({ input, doc }) => (manager: EntityManager) => persistArticle(manager, doc, articleRow(input, doc))));
  return outcomes.map((o, i) => (o instanceof Error ? o : { ...o, warnings: articles[i].doc.warnings }));
}

/** Something that extracts an article: the worker pool (extract-pool.ts) or, without one, this thread. */
export interface Extractor { extract(input: RawArticleInput): Promise<ExtractedArticle> }

/**
 * Validate, extract (outside the write lock, on `extractor`'s worker threads when given: it is
 * pure CPU work and must not hold the request thread), then store.
 */
export async function ingestArticle(db: Database, input: RawArticleInput, limits: IngestLimits, extractor?: Extractor): Promise<IngestOutcome> {
  validateInput(input, limits);
  return storeArticle(db, input, extractor ? await extractor.extract(input) : extract(input));
}
