import { EntityManager } from 'typeorm';
import { AliasReason, CorrectionAction, EntityType } from '../entities/enums';
import type { ExtractedArticle, ExtractedRole } from '../extraction/types';
import { nameKey } from '../text/fold';
import { byMisspelling, chooseMatch, isMisspelling, KnownAlias, Match, NamedKey, namesOf } from './match';
import { ArticleEvidence } from './match-evidence';
import { insertNew, insertRows } from './sql';

/** Article-local key -> database id, per entity type. */
export type IdMap = Map<string, number>;

export interface ResolvedEntities {
  ids: Record<EntityType, IdMap>;
  /** Entities created by this article. */
  created: { type: EntityType; id: number }[];
  /** Entities that got a new alias (their search entry must be rewritten). */
  touched: { type: EntityType; id: number }[];
}

interface Candidate {
  type: EntityType;
  key: string;
  names: NamedKey[];
  insert: Record<string, unknown>;
  roles?: ExtractedRole[];
}

/** The extracted entities of an article in resolution order (places before events, orgs before people). */
function candidatesOf(doc: ExtractedArticle, placeIds: () => IdMap): Candidate[] {
  const out: Candidate[] = [];
  for (const p of doc.places) out.push({ type: EntityType.PLACE, key: p.key, names: namesOf(EntityType.PLACE, p.name, p.aliases), insert: { name: p.name, nameKey: nameKey(p.name), kind: p.kind } });
  for (const o of doc.organizations) out.push({ type: EntityType.ORGANIZATION, key: o.key, names: namesOf(EntityType.ORGANIZATION, o.name, o.aliases, o.acronym), insert: { name: o.name, nameKey: nameKey(o.name), acronym: o.acronym, kind: o.kind } });
  for (const p of doc.people) out.push({ type: EntityType.PERSON, key: p.key, names: namesOf(EntityType.PERSON, p.name, p.aliases), insert: { name: p.name, nameKey: nameKey(p.name) }, roles: p.roles });
  for (const e of doc.events) {
    out.push({
      type: EntityType.EVENT, key: e.key, names: namesOf(EntityType.EVENT, e.name, e.aliases),
      get insert() { return { name: e.name, nameKey: nameKey(e.name), kind: e.kind, startDate: e.startDate, endDate: e.endDate, placeId: e.placeKey ? placeIds().get(e.placeKey) ?? null : null }; },
    });
  }
  return out;
}

const TABLE: Record<EntityType, string> = { PERSON: 'person', ORGANIZATION: 'organization', PLACE: 'place', EVENT: 'event' };

/** Columns a later article may fill in on an existing entity (never overwrite what is known), with their SQL types. */
const FILLABLE: Partial<Record<EntityType, Record<string, 'VARCHAR' | 'INTEGER'>>> = {
  ORGANIZATION: { acronym: 'VARCHAR' },
  EVENT: { startDate: 'VARCHAR', endDate: 'VARCHAR', placeId: 'INTEGER' },
};

/**
 * Fill the blanks of matched entities from this article's extraction: one UPDATE per table and
 * column, for all of them (the first value given for an entity wins, as COALESCE in turn would;
 * the values are cast, since PostgreSQL cannot type a parameter in a CASE).
 * Run after matching, which reads only aliases, never these columns.
 */
async function fillBlanks(manager: EntityManager, matched: { c: Candidate; id: number }[]): Promise<void> {
  for (const [type, columns] of Object.entries(FILLABLE) as [EntityType, Record<string, string>][]) {
    for (const [col, sqlType] of Object.entries(columns)) {
      const values = new Map<number, unknown>();
      for (const { c, id } of matched) {
        if (c.type === type && c.insert[col] !== null && c.insert[col] !== undefined && !values.has(id)) values.set(id, c.insert[col]);
      }
      if (values.size === 0) continue;
      const ids = [...values.keys()];
      await manager.query(
        `UPDATE "${TABLE[type]}" SET "${col}" = COALESCE("${col}", CASE id ${ids.map(() => `WHEN ? THEN CAST(? AS ${sqlType})`).join(' ')} END) WHERE id IN (${ids.map(() => '?').join(', ')})`,
        [...ids.flatMap((id) => [id, values.get(id)]), ...ids],
      );
    }
  }
}

/** Known aliases whose key is any of `keys`: one statement. */
async function knownAliases(manager: EntityManager, keys: string[]): Promise<KnownAlias[]> {
  if (keys.length === 0) return [];
  return manager.query(`SELECT entityType, entityId, name, key, reason, articleId FROM alias WHERE key IN (${keys.map(() => '?').join(', ')})`, keys);
}

/** The names humans took off entities (detachAlias), as "TYPE:id:key": never attached to them again. */
async function detachedNames(manager: EntityManager): Promise<Set<string>> {
  const rows: { entityType: string; targetId: number; before: string }[] = await manager.query(
    `SELECT entityType, targetId, "before" FROM correction WHERE action = '${CorrectionAction.DETACH_ALIAS}'`,
  );
  return new Set(rows.map((r) => `${r.entityType}:${r.targetId}:${(JSON.parse(r.before) as { alias: { key: string } }).alias.key}`));
}

/** Near spellings of a long organization or person name already stored (same first letters). */
async function nearAliases(manager: EntityManager, type: EntityType, key: string): Promise<KnownAlias[]> {
  if (key.length < 8 || (type !== EntityType.ORGANIZATION && type !== EntityType.PERSON)) return [];
  const rows: KnownAlias[] = await manager.query(
    `SELECT entityType, entityId, name, key, reason FROM alias WHERE entityType = ? AND key >= ? AND key < ? AND length(key) BETWEEN ? AND ? LIMIT 200`,
    [type, key.slice(0, 3), `${key.slice(0, 3)}\uffff`, key.length - 2, key.length + 2],
  );
  return rows.filter((r) => isMisspelling(r.key, key));
}

/**
 * Last pass, for re-extraction: a name this same article gave an entity before names that entity
 * again, so an entity no other pass can match (a generic or short name) is not made twice.
 */
function sameArticle(c: Candidate, known: KnownAlias[], articleId: number): Match | null {
  for (const n of c.names) {
    const hit = known.find((k) => k.entityType === c.type && k.key === n.key && k.articleId === articleId);
    if (hit) return { entityId: hit.entityId, via: n, pass: 'SAME_ARTICLE' };
  }
  return null;
}

/** The sieve for one candidate: alias keys with their evidence, near spellings of its full name, then its own earlier extraction. */
async function matchOne(manager: EntityManager, evidenceOf: ArticleEvidence, c: Candidate, known: KnownAlias[], orgIds: IdMap, articleId: number): Promise<Match | null> {
  const evidence = await evidenceOf.evidenceFor(c.type, c.names, known, c.roles ?? [], orgIds);
  return chooseMatch(c.type, c.names, known, evidence)
    ?? byMisspelling(c.type, c.names[0], await nearAliases(manager, c.type, c.names[0].key))
    ?? sameArticle(c, known, articleId);
}

/**
 * Match every extracted entity to an existing one (the sieve of ingest/match: distinctive full
 * names, acronyms with a compatible expansion, surnames with a shared role, misspellings of long
 * names) or create it, then record every name as an alias with its reason (except a name a
 * human detached from that entity).
 */
export async function resolveEntities(manager: EntityManager, doc: ExtractedArticle, articleId: number): Promise<ResolvedEntities> {
  const ids = { PERSON: new Map(), ORGANIZATION: new Map(), PLACE: new Map(), EVENT: new Map() } as Record<EntityType, IdMap>;
  const candidates = candidatesOf(doc, () => ids.PLACE);
  const known = await knownAliases(manager, [...new Set(candidates.flatMap((c) => c.names.map((n) => n.key)))]);
  const result: ResolvedEntities = { ids, created: [], touched: [] };
  const detached = await detachedNames(manager);
  const evidence = new ArticleEvidence(manager);
  await evidence.prefetch(candidates, known);
  const aliasRows: unknown[][] = [];
  const matched: { c: Candidate; id: number }[] = [];
  for (const c of candidates) {
    const match = await matchOne(manager, evidence, c, known, ids.ORGANIZATION, articleId);
    const id = match ? match.entityId : await insertNew(manager, TABLE[c.type], c.insert);
    if (match) matched.push({ c, id });
    ids[c.type].set(c.key, id);
    (match ? result.touched : result.created).push({ type: c.type, id });
    const newNames = c.names.filter((n) => !known.some((k) => k.entityType === c.type && k.entityId === id && k.key === n.key) && !detached.has(`${c.type}:${id}:${n.key}`));
    for (const n of newNames) aliasRows.push([c.type, id, n.name, n.key, match && n === c.names[0] && match.via.reason === AliasReason.MISSPELLING ? AliasReason.MISSPELLING : n.reason, articleId]);
    for (const n of newNames) known.push({ entityType: c.type, entityId: id, name: n.name, key: n.key, reason: n.reason });
    if (match && newNames.length === 0) result.touched.pop();
  }
  await fillBlanks(manager, matched);
  await insertRows(manager, 'alias', ['entityType', 'entityId', 'name', 'key', 'reason', 'articleId'], aliasRows, 'OR IGNORE');
  return result;
}
