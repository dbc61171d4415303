/**
 * The extraction pipeline, composed like graphql-js's graphqlImpl:
 * normalize -> segment -> quotes (direct, then reported speech) -> entities -> resolve.
 * Every stage is a pure function; nothing here does I/O.
 */
import type { ExtractedArticle, NormalizedArticle, RawArticleInput } from './types';
import { normalize } from './normalize/normalize';
import { segment } from './segment/segment';
import { extractDirectQuotes } from './quotes/direct';
import { extractIndirectQuotes } from './quotes/indirect';
import { extractEntities } from './entities/entities';
import { resolve } from './resolve/resolve';
import { dropUnkeyable } from './resolve/keyable';
import { leadAsHeadline } from './normalize/header';
import { parseDateline } from './normalize/dateline';

/**
 * Extract headline, metadata, quotes and entities from one raw article.
 * @throws Error naming the value when the input is no article at all (empty text).
 */
export function extractArticle(input: RawArticleInput): ExtractedArticle {
  // 1. normalize: the story apart from the page
  return extractNormalized(normalize(input));
}

/** The article as stored after an earlier extraction: its clean story and metadata. */
export type StoredArticle = Pick<NormalizedArticle, 'headline' | 'body' | 'publishedAt' | 'source' | 'section' | 'dateline' | 'language'>;

/**
 * Extract again from an article already normalized and stored (re-extraction): the stages after
 * normalize over the stored story, so quote offsets still point into the stored body.
 */
export function extractStored(stored: StoredArticle): ExtractedArticle {
  return extractNormalized({ ...stored, datelineLength: parseDateline(stored.body)?.length ?? 0, warnings: [] });
}

/** Stages 2 to 5 over a normalized article. */
function extractNormalized(article: NormalizedArticle): ExtractedArticle {
  // 2. segment: paragraphs and sentences
  const seg = segment(article.body);
  // 2b. headline: the page's own, else the lead sentence (decided here, once)
  const headline = article.headline.trim() ? article.headline : leadAsHeadline(article.body, seg);
  const warnings = headline === article.headline ? article.warnings : [...article.warnings, 'no headline found: the lead sentence stands in'];
  // 3. quotes: direct quotations, then reported speech outside them
  const direct = extractDirectQuotes(article.body, seg);
  const indirect = extractIndirectQuotes(article.body, seg, direct, article.datelineLength);
  const quotes = [...direct, ...indirect];
  // 4. entities: mentions, with speaker phrases as person evidence
  const year = article.publishedAt ? Number(article.publishedAt.slice(0, 4)) : null;
  const drafts = extractEntities(article.body, seg, quotes, { dateline: article.dateline, source: article.source, year, headline: article.headline });
  // 5. resolve: merge mentions, wire speakers and events; names that key to nothing are dropped
  return dropUnkeyable(resolve({ ...article, headline, warnings }, seg, quotes, drafts));
}
