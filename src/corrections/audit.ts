/**
 * The audit trail of human corrections and the checks every correction starts with. A correction
 * runs inside one write transaction: a failed check or statement changes nothing.
 */
import { GraphQLError } from 'graphql';
import { EntityManager } from 'typeorm';
import { CorrectionAction, EntityType } from '../entities/enums';
import { searchRowId, SearchKind } from '../queries/fts';
import { indexEntities } from '../ingest/search-writer';
import { insertNew } from '../ingest/sql';

export const TABLE: Record<EntityType, string> = { PERSON: 'person', ORGANIZATION: 'organization', PLACE: 'place', EVENT: 'event' };

/** A bad correction: the message names the offending value; nothing was changed. */
export function badCorrection(message: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, value } });
}

/** What one correction records besides who and when. */
export interface CorrectionRecord {
  action: CorrectionAction;
  entityType: EntityType | null;
  targetId: number;
  what: Record<string, unknown>;
  before: Record<string, unknown>;
}

/** Write the audit row; returns its id. */
export function recordCorrection(manager: EntityManager, who: string, c: CorrectionRecord): Promise<number> {
  return insertNew(manager, 'correction', {
    action: c.action, who, at: new Date().toISOString(), entityType: c.entityType, targetId: c.targetId,
    what: JSON.stringify(c.what), before: JSON.stringify(c.before),
  });
}

/** The id an entity id answers to now: itself, or the survivor it was merged into. */
export async function survivorOf(manager: EntityManager, type: EntityType, id: number): Promise<number> {
  const [row] = await manager.query('SELECT toId FROM entity_redirect WHERE entityType = ? AND fromId = ?', [type, id]);
  return row ? row.toId : id;
}

/** The stored row of an entity, or an error naming the id. */
export async function entityRow(manager: EntityManager, type: EntityType, id: number, argument: string): Promise<Record<string, unknown>> {
  const [row] = await manager.query(`SELECT * FROM "${TABLE[type]}" WHERE id = ?`, [id]);
  if (!row) throw badCorrection(`no ${type.toLowerCase()} with id ${id}`, argument, String(id));
  return row;
}

/** Rewrite the search entries of entities whose names changed; drop those of removed ones. */
export async function reindex(manager: EntityManager, type: EntityType, kept: number[], removed: number[] = []): Promise<void> {
  const kind = { PERSON: SearchKind.PERSON, ORGANIZATION: SearchKind.ORGANIZATION, PLACE: SearchKind.PLACE, EVENT: SearchKind.EVENT }[type];
  if (removed.length) await manager.query(`DELETE FROM search_index WHERE rowid IN (${removed.map((id) => searchRowId(kind, id)).join(', ')})`);
  const ids = { PERSON: new Map(), ORGANIZATION: new Map(), PLACE: new Map(), EVENT: new Map() };
  await indexEntities(manager, { ids, created: [], touched: kept.map((id) => ({ type, id })) });
}

/** A validated canonical name: trimmed, 1 to 200 characters, with a letter. */
export function checkedName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(trimmed) || trimmed.length > 200) throw badCorrection(`a name needs a letter and at most 200 characters, got ${JSON.stringify(name.slice(0, 60))}`, 'name', name.slice(0, 60));
  return trimmed;
}
