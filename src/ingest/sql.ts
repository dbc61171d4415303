import { EntityManager } from 'typeorm';
import { isPostgres } from '../db/dialect';

/**
 * Insert many rows with one statement per chunk (SQLite allows 32766 bound values; chunks stay
 * well under). `conflict` is e.g. 'OR IGNORE'. Does nothing for no rows.
 */
export async function insertRows(
  manager: EntityManager, table: string, columns: string[], rows: unknown[][], conflict = '',
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(2000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await manager.query(
      `INSERT ${conflict} INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat(),
    );
  }
}

/**
 * Insert one row and return its new id (TypeORM's SQLite driver answers an INSERT with lastID;
 * PostgreSQL answers RETURNING id). With `ignoreConflict` (PostgreSQL), a row that another
 * transaction stored first under a unique key inserts nothing and returns null.
 */
export async function insertOne(manager: EntityManager, table: string, values: Record<string, unknown>, ignoreConflict = false): Promise<number | null> {
  const columns = Object.keys(values);
  const insert = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  if (isPostgres(manager)) {
    const rows: { id: number }[] = await manager.query(`${insert}${ignoreConflict ? ' ON CONFLICT DO NOTHING' : ''} RETURNING "id"`, Object.values(values));
    if (rows.length === 0 && ignoreConflict) return null;
    if (typeof rows[0]?.id !== 'number') throw new Error(`INSERT INTO ${table} returned no row id`);
    return rows[0].id;
  }
  const lastId: unknown = await manager.query(insert, Object.values(values));
  if (typeof lastId !== 'number') throw new Error(`INSERT INTO ${table} returned no row id`);
  return lastId;
}

/** insertOne for a row that always gets an id (no conflict to ignore). */
export async function insertNew(manager: EntityManager, table: string, values: Record<string, unknown>): Promise<number> {
  return (await insertOne(manager, table, values))!;
}

/** What updateOrIgnore moves: `column` from one id to another, in rows matching `where` too. */
export interface MoveSpec {
  table: string;
  column: string;
  from: number;
  to: number;
  /** The other columns of the unique key the moved column belongs to. */
  unique: string[];
  /** More conditions on the moved rows (SQL with `?`) and their values. */
  where?: string;
  params?: unknown[];
  /** More assignments (SQL without placeholders), e.g. `, reason = ...`. */
  set?: string;
}

/**
 * SQLite's `UPDATE OR IGNORE t SET column = to WHERE column = from`: a row whose move would
 * collide with a row already under `to` (same values in `unique`) stays where it is. PostgreSQL
 * has no OR IGNORE, so there the colliding rows are excluded by NOT EXISTS (NULLs never collide,
 * as in a unique index on either database). With no unique key it is a plain UPDATE.
 */
export async function updateOrIgnore(manager: EntityManager, m: MoveSpec): Promise<void> {
  const extra = m.where ? ` AND ${m.where}` : '';
  const set = `SET "${m.column}" = ?${m.set ?? ''} WHERE "${m.column}" = ?${extra}`;
  if (m.unique.length === 0) {
    await manager.query(`UPDATE "${m.table}" ${set}`, [m.to, m.from, ...(m.params ?? [])]);
    return;
  }
  if (!isPostgres(manager)) {
    await manager.query(`UPDATE OR IGNORE "${m.table}" ${set}`, [m.to, m.from, ...(m.params ?? [])]);
    return;
  }
  const same = m.unique.map((c) => `k."${c}" = "${m.table}"."${c}"`).join(' AND ');
  await manager.query(
    `UPDATE "${m.table}" ${set} AND NOT EXISTS (SELECT 1 FROM "${m.table}" k WHERE k."${m.column}" = ? AND ${same})`,
    [m.to, m.from, ...(m.params ?? []), m.to],
  );
}
