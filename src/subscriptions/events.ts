/**
 * Live updates: what an ingest announces once it has committed, and to whom. One event bus per
 * process (graphql-yoga's typed pub/sub, which type-graphql's @Subscription reads): events are
 * heard by the subscribers connected to the instance that wrote. Several instances on one
 * database each announce their own writes (see README, "Live updates").
 */
import { createPubSub } from '@graphql-yoga/subscription';
import type { Database } from '../data-source';

/** Topic names and payloads: the id of what was added. */
export const TOPICS = { QUOTE_ADDED: 'QUOTE_ADDED', ARTICLE_ADDED: 'ARTICLE_ADDED' } as const;
export interface AddedPayload { id: number }

/** The process's event bus; lifetime: the process (shared by every connection). */
export const pubSub = createPubSub<{ QUOTE_ADDED: [AddedPayload]; ARTICLE_ADDED: [AddedPayload] }>();

/** Announce a newly stored article and each of its quotes, in reading order. Call after commit. */
export async function announceArticle(db: Database, articleId: number): Promise<void> {
  const quotes: { id: number }[] = await db.reader.query('SELECT id FROM quote WHERE articleId = ? ORDER BY startOffset, id', [articleId]);
  pubSub.publish(TOPICS.ARTICLE_ADDED, { id: articleId });
  for (const q of quotes) pubSub.publish(TOPICS.QUOTE_ADDED, { id: q.id });
}
