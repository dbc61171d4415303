/**
 * mergePeople / mergeOrganizations: every quote, role, mention, participation and alias of the
 * merged entities moves to the kept one, the merged rows go, and each merged id redirects to the
 * survivor. The audit row keeps every changed row as it was. Runs inside the caller's transaction.
 */
import { EntityManager } from 'typeorm';
import { AliasReason, CorrectionAction, EntityType } from '../entities/enums';
import { isPostgres } from '../db/dialect';
import { updateOrIgnore } from '../ingest/sql';
import { assignStatements } from '../ingest/statements';
import { badCorrection, entityRow, recordCorrection, reindex, survivorOf, TABLE } from './audit';

type Mergeable = EntityType.PERSON | EntityType.ORGANIZATION;

/** Rows that point at an entity of each mergeable type: table and column. */
const REFERENCES: Record<Mergeable, [string, string][]> = {
  PERSON: [['quote', 'speakerId'], ['person_role', 'personId'], ['event_participant', 'personId']],
  ORGANIZATION: [['person_role', 'organizationId'], ['event_participant', 'organizationId']],
};

/** The other columns of the unique key a moved column is part of (quote.speakerId: none). */
const UNIQUE_WITH: Record<string, string[]> = {
  'quote.speakerId': [], 'event_participant.personId': ['eventId', 'organizationId'], 'event_participant.organizationId': ['eventId', 'personId'],
};

const list = (ids: number[]) => ids.map(() => '?').join(', ');

/** Every row a merge changes or removes, as it is now (the audit's "before"). */
async function snapshot(manager: EntityManager, type: Mergeable, keep: number, merge: number[]): Promise<Record<string, unknown>> {
  const ids = [keep, ...merge];
  const before: Record<string, unknown> = {
    entities: await manager.query(`SELECT * FROM "${TABLE[type]}" WHERE id IN (${list(ids)})`, ids),
    alias: await manager.query(`SELECT * FROM alias WHERE entityType = ? AND entityId IN (${list(ids)})`, [type, ...ids]),
    mention: await manager.query(`SELECT * FROM mention WHERE entityType = ? AND entityId IN (${list(ids)})`, [type, ...ids]),
  };
  // The merged people's statements (their quotes join the survivor's; emptied ones go).
  if (type === EntityType.PERSON) before.statement = await manager.query(`SELECT * FROM statement WHERE speakerId IN (${list(merge)})`, merge);
  for (const [table, column] of REFERENCES[type]) {
    before[`${table}.${column}`] = await manager.query(`SELECT * FROM "${table}" WHERE "${column}" IN (${list(merge)})`, merge);
  }
  return before;
}

/** Roles of `from` that duplicate one of the survivor's: quotes citing them cite the survivor's role. */
async function moveRoles(manager: EntityManager, column: 'personId' | 'organizationId', from: number, keep: number): Promise<void> {
  const isSame = isPostgres(manager) ? 'IS NOT DISTINCT FROM' : 'IS';
  const same = column === 'personId'
    ? `k.personId = ? AND k.title = d.title AND k.organizationId ${isSame} d.organizationId AND k.articleId = d.articleId`
    : 'k.organizationId = ? AND k.title = d.title AND k.personId = d.personId AND k.articleId = d.articleId';
  const others = ['personId', 'title', 'organizationId', 'articleId'].filter((c) => c !== column);
  await updateOrIgnore(manager, { table: 'person_role', column, from, to: keep, unique: others });
  await manager.query(
    `UPDATE quote SET speakerRoleId = (SELECT k.id FROM person_role k, person_role d WHERE d.id = quote.speakerRoleId AND ${same} ORDER BY k.id LIMIT 1)
     WHERE speakerRoleId IN (SELECT id FROM person_role WHERE "${column}" = ?)`, [keep, from],
  );
  await manager.query(`DELETE FROM person_role WHERE "${column}" = ?`, [from]);
}

/** Move one merged entity's rows to the survivor. */
async function moveOne(manager: EntityManager, type: Mergeable, from: number, keep: number): Promise<void> {
  for (const [table, column] of REFERENCES[type]) {
    if (table === 'person_role') { await moveRoles(manager, column as 'personId', from, keep); continue; }
    await updateOrIgnore(manager, { table, column, from, to: keep, unique: UNIQUE_WITH[`${table}.${column}`] });
    if (table === 'event_participant') await manager.query(`DELETE FROM event_participant WHERE "${column}" = ?`, [from]);
  }
  // An article naming both: one mention row with both counts.
  await manager.query(
    `UPDATE mention SET count = count + (SELECT d.count FROM mention d WHERE d.articleId = mention.articleId AND d.entityType = mention.entityType AND d.entityId = ?),
       firstOffset = ${isPostgres(manager) ? 'LEAST' : 'MIN'}(firstOffset, (SELECT d.firstOffset FROM mention d WHERE d.articleId = mention.articleId AND d.entityType = mention.entityType AND d.entityId = ?))
     WHERE entityType = ? AND entityId = ? AND articleId IN (SELECT articleId FROM mention WHERE entityType = ? AND entityId = ?)`,
    [from, from, type, keep, type, from],
  );
  const ofType = { where: 'entityType = ?', params: [type] };
  await updateOrIgnore(manager, { table: 'mention', column: 'entityId', from, to: keep, unique: ['articleId', 'entityType'], ...ofType });
  await manager.query('DELETE FROM mention WHERE entityType = ? AND entityId = ?', [type, from]);
  await updateOrIgnore(manager, {
    table: 'alias', column: 'entityId', from, to: keep, unique: ['entityType', 'key'], ...ofType,
    set: `, reason = CASE WHEN reason = '${AliasReason.CANONICAL}' THEN '${AliasReason.VARIANT}' ELSE reason END`,
  });
  await manager.query('DELETE FROM alias WHERE entityType = ? AND entityId = ?', [type, from]);
  if (type === EntityType.ORGANIZATION) {
    await manager.query('UPDATE organization SET acronym = COALESCE(acronym, (SELECT acronym FROM organization WHERE id = ?)) WHERE id = ?', [from, keep]);
  }
  await manager.query(`DELETE FROM "${TABLE[type]}" WHERE id = ?`, [from]);
}

/** Check the ids: the kept one exists, each merged one exists, differs from it and is given once. */
async function checkIds(manager: EntityManager, type: Mergeable, keepIn: number, mergeIn: number[]): Promise<{ keep: number; merge: number[] }> {
  const keep = await survivorOf(manager, type, keepIn);
  await entityRow(manager, type, keep, 'keep');
  if (mergeIn.length === 0) throw badCorrection('"merge" needs at least one id', 'merge', []);
  const merge: number[] = [];
  for (const id of mergeIn) {
    const now = await survivorOf(manager, type, id);
    if (now !== id) throw badCorrection(`${type.toLowerCase()} ${id} was already merged into ${now}`, 'merge', String(id));
    if (id === keep) throw badCorrection(`cannot merge ${type.toLowerCase()} ${id} into itself`, 'merge', String(id));
    if (merge.includes(id)) throw badCorrection(`id ${id} is given twice in "merge"`, 'merge', String(id));
    await entityRow(manager, type, id, 'merge');
    merge.push(id);
  }
  return { keep, merge };
}

/** Merge `merge` into `keep`; returns the survivor's id. */
export async function mergeEntities(manager: EntityManager, who: string, type: Mergeable, keepIn: number, mergeIn: number[]): Promise<number> {
  const { keep, merge } = await checkIds(manager, type, keepIn, mergeIn);
  const before = await snapshot(manager, type, keep, merge);
  const action = type === EntityType.PERSON ? CorrectionAction.MERGE_PEOPLE : CorrectionAction.MERGE_ORGANIZATIONS;
  const correctionId = await recordCorrection(manager, who, { action, entityType: type, targetId: keep, what: { keep: String(keep), merge: merge.map(String) }, before });
  const moved: { id: number }[] = type === EntityType.PERSON ? await manager.query(`SELECT id FROM quote WHERE speakerId IN (${list(merge)})`, merge) : [];
  for (const from of merge) {
    await moveOne(manager, type, from, keep);
    await manager.query('UPDATE entity_redirect SET toId = ? WHERE entityType = ? AND toId = ?', [keep, type, from]);
    await manager.query('INSERT INTO entity_redirect (entityType, fromId, toId, correctionId) VALUES (?, ?, ?, ?)', [type, from, keep, correctionId]);
  }
  // The merged people's quotes join the survivor's statements (their old ones go when emptied).
  await assignStatements(manager, moved.map((q) => q.id));
  await reindex(manager, type, [keep], merge);
  return keep;
}
