import { EntityManager } from 'typeorm';
import { EntityType } from '../entities/enums';
import type { ExtractedArticle } from '../extraction/types';
import type { ResolvedEntities } from './entity-writer';
import { insertRows } from './sql';

/** What persist knows about the article row itself. */
export interface ArticleRow {
  url: string | null;
  /** The url's normal form; duplicates match on it. */
  urlKey: string | null;
  contentHash: string;
  publishedAt: string | null;
  publishedTs: number | null;
  source: string | null;
  ingestedAt: string;
}

/**
 * Roles from the title chains; returns person id -> id of the first role this article gave them.
 * A role the article gave before (re-extraction) stays, with its id; one it no longer gives goes.
 * `fresh`: the article has nothing stored yet (persist.writeExtraction).
 */
export async function writeRoles(manager: EntityManager, doc: ExtractedArticle, ent: ResolvedEntities, articleId: number, asOf: string | null, fresh = false): Promise<Map<number, number>> {
  const rows: unknown[][] = [];
  for (const p of doc.people) {
    for (const r of p.roles) {
      const orgId = r.organizationKey ? ent.ids.ORGANIZATION.get(r.organizationKey) ?? null : null;
      rows.push([ent.ids.PERSON.get(p.key), r.title, orgId, asOf, articleId]);
    }
  }
  type Saved = { id: number; personId: number; title: string; organizationId: number | null };
  const read = (): Promise<Saved[]> => manager.query('SELECT id, personId, title, organizationId FROM person_role WHERE articleId = ? ORDER BY id', [articleId]);
  // Keyed here, not only by the unique index: it lets rows with no organization (NULL) repeat.
  const keyOf = (personId: unknown, title: unknown, orgId: unknown) => `${personId}|${title}|${orgId ?? ''}`;
  const before = fresh ? [] : await read();
  const had = new Set(before.map((r) => keyOf(r.personId, r.title, r.organizationId)));
  const given = new Set(rows.map((r) => keyOf(r[0], r[1], r[2])));
  const stale = before.filter((r) => !given.has(keyOf(r.personId, r.title, r.organizationId))).map((r) => r.id);
  if (stale.length) await manager.query(`DELETE FROM person_role WHERE id IN (${stale.join(', ')})`);
  const added = rows.filter((r) => !had.has(keyOf(r[0], r[1], r[2])) && had.add(keyOf(r[0], r[1], r[2])));
  await insertRows(manager, 'person_role', ['personId', 'title', 'organizationId', 'asOf', 'articleId'], added, 'OR IGNORE');
  const first = new Map<number, number>();
  for (const r of added.length ? await read() : before.filter((b) => !stale.includes(b.id))) if (!first.has(r.personId)) first.set(r.personId, r.id);
  return first;
}

/** One mention row per entity the article names: how often and where first (rewritten only when that changed). */
export async function writeMentions(manager: EntityManager, doc: ExtractedArticle, ent: ResolvedEntities, articleId: number, publishedTs: number | null, fresh = false): Promise<void> {
  const byId = new Map<string, { type: EntityType; id: number; count: number; first: number }>();
  const groups: [EntityType, { key: string; mentions: { start: number }[] }[]][] = [
    [EntityType.PERSON, doc.people], [EntityType.ORGANIZATION, doc.organizations], [EntityType.PLACE, doc.places], [EntityType.EVENT, doc.events],
  ];
  for (const [type, list] of groups) {
    for (const e of list) {
      const id = ent.ids[type].get(e.key)!;
      const first = Math.min(...e.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER);
      const entry = byId.get(`${type}:${id}`) ?? { type, id, count: 0, first };
      entry.count += Math.max(1, e.mentions.length);
      entry.first = Math.min(entry.first, first);
      byId.set(`${type}:${id}`, entry);
    }
  }
  const rows = [...byId.values()].map((m) => [articleId, m.type, m.id, m.count, m.first === Number.MAX_SAFE_INTEGER ? 0 : m.first, publishedTs]);
  const columns = ['articleId', 'entityType', 'entityId', 'count', 'firstOffset', 'publishedTs'];
  const stored: Record<string, unknown>[] = fresh ? [] : await manager.query(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM mention WHERE articleId = ?`, [articleId]);
  const asText = (list: unknown[][]) => list.map((r) => r.map((v) => String(v ?? '')).join('|')).sort().join('\n');
  if (asText(stored.map((r) => columns.map((c) => r[c]))) === asText(rows)) return;
  if (stored.length) await manager.query('DELETE FROM mention WHERE articleId = ?', [articleId]);
  await insertRows(manager, 'mention', columns, rows);
}

/** Participants of the article's events (people and organizations), skipping known pairs. */
export async function writeParticipants(manager: EntityManager, doc: ExtractedArticle, ent: ResolvedEntities): Promise<void> {
  const rows: unknown[][] = [];
  for (const e of doc.events) {
    const eventId = ent.ids.EVENT.get(e.key)!;
    for (const key of e.participantKeys) {
      const personId = ent.ids.PERSON.get(key);
      const orgId = ent.ids.ORGANIZATION.get(key);
      if (personId) rows.push([eventId, personId, null]);
      else if (orgId) rows.push([eventId, null, orgId]);
    }
  }
  if (rows.length === 0) return;
  const existing: { eventId: number; personId: number | null; organizationId: number | null }[] = await manager.query(
    `SELECT eventId, personId, organizationId FROM event_participant WHERE eventId IN (${[...new Set(rows.map((r) => r[0]))].join(', ')})`,
  );
  const seen = new Set(existing.map((p) => `${p.eventId}|${p.personId}|${p.organizationId}`));
  const fresh = rows.filter((r) => !seen.has(`${r[0]}|${r[1]}|${r[2]}`) && seen.add(`${r[0]}|${r[1]}|${r[2]}`));
  await insertRows(manager, 'event_participant', ['eventId', 'personId', 'organizationId'], fresh);
}
