import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { ExtractedArticle } from '../extraction/types';
import { ArticleRow, writeMentions, writeParticipants, writeRoles } from './article-writer';
import { resolveEntities, ResolvedEntities } from './entity-writer';
import { writeQuotes } from './quote-writer';
import { articleSearchEntries, entitySearchEntries, writeSearchEntries } from './search-writer';
import { insertOne } from './sql';
import { assignArticleStatements } from './statements';
import { oneWordPersonKeys, saneTypes } from './type-sanity';

/** What one article added to the graph. */
export interface IngestCounts {
  quotes: number;
  directQuotes: number;
  indirectQuotes: number;
  people: number;
  organizations: number;
  places: number;
  events: number;
  /** Entities this article created (the rest matched existing ones). */
  newEntities: number;
}

export interface PersistOutcome {
  articleId: number;
  duplicate: boolean;
  /** Why it is a duplicate: 'url' or 'content'. */
  duplicateOf?: 'url' | 'content';
  counts: IngestCounts;
}

/** SHA-256 of the headline and body with white space folded: equal for the same story. */
export function contentHashOf(doc: Pick<ExtractedArticle, 'headline' | 'body'>): string {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${fold(doc.headline)}\n${fold(doc.body)}`).digest('hex');
}

export function countsOf(doc: ExtractedArticle, newEntities = 0): IngestCounts {
  return {
    quotes: doc.quotes.length,
    directQuotes: doc.quotes.filter((q) => q.kind === 'DIRECT').length,
    indirectQuotes: doc.quotes.filter((q) => q.kind === 'INDIRECT').length,
    people: doc.people.length,
    organizations: doc.organizations.length,
    places: doc.places.length,
    events: doc.events.length,
    newEntities,
  };
}

async function findDuplicate(manager: EntityManager, row: ArticleRow): Promise<{ id: number; why: 'url' | 'content' } | null> {
  const [hit] = await manager.query(
    `SELECT id, CASE WHEN urlKey IS NOT NULL AND urlKey = ? THEN 'url' ELSE 'content' END AS why FROM article WHERE urlKey = ? OR contentHash = ? LIMIT 1`,
    [row.urlKey, row.urlKey, row.contentHash],
  );
  return hit ?? null;
}

/** Which of `keys` the database already knows as a place, an organization or an event (one statement). */
async function knownNonPeople(manager: EntityManager, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows: { key: string }[] = await manager.query(
    `SELECT DISTINCT key FROM alias WHERE entityType IN ('PLACE', 'ORGANIZATION', 'EVENT') AND key IN (${keys.map(() => '?').join(', ')})`, keys,
  );
  return new Set(rows.map((r) => r.key));
}

/** An extraction with sane types (ingest/type-sanity: no event, place or organization as a person). */
export async function saneDoc(manager: EntityManager, extracted: ExtractedArticle): Promise<ExtractedArticle> {
  return saneTypes(extracted, await knownNonPeople(manager, oneWordPersonKeys(extracted)));
}

/**
 * Write one extracted article and everything in it, inside the caller's transaction. A story
 * already stored (same url or same content hash) changes nothing and comes back as a duplicate.
 */
export async function persistArticle(manager: EntityManager, extracted: ExtractedArticle, row: ArticleRow): Promise<PersistOutcome> {
  const dup = await findDuplicate(manager, row);
  if (dup) return { articleId: dup.id, duplicate: true, duplicateOf: dup.why, counts: countsOf(extracted) };
  const doc = await saneDoc(manager, extracted);
  const articleId = await insertOne(manager, 'article', {
    url: row.url, urlKey: row.urlKey, contentHash: row.contentHash, headline: doc.headline, body: doc.body, publishedAt: row.publishedAt,
    publishedTs: row.publishedTs, source: row.source, section: doc.section, dateline: doc.dateline, language: doc.language, ingestedAt: row.ingestedAt,
  }, true);
  if (articleId === null) {
    // Another process stored the same url or story since findDuplicate (PostgreSQL's unique keys decided).
    const stored = (await findDuplicate(manager, row))!;
    return { articleId: stored.id, duplicate: true, duplicateOf: stored.why, counts: countsOf(extracted) };
  }
  const ent = await writeExtraction(manager, doc, articleId, row, true);
  return { articleId, duplicate: false, counts: countsOf(doc, ent.created.length) };
}

/**
 * Everything extracted from a stored article, under its id: the step ingest and re-extraction
 * share. Entities are matched or created, then roles, quotes (updated in place where stored
 * before; a human-corrected speaker kept), statements, mentions, participants and search entries.
 * `fresh`: the article row was inserted in this transaction, so nothing is stored under its id
 * yet and the look-ups of what it had before are skipped (ingest is bound by statement round trips).
 */
export async function writeExtraction(manager: EntityManager, doc: ExtractedArticle, articleId: number, row: Pick<ArticleRow, 'publishedAt' | 'publishedTs'>, fresh = false): Promise<ResolvedEntities> {
  const ent = await resolveEntities(manager, doc, articleId);
  const dateline = doc.dateline ? doc.places.find((p) => [p.name, ...p.aliases.map((a) => a.name)].some((n) => n.toLowerCase() === doc.dateline!.toLowerCase())) : undefined;
  if (dateline) await manager.query('UPDATE article SET datelinePlaceId = ? WHERE id = ?', [ent.ids.PLACE.get(dateline.key), articleId]);
  const roles = await writeRoles(manager, doc, ent, articleId, row.publishedAt ? row.publishedAt.slice(0, 10) : null, fresh);
  const removed = await writeQuotes(manager, doc, ent, articleId, roles, row.publishedTs, fresh);
  const quotes = await assignArticleStatements(manager, articleId);
  await writeMentions(manager, doc, ent, articleId, row.publishedTs, fresh);
  await writeParticipants(manager, doc, ent);
  await writeSearchEntries(manager, [articleSearchEntries(doc, articleId, ent, quotes, removed, fresh), await entitySearchEntries(manager, ent)]);
  return ent;
}
