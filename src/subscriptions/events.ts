/**
 * Live updates: what an ingest announces once it has committed, and to whom. One event bus per
 * process (graphql-yoga's typed pub/sub, which type-graphql's @Subscription reads): events are
 * heard by the subscribers connected to the instance that wrote. On PostgreSQL an ingest is
 * announced with NOTIFY and every instance on the database publishes it (see README, "Live updates").
 */
import { createPubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { Database } from '../data-source';

/** Topic names and payloads: the id of what was added. */
export const TOPICS = { QUOTE_ADDED: 'QUOTE_ADDED', ARTICLE_ADDED: 'ARTICLE_ADDED' } as const;
export interface AddedPayload { id: number }

/** The process's event bus; lifetime: the process (shared by every connection). */
export const pubSub = createPubSub<{ QUOTE_ADDED: [AddedPayload]; ARTICLE_ADDED: [AddedPayload] }>();

/** The PostgreSQL channel every instance listens on; a payload is an article id. */
export const CHANNEL = 'newsgraph_added';

/** Publish an article and each of its quotes, in reading order, to this process's subscribers. */
async function publishArticle(db: Database, articleId: number, lookup = db.reader): Promise<void> {
  const quotes: { id: number }[] = await lookup.query('SELECT id FROM quote WHERE articleId = ? ORDER BY startOffset, id', [articleId]);
  pubSub.publish(TOPICS.ARTICLE_ADDED, { id: articleId });
  for (const q of quotes) pubSub.publish(TOPICS.QUOTE_ADDED, { id: q.id });
}

/**
 * Announce a newly stored article. Call after commit. On SQLite to this process's subscribers; on
 * PostgreSQL with NOTIFY, so every instance listening (this one too, see listenForArticles) tells
 * its own subscribers.
 */
export async function announceArticle(db: Database, articleId: number): Promise<void> {
  if (db.dialect === 'postgres') await db.writer.query(`SELECT pg_notify('${CHANNEL}', ?)`, [String(articleId)]);
  else await publishArticle(db, articleId);
}

interface Listener { client: pg.Client; ready: Promise<unknown>; users: Set<Database> }

/** One LISTEN connection per database URL in this process, shared by its servers. */
const listeners = new Map<string, Listener>();

/** Open the LISTEN connection for `url`; notifications are published through a server still using it. */
function openListener(url: string, onError: (err: unknown) => void): Listener {
  const client = new pg.Client({ connectionString: url });
  const users = new Set<Database>();
  client.on('error', onError);
  client.on('notification', (n) => {
    const id = Number(n.payload);
    const [db] = users;
    if (db && n.channel === CHANNEL && Number.isInteger(id)) publishArticle(db, id, db.writer).catch(onError);
  });
  const ready = client.connect().then(() => client.query(`LISTEN ${CHANNEL}`));
  return { client, ready, users };
}

/**
 * PostgreSQL: LISTEN on the primary (a connection of its own; replicas get no notifications) and
 * publish every announced article to this process's bus, its quotes read from the primary (a
 * replica may lag). One listener per process and database, however many servers share the bus, so
 * each article is published once. SQLite: nothing to listen to. Lifetime: the server's.
 */
export async function listenForArticles(db: Database, onError: (err: unknown) => void): Promise<{ close(): Promise<void> }> {
  const url = db.postgresUrl;
  if (!url) return { close: async () => undefined };
  let listener = listeners.get(url);
  if (!listener) listeners.set(url, (listener = openListener(url, onError)));
  const mine = listener;
  mine.users.add(db);
  try {
    await mine.ready;
  } catch (err) {
    if (listeners.get(url) === mine) listeners.delete(url);
    throw err;
  }
  return {
    close: async () => {
      if (!mine.users.delete(db) || mine.users.size > 0) return;
      if (listeners.get(url) === mine) listeners.delete(url);
      await mine.client.end();
    },
  };
}
