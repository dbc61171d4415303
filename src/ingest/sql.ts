import { EntityManager } from 'typeorm';

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

/** Insert one row and return its new id (TypeORM's SQLite driver answers an INSERT with lastID). */
export async function insertOne(manager: EntityManager, table: string, values: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(values);
  const lastId: unknown = await manager.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    Object.values(values),
  );
  if (typeof lastId !== 'number') throw new Error(`INSERT INTO ${table} returned no row id`);
  return lastId;
}
