/**
 * The extraction pipeline, composed like graphql-js's graphqlImpl:
 * normalize -> segment -> quotes (direct, then reported speech) -> entities -> resolve.
 * Every stage is a pure function; nothing here does I/O.
 */
import type { ExtractedArticle, RawArticleInput } from './types';
import { normalize } from './normalize/normalize';
import { segment } from './segment/segment';
import { extractDirectQuotes } from './quotes/direct';
import { extractIndirectQuotes } from './quotes/indirect';
import { extractEntities } from './entities/entities';
import { resolve } from './resolve/resolve';
import { parseDateline } from './normalize/dateline';

/**
 * Extract headline, metadata, quotes and entities from one raw article.
 * @throws Error naming the value when the input is no article at all (empty text).
 */
export function extractArticle(input: RawArticleInput): ExtractedArticle {
  // 1. normalize: the story apart from the page
  const article = normalize(input);
  // 2. segment: paragraphs and sentences
  const seg = segment(article.body);
  // 3. quotes: direct quotations, then reported speech outside them
  const direct = extractDirectQuotes(article.body, seg);
  const datelineEnd = parseDateline(article.body)?.length ?? 0;
  const indirect = extractIndirectQuotes(article.body, seg, direct, datelineEnd);
  const quotes = [...direct, ...indirect];
  // 4. entities: mentions, with speaker phrases as person evidence
  const year = article.publishedAt ? Number(article.publishedAt.slice(0, 4)) : null;
  const drafts = extractEntities(article.body, seg, quotes, { dateline: article.dateline, source: article.source, year, headline: article.headline });
  // 5. resolve: merge mentions, wire speakers and events
  return resolve(article, seg, quotes, drafts);
}
