import DataLoader from 'dataloader';

/** DataLoader options shared by every loader of a request (see createLoaders). */
export type LoaderOptions = { batch?: boolean; cache?: boolean };
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';

/** Order `rows` by `keys`, with null for a key that has no row (the DataLoader contract). */
export function inKeyOrder<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Group `rows` by `keys`: one array per key, empty when none (the DataLoader contract). */
export function groupInKeyOrder<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One query per batch: entities of `target` by primary key `id`, null for a missing id. */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(
  ds: DataSource,
  target: EntityTarget<T>,
  options: LoaderOptions = {},
): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ds.getRepository(target).findBy({ id: In([...ids]) } as never);
    return inKeyOrder(ids, rows, (row) => row.id);
  }, { maxBatchSize: 500, ...options });
}

/** One query per batch: rows of `target` whose `column` is one of the keys, grouped by key. */
export function byColumnLoader<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
  options: LoaderOptions = {},
): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await ds.getRepository(target).find({ where: { [column]: In([...keys]) } as never, order: order as never });
    return groupInKeyOrder(keys, rows, (row) => row[column] as number);
  }, { maxBatchSize: 500, ...options });
}
