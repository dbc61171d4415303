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

/**
 * How a statement that already reads a page (a list, a relation) reads the entities themselves
 * beside it, so their loader is primed and asks nothing more: the entity's columns under a prefix
 * (`columns`), and the entity back from such a row (`make`).
 */
export interface EntityRows<T> {
  table: string;
  /** `alias."column" AS "<prefix>property", ...` */
  columns(alias: string, prefix: string): string;
  /** The entity read under `prefix` from `row`, or null when the row has none (a LEFT JOIN that found nothing). */
  make(row: Record<string, unknown>, prefix: string): T | null;
}

/** A by-id loader that can also be primed from rows read by a page statement (see EntityRows). */
export type EntityLoader<T> = DataLoader<number, T | null> & { rows: EntityRows<T> };

/** Prime `loader` with the entities read under `prefix` in `rows` (no-op for loaders without a cache). */
export function primeFrom<T>(loader: EntityLoader<T>, rows: Record<string, unknown>[], prefix: string): void {
  for (const row of rows) {
    const entity = loader.rows.make(row, prefix);
    if (entity) loader.prime((entity as unknown as { id: number }).id, entity);
  }
}

/**
 * One statement per batch: rows of `target` by primary key `id`, null for a missing id. Rows, not
 * TypeORM entities: a plain SELECT of the entity's columns (less `omit`, e.g. an article's body,
 * read by its own loader when a query asks for it), each row given the entity's prototype so
 * `Node.resolveType` still sees its class. Columns are read as SQLite returns them (no transformers).
 */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(
  ds: DataSource,
  target: EntityTarget<T>,
  options: LoaderOptions = {},
  omit: readonly string[] = [],
): EntityLoader<T> {
  const meta = ds.getMetadata(target);
  const kept = meta.columns.filter((c) => !omit.includes(c.propertyName)).map((c) => [c.databaseName, c.propertyName] as const);
  const columns = kept.map(([db, prop]) => `"${db}" AS "${prop}"`).join(', ');
  const prototype = (meta.target as { prototype: object }).prototype;
  const loader = new DataLoader<number, T | null>(async (ids) => {
    const rows: T[] = await ds.query(`SELECT ${columns} FROM "${meta.tableName}" WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
    return inKeyOrder(ids, rows.map((row) => Object.assign(Object.create(prototype) as T, row)), (row) => row.id);
  }, { maxBatchSize: 500, ...options });
  const rows: EntityRows<T> = {
    table: meta.tableName,
    columns: (alias, prefix) => kept.map(([db, prop]) => `${alias}."${db}" AS "${prefix}${prop}"`).join(', '),
    make(row, prefix) {
      if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
      const entity = Object.create(prototype) as Record<string, unknown>;
      for (const [, prop] of kept) entity[prop] = row[`${prefix}${prop}`];
      return entity as T;
    },
  };
  return Object.assign(loader, { rows });
}

/** One statement per batch: one text column of `table` by id ('' for a missing id). */
export function columnLoader(ds: DataSource, table: string, column: string, options: LoaderOptions = {}): DataLoader<number, string> {
  return new DataLoader<number, string>(async (ids) => {
    const rows: { id: number; value: string }[] = await ds.query(`SELECT id, "${column}" AS value FROM "${table}" WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
    return inKeyOrder(ids, rows, (row) => row.id).map((row) => row?.value ?? '');
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
