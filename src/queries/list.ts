import { DataSource } from 'typeorm';
import { NEVER } from '../db/dialect';
import { GraphQLError } from 'graphql';
import { encodeCursor, encodeKeyCursor, Page, PageResult } from './page';
import { afterKey, keyColumns, keyOf, OrderTerm, orderSql, parseOrder, reverseOrder } from './keyset';
import type { EntityRows } from '../loaders/by-id.loader';

/** A list query: ids from `from` matching every `where`, in `order`. */
export interface ListSpec {
  id: string;
  from: string;
  where: string[];
  params: unknown[];
  order: string;
  /**
   * `column IN (values)`, run as one ordered, limited branch per value joined by UNION ALL, so
   * each branch walks its own index range instead of sorting every match of every value.
   */
  anyOf?: { column: string; values: number[] };
}

/** A spec that matches nothing (e.g. a name filter that found no one). */
export function isEmptyFilter(spec: ListSpec): boolean {
  return spec.where.includes(NEVER);
}

/** The sort terms a page reads in, and its key condition (items after the cursor). */
export function pageOrder(order: string, page: Page): { terms: OrderTerm[]; read: OrderTerm[]; where: string[]; params: unknown[] } {
  const terms = parseOrder(order);
  const read = page.backward ? reverseOrder(terms) : terms;
  if (!page.key) return { terms, read, where: [], params: [] };
  if (page.key.length !== terms.length) {
    const argument = page.backward ? 'before' : 'after';
    throw new GraphQLError(`"${argument}" is a cursor of another list`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
  const key = afterKey(read, page.key);
  return { terms, read, where: [key.sql], params: key.params };
}

/** The page statement: plain, or one branch per value of `anyOf` merged in order. */
function pageSql(spec: ListSpec, page: Page): { sql: string; params: unknown[]; terms: OrderTerm[] } {
  const { terms, read, where: keyWhere, params: keyParams } = pageOrder(spec.order, page);
  const conditions = [...spec.where, ...keyWhere];
  const params = [...spec.params, ...keyParams];
  const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
  const cols = `${spec.id} AS id, ${keyColumns(terms)}`;
  if (!spec.anyOf || spec.anyOf.values.length < 2) {
    const inList = spec.anyOf ? [`${spec.anyOf.column} IN (${spec.anyOf.values.join(', ')})`] : [];
    return { sql: `SELECT ${cols} FROM ${spec.from} ${where([...inList, ...conditions])} ORDER BY ${orderSql(read)} LIMIT ? OFFSET ?`, params: [...params, page.limit + 1, page.offset], terms };
  }
  const { column, values } = spec.anyOf;
  const branch = `SELECT * FROM (SELECT ${cols} FROM ${spec.from} ${where([`${column} = ?`, ...conditions])} ORDER BY ${orderSql(read)} LIMIT ?) AS b`;
  return {
    sql: `${values.map(() => branch).join(' UNION ALL ')} ORDER BY ${orderSql(read, (i) => `o${i}`)} LIMIT ? OFFSET ?`,
    params: [...values.flatMap((v) => [v, ...params, page.offset + page.limit + 1]), page.limit + 1, page.offset],
    terms,
  };
}

/** Rows read past the cursor (one more than the page, to know whether more follow) as a page in list order. */
export function pageOf<T>(page: Page, rows: T[], cursorOf: (row: T, i: number) => string): Omit<PageResult<T>, 'count' | 'nodes'> & { rows: T[] } {
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  if (page.backward) kept.reverse();
  const started = page.key !== null || page.offset > 0;
  return {
    page, rows: kept, cursors: kept.map(cursorOf),
    hasNextPage: page.backward ? started : more,
    hasPreviousPage: page.backward ? more : started,
  };
}

/** Prefix of the entity columns a page statement reads beside the page (see listPage). */
export const ROW_PREFIX = 'e_';

/** A to-one relation of the listed entity read in the page statement: LEFT JOIN on its foreign key `fk`. */
export interface ToOneJoin {
  fk: string;
  rows: EntityRows<unknown>;
  /** Prefix of its columns in the rows (unique per join). */
  prefix: string;
}

/**
 * Run one page of a list query: one statement for the page, and a COUNT only when totalCount is
 * asked for. Cursors carry the sort keys of their item (see keyset.ts). With `entity`, the same
 * statement joins the page to the entity's table and reads its columns (under ROW_PREFIX) into
 * `rows`, so the caller primes the entity loader instead of running a second statement.
 */
export async function listPage(ds: DataSource, spec: ListSpec, page: Page, entity?: EntityRows<unknown>, joins: ToOneJoin[] = []): Promise<PageResult<number> & { rows: Record<string, unknown>[] }> {
  const conditions = spec.anyOf ? [`${spec.anyOf.column} IN (${spec.anyOf.values.join(', ')})`, ...spec.where] : spec.where;
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const count = async () => {
    if (isEmptyFilter(spec)) return 0;
    const [row] = await ds.query(`SELECT COUNT(*) AS n FROM ${spec.from} ${where}`, spec.params);
    return Number(row.n);
  };
  if (isEmptyFilter(spec) || page.limit === 0) {
    return { page, nodes: [], cursors: [], hasNextPage: false, hasPreviousPage: false, count, rows: [] };
  }
  const { sql: idSql, params, terms } = pageSql(spec, page);
  const read = page.backward ? reverseOrder(terms) : terms;
  const joined = joins.map((j, i) => ({ ...j, alias: `j${i}` }));
  const sql = entity
    ? `SELECT p.*, ${[entity.columns('e', ROW_PREFIX), ...joined.map((j) => j.rows.columns(j.alias, j.prefix))].join(', ')}
      FROM (${idSql}) AS p JOIN "${entity.table}" e ON e.id = p.id
      ${joined.map((j) => `LEFT JOIN "${j.rows.table}" ${j.alias} ON ${j.alias}.id = e."${j.fk}"`).join(' ')}
      ORDER BY ${orderSql(read, (i) => `p.o${i}`)}`
    : idSql;
  const rows: Array<Record<string, unknown> & { id: number }> = await ds.query(sql, params);
  const result = pageOf(page, rows, (row, i) => (page.offset ? encodeCursor(page.offset + i) : encodeKeyCursor(keyOf(row, terms))));
  return { ...result, nodes: result.rows.map((r) => r.id), count };
}
