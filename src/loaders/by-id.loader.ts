import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { requestLoader, type LoaderOptions } from './batch-gate';

export type { LoaderOptions };

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
 * What a by-id loader reads of one entity (less `omit`), built once per DataSource, not per
 * request: its property names (id first) and the statement texts for each set of them a request's
 * ColumnPlan chooses.
 */
class RowShape<T> {
  readonly props: readonly string[];
  private readonly dbName = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  constructor(readonly table: string, readonly type: string, private readonly prototype: object, columns: Array<readonly [string, string]>) {
    for (const [db, prop] of columns) this.dbName.set(prop, db);
    this.props = columns.map(([, prop]) => prop).sort((a, b) => Number(b === 'id') - Number(a === 'id'));
  }

  private cached(key: string, make: () => string): string {
    let text = this.texts.get(key);
    if (text === undefined) this.texts.set(key, (text = make()));
    return text;
  }

  /** `SELECT <props> FROM <table> WHERE id IN ` (the caller adds the list). */
  select(props: readonly string[]): string {
    return this.cached(`select|${props.join(',')}`, () => `SELECT ${props.map((p) => `"${this.dbName.get(p)}" AS "${p}"`).join(', ')} FROM "${this.table}" WHERE id IN `);
  }

  /** `alias."column" AS "<prefix>property", ...` */
  columns(props: readonly string[], alias: string, prefix: string): string {
    return this.cached(`${alias}|${prefix}|${props.join(',')}`, () => props.map((p) => `${alias}."${this.dbName.get(p)}" AS "${prefix}${p}"`).join(', '));
  }

  /** A row of the statement as an entity (its class's prototype, so Node.resolveType sees its class). */
  entity(row: Record<string, unknown>): T {
    return Object.assign(Object.create(this.prototype) as object, row) as T;
  }

  make(props: readonly string[], row: Record<string, unknown>, prefix: string): T | null {
    if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
    const entity = Object.create(this.prototype) as Record<string, unknown>;
    for (const prop of props) entity[prop] = row[`${prefix}${prop}`];
    return entity as T;
  }
}

const shapes = new WeakMap<DataSource, Map<string, RowShape<unknown>>>();

function rowShape<T extends ObjectLiteral>(ds: DataSource, target: EntityTarget<T>, omit: readonly string[]): RowShape<T> {
  const meta = ds.getMetadata(target);
  let byEntity = shapes.get(ds);
  if (!byEntity) shapes.set(ds, (byEntity = new Map()));
  const id = `${meta.tableName}|${omit.join(',')}`;
  let shape = byEntity.get(id) as RowShape<T> | undefined;
  if (!shape) {
    const kept = meta.columns.filter((c) => !omit.includes(c.propertyName)).map((c) => [c.databaseName, c.propertyName] as const);
    shape = new RowShape<T>(meta.tableName, meta.targetName, (meta.target as { prototype: object }).prototype, kept);
    byEntity.set(id, shape as RowShape<unknown>);
  }
  return shape;
}

/**
 * One statement per batch: rows of `target` by primary key `id`, null for a missing id. Rows, not
 * TypeORM entities: a plain SELECT of the entity's columns (less `omit`, e.g. an article's body,
 * read by its own loader when a query asks for it), each row given the entity's prototype so
 * `Node.resolveType` still sees its class. Columns are read as SQLite returns them (no transformers).
 * With the request's ColumnPlan (options.plan) it reads only the columns the operation needs, in
 * its own statement and in every page statement that reads its rows (EntityRows).
 */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(
  ds: DataSource,
  target: EntityTarget<T>,
  options: LoaderOptions = {},
  omit: readonly string[] = [],
): EntityLoader<T> {
  const shape = rowShape(ds, target, omit);
  const plan = options.plan;
  const props = () => (plan ? plan.columnsOf(shape.type, shape.props) : shape.props);
  const loader = requestLoader<number, T | null>(async (ids) => {
    const found: Record<string, unknown>[] = await ds.query(`${shape.select(props())}(${ids.map(() => '?').join(', ')})`, [...ids]);
    return inKeyOrder(ids, found.map((row) => shape.entity(row)), (row) => row.id);
  }, options);
  const rows: EntityRows<T> = {
    table: shape.table,
    columns: (alias, prefix) => shape.columns(props(), alias, prefix),
    make: (row, prefix) => shape.make(props(), row, prefix),
  };
  return Object.assign(loader, { rows });
}

/** One statement per batch: one text column of `table` by id ('' for a missing id). */
export function columnLoader(ds: DataSource, table: string, column: string, options: LoaderOptions = {}): DataLoader<number, string> {
  return requestLoader<number, string>(async (ids) => {
    const rows: { id: number; value: string }[] = await ds.query(`SELECT id, "${column}" AS value FROM "${table}" WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
    return inKeyOrder(ids, rows, (row) => row.id).map((row) => row?.value ?? '');
  }, options);
}

/** One query per batch: rows of `target` whose `column` is one of the keys, grouped by key. */
export function byColumnLoader<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
  options: LoaderOptions = {},
): DataLoader<number, T[]> {
  return requestLoader<number, T[]>(async (keys) => {
    const rows = await ds.getRepository(target).find({ where: { [column]: In([...keys]) } as never, order: order as never });
    return groupInKeyOrder(keys, rows, (row) => row[column] as number);
  }, options);
}
