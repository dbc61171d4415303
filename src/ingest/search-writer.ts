import { EntityManager } from 'typeorm';
import { EntityType } from '../entities/enums';
import type { ExtractedArticle } from '../extraction/types';
import { isPostgres } from '../db/dialect';
import { SearchKind, searchRowId, searchTerms } from '../queries/fts';
import type { ResolvedEntities } from './entity-writer';
import { insertRows } from './sql';

const KIND_OF: Record<EntityType, SearchKind> = {
  PERSON: SearchKind.PERSON, ORGANIZATION: SearchKind.ORGANIZATION, PLACE: SearchKind.PLACE, EVENT: SearchKind.EVENT,
};

/**
 * Write search entries (rowid, title, body). FTS5 tokenizes them itself; on PostgreSQL each also
 * gets its tsvector, title weighted A and body B, of the terms FTS5 would see (fts.ts searchTerms).
 */
export async function insertSearchRows(manager: EntityManager, rows: [number, string, string][]): Promise<void> {
  if (!isPostgres(manager)) return insertRows(manager, 'search_index', ['rowid', 'title', 'body'], rows);
  const tuple = `(?, ?, ?, setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))`;
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await manager.query(
      `INSERT INTO search_index (rowid, title, body, tsv) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flatMap(([rowid, title, body]) => [rowid, title, body, searchTerms(title), searchTerms(body)]),
    );
  }
}

/** Search entries to write (rowid, title, body) and the rowids whose old entries go first. */
export interface SearchEntries {
  rows: [number, string, string][];
  stale: number[];
}

/** A stored quote as the search index needs it. */
export interface IndexedQuote { id: number; text: string; speakerId: number | null }

/**
 * The entries of the article and its quotes (title: headline / speaker name; body: text),
 * replacing those they had (re-extraction; a `fresh` article has none) and those of `removedQuotes`.
 */
export function articleSearchEntries(doc: ExtractedArticle, articleId: number, ent: ResolvedEntities, quotes: IndexedQuote[], removedQuotes: number[], fresh: boolean): SearchEntries {
  const speakerName = new Map<number, string>();
  for (const p of doc.people) speakerName.set(ent.ids.PERSON.get(p.key)!, p.name);
  const rows: [number, string, string][] = [
    [searchRowId(SearchKind.ARTICLE, articleId), doc.headline, doc.body],
    ...quotes.map((q): [number, string, string] => [searchRowId(SearchKind.QUOTE, q.id), q.speakerId ? speakerName.get(q.speakerId) ?? '' : '', q.text]),
  ];
  return { rows, stale: [...(fresh ? [] : rows.map((r) => r[0])), ...removedQuotes.map((id) => searchRowId(SearchKind.QUOTE, id))] };
}

/** The entries of entities that are new or got new aliases: name + all aliases (+ role titles), replacing their old ones. */
export async function entitySearchEntries(manager: EntityManager, ent: ResolvedEntities): Promise<SearchEntries> {
  const out: SearchEntries = { rows: [], stale: [] };
  const changed = [...ent.created, ...ent.touched];
  for (const type of Object.values(EntityType)) {
    const ids = [...new Set(changed.filter((c) => c.type === type).map((c) => c.id))];
    if (ids.length === 0) continue;
    const table = type === EntityType.PERSON ? 'person' : type.toLowerCase();
    const roles = type === EntityType.PERSON ? `|| ' ' || COALESCE((SELECT group_concat(DISTINCT title) FROM person_role r WHERE r.personId = t.id), '')` : '';
    const rows: { id: number; name: string; body: string }[] = await manager.query(
      `SELECT t.id, t.name, COALESCE((SELECT group_concat(a.name, ' · ') FROM alias a WHERE a.entityType = ? AND a.entityId = t.id AND a.name != t.name), '') ${roles} AS body
       FROM "${table}" t WHERE t.id IN (${ids.join(', ')})`,
      [type],
    );
    for (const r of rows) {
      const rowid = searchRowId(KIND_OF[type], r.id);
      out.stale.push(rowid);
      out.rows.push([rowid, r.name, r.body.trim()]);
    }
  }
  return out;
}

/** Write search entries: one DELETE of the stale ones, then one multi-row insert (per chunk). */
export async function writeSearchEntries(manager: EntityManager, entries: SearchEntries[]): Promise<void> {
  const stale = entries.flatMap((e) => e.stale);
  if (stale.length) await manager.query(`DELETE FROM search_index WHERE rowid IN (${stale.join(', ')})`);
  await insertSearchRows(manager, entries.flatMap((e) => e.rows));
}

/** (Re)write the search entries of entities that are new or got new aliases (corrections). */
export async function indexEntities(manager: EntityManager, ent: ResolvedEntities): Promise<void> {
  await writeSearchEntries(manager, [await entitySearchEntries(manager, ent)]);
}
