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

/** Roles from the title chains; returns person id -> id of the first role this article gave them. */
export async function writeRoles(manager: EntityManager, doc: ExtractedArticle, ent: ResolvedEntities, articleId: number, asOf: string | null): Promise<Map<number, number>> {
  const rows: unknown[][] = [];
  for (const p of doc.people) {
    for (const r of p.roles) {
      const orgId = r.organizationKey ? ent.ids.ORGANIZATION.get(r.organizationKey) ?? null : null;
      rows.push([ent.ids.PERSON.get(p.key), r.title, orgId, asOf, articleId]);
    }
  }
  await insertRows(manager, 'person_role', ['personId', 'title', 'organizationId', 'asOf', 'articleId'], rows, 'OR IGNORE');
  if (rows.length === 0) return new Map();
  const saved: { id: number; personId: number }[] = await manager.query('SELECT id, personId FROM person_role WHERE articleId = ? ORDER BY id', [articleId]);
  const first = new Map<number, number>();
  for (const r of saved) if (!first.has(r.personId)) first.set(r.personId, r.id);
  return first;
}

/** Every quote, with its speaker, the speaker's role in this article, and its event. */
export async function writeQuotes(manager: EntityManager, doc: ExtractedArticle, ent: ResolvedEntities, articleId: number, roles: Map<number, number>, publishedTs: number | null): Promise<void> {
  const rows = doc.quotes.map((q) => {
    const speakerId = q.speakerKey ? ent.ids.PERSON.get(q.speakerKey) ?? null : null;
    return [
      q.kind, q.text, articleId, speakerId, speakerId ? roles.get(speakerId) ?? null : null, q.speakerText,
      q.eventKey ? ent.ids.EVENT.get(q.eventKey) ?? null : null, q.span.start, q.span.end, q.sentence.start, q.sentence.end,
      q.cueVerb, q.attribution, q.confidence, publishedTs,
    ];
  });
  await insertRows(manager, 'quote', [
    'kind', 'text', 'articleId', 'speakerId', 'speakerRoleId', 'speakerText', 'eventId', 'startOffset', 'endOffset',
    'sentenceStart', 'sentenceEnd', 'cueVerb', 'attribution', 'confidence', 'publishedTs',
  ], rows);
}

/** One mention row per entity the article names: how often and where first. */
export async function writeMentions(manager: EntityManager, doc: ExtractedArticle, ent: ResolvedEntities, articleId: number, publishedTs: number | null): Promise<void> {
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
  await insertRows(manager, 'mention', ['articleId', 'entityType', 'entityId', 'count', 'firstOffset', 'publishedTs'], rows);
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
