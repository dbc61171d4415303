import { MigrationInterface, QueryRunner } from 'typeorm';
import { nameKey, surnameKey } from '../text/fold';

const TABLES = ['person', 'organization', 'place', 'event'] as const;

/** Rows whose name has a character outside printable ASCII: only these can fold differently now. */
function nonAscii(queryRunner: QueryRunner, column: string): string {
  return queryRunner.connection.options.type === 'postgres' ? `"${column}" ~ '[^ -~]'` : `"${column}" GLOB '*[^ -~]*'`;
}

/**
 * Name keys re-folded after folding learnt other scripts (any-ascii): a Cyrillic, Greek, Arabic
 * or CJK name used to fold to "" (or to fragments, "Đokić" -> "okic"). Recomputes the stored keys of
 * every such name with today's fold; a key another place already holds keeps its old value (place
 * keys are unique). Down is a no-op: the old keys were wrong, not a different valid choice.
 */
export class RefoldNameKeys1764300000000 implements MigrationInterface {
  name = 'RefoldNameKeys1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const pg = queryRunner.connection.options.type === 'postgres';
    const sql = (text: string) => (pg ? text.replace(/\?/g, ((n) => () => `$${++n}`)(0)) : text);
    for (const table of TABLES) {
      const rows: Array<{ id: number; name: string; nameKey: string }> = await queryRunner.query(`SELECT "id", "name", "nameKey" FROM "${table}" WHERE ${nonAscii(queryRunner, 'name')}`);
      for (const r of rows) {
        const key = nameKey(r.name);
        if (key === r.nameKey) continue;
        const taken = table === 'place' && (await queryRunner.query(sql('SELECT 1 FROM "place" WHERE "nameKey" = ?'), [key])).length > 0;
        if (!taken) await queryRunner.query(sql(`UPDATE "${table}" SET "nameKey" = ? WHERE "id" = ?`), [key, r.id]);
      }
    }
    const aliases: Array<{ id: number; entityType: string; entityId: number; name: string; key: string; reason: string }> = await queryRunner.query(
      `SELECT "id", "entityType", "entityId", "name", "key", "reason" FROM "alias" WHERE ${nonAscii(queryRunner, 'name')}`,
    );
    for (const a of aliases) {
      const key = a.reason === 'SURNAME' ? surnameKey(a.name) : nameKey(a.name);
      if (!key || key === a.key) continue;
      const taken = (await queryRunner.query(sql('SELECT 1 FROM "alias" WHERE "entityType" = ? AND "entityId" = ? AND "key" = ?'), [a.entityType, a.entityId, key])).length > 0;
      if (taken) await queryRunner.query(sql('DELETE FROM "alias" WHERE "id" = ?'), [a.id]);
      else await queryRunner.query(sql('UPDATE "alias" SET "key" = ? WHERE "id" = ?'), [key, a.id]);
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: the keys before were the fold's failures.
  }
}
