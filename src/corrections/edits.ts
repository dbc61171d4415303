/**
 * The single-row corrections: reassignQuote, renamePerson / renameOrganization, detachAlias.
 * Each checks its input, records the state before, then changes; inside the caller's transaction.
 */
import { EntityManager } from 'typeorm';
import { AliasReason, CorrectionAction, EntityType } from '../entities/enums';
import { assignStatements } from '../ingest/statements';
import { nameKey } from '../text/fold';
import { badCorrection, checkedName, entityRow, recordCorrection, reindex, survivorOf, TABLE } from './audit';

/** Give a quote another speaker (a person id) or none (null: unknown). Returns the quote id. */
export async function reassignQuote(manager: EntityManager, who: string, quoteId: number, speakerIn: number | null): Promise<number> {
  const [quote] = await manager.query('SELECT id, articleId, speakerId, speakerRoleId, attribution, confidence, statementId FROM quote WHERE id = ?', [quoteId]);
  if (!quote) throw badCorrection(`no quote with id ${quoteId}`, 'id', String(quoteId));
  const speaker = speakerIn === null ? null : await survivorOf(manager, EntityType.PERSON, speakerIn);
  if (speaker !== null) await entityRow(manager, EntityType.PERSON, speaker, 'speaker');
  await recordCorrection(manager, who, {
    action: CorrectionAction.REASSIGN_QUOTE, entityType: null, targetId: quoteId,
    what: { id: String(quoteId), speaker: speaker === null ? null : String(speaker) },
    before: { quote, statement: quote.statementId === null ? null : (await manager.query('SELECT * FROM statement WHERE id = ?', [quote.statementId]))[0] ?? null },
  });
  const [role] = speaker === null ? [] : await manager.query('SELECT id FROM person_role WHERE personId = ? AND articleId = ? ORDER BY id LIMIT 1', [speaker, quote.articleId]);
  await manager.query(
    `UPDATE quote SET speakerId = ?, speakerRoleId = ?, attribution = CASE WHEN CAST(? AS integer) IS NULL THEN 'UNKNOWN' ELSE attribution END, confidence = 1 WHERE id = ?`,
    [speaker, role?.id ?? null, speaker, quoteId],
  );
  // Out of the statement of its old speaker, into one of its new speaker's (or none).
  await assignStatements(manager, [quoteId]);
  return quoteId;
}

/** Make `name` an entity's canonical name; the old one stays an alias (VARIANT). Returns the id. */
export async function renameEntity(manager: EntityManager, who: string, type: EntityType.PERSON | EntityType.ORGANIZATION, idIn: number, nameIn: string): Promise<number> {
  const id = await survivorOf(manager, type, idIn);
  const row = await entityRow(manager, type, id, 'id');
  const name = checkedName(nameIn);
  const key = nameKey(name);
  const aliases = await manager.query('SELECT * FROM alias WHERE entityType = ? AND entityId = ?', [type, id]);
  await recordCorrection(manager, who, {
    action: type === EntityType.PERSON ? CorrectionAction.RENAME_PERSON : CorrectionAction.RENAME_ORGANIZATION,
    entityType: type, targetId: id, what: { id: String(id), name }, before: { entity: row, alias: aliases },
  });
  await manager.query(`UPDATE "${TABLE[type]}" SET name = ?, nameKey = ? WHERE id = ?`, [name, key, id]);
  await manager.query(`UPDATE alias SET reason = '${AliasReason.VARIANT}' WHERE entityType = ? AND entityId = ? AND reason = '${AliasReason.CANONICAL}' AND key != ?`, [type, id, key]);
  await manager.query(`UPDATE alias SET name = ?, reason = '${AliasReason.CANONICAL}' WHERE entityType = ? AND entityId = ? AND key = ?`, [name, type, id, key]);
  await manager.query(`INSERT OR IGNORE INTO alias (entityType, entityId, name, key, reason, articleId) VALUES (?, ?, ?, ?, '${AliasReason.CANONICAL}', NULL)`, [type, id, name, key]);
  await reindex(manager, type, [id]);
  return id;
}

/** Take a name off an entity (never its canonical name: rename first). Returns the correction id. */
export async function detachAlias(manager: EntityManager, who: string, type: EntityType, idIn: number, alias: string): Promise<number> {
  const id = await survivorOf(manager, type, idIn);
  const row = await entityRow(manager, type, id, 'id');
  const key = nameKey(alias);
  const [found] = await manager.query('SELECT * FROM alias WHERE entityType = ? AND entityId = ? AND key = ?', [type, id, key]);
  if (!found) throw badCorrection(`${type.toLowerCase()} ${id} has no alias ${JSON.stringify(alias)}`, 'alias', alias);
  if (key === row.nameKey) throw badCorrection(`${JSON.stringify(alias)} is the canonical name of ${type.toLowerCase()} ${id}: rename it first`, 'alias', alias);
  const correctionId = await recordCorrection(manager, who, { action: CorrectionAction.DETACH_ALIAS, entityType: type, targetId: id, what: { entityType: type, id: String(id), alias }, before: { alias: found } });
  await manager.query('DELETE FROM alias WHERE id = ?', [found.id]);
  await reindex(manager, type, [id]);
  return correctionId;
}
