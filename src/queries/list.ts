import { DataSource } from 'typeorm';
import type { PageResult } from './page';
import { Page } from './page';

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
  return spec.where.includes('0');
}

/**
 * Run one page of a list query: one statement for the page (it fetches one row more than the
 * page to know whether another page follows), and a COUNT only when totalCount is asked for.
 */
/** The page statement: plain, or one branch per value of `anyOf` merged in order. */
function pageSql(spec: ListSpec, page: Page): { sql: string; params: unknown[] } {
  const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
  if (!spec.anyOf || spec.anyOf.values.length < 2) {
    const inList = spec.anyOf ? [`${spec.anyOf.column} IN (${spec.anyOf.values.join(', ')})`] : [];
    return { sql: `SELECT ${spec.id} AS id FROM ${spec.from} ${where([...inList, ...spec.where])} ORDER BY ${spec.order} LIMIT ? OFFSET ?`, params: [...spec.params, page.limit + 1, page.offset] };
  }
  const terms = spec.order.split(',').map((t) => /^\s*(\S+)\s*(.*)$/.exec(t)!);
  const keys = terms.map(([, expr], i) => `${expr} AS o${i}`).join(', ');
  const { column, values } = spec.anyOf;
  const branch = `SELECT * FROM (SELECT ${spec.id} AS id, ${keys} FROM ${spec.from} ${where([`${column} = ?`, ...spec.where])} ORDER BY ${spec.order} LIMIT ?)`;
  return {
    sql: `${values.map(() => branch).join(' UNION ALL ')} ORDER BY ${terms.map(([, , rest], i) => `o${i} ${rest}`).join(', ')} LIMIT ? OFFSET ?`,
    params: [...values.flatMap((v) => [v, ...spec.params, page.offset + page.limit + 1]), page.limit + 1, page.offset],
  };
}

export async function listPage(ds: DataSource, spec: ListSpec, page: Page): Promise<PageResult<number>> {
  const conditions = spec.anyOf ? [`${spec.anyOf.column} IN (${spec.anyOf.values.join(', ')})`, ...spec.where] : spec.where;
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const count = async () => {
    if (isEmptyFilter(spec)) return 0;
    const [row] = await ds.query(`SELECT COUNT(*) AS n FROM ${spec.from} ${where}`, spec.params);
    return Number(row.n);
  };
  if (isEmptyFilter(spec) || page.limit === 0) {
    return { page, nodes: [], hasNextPage: false, count };
  }
  const { sql, params } = pageSql(spec, page);
  const rows: { id: number }[] = await ds.query(sql, params);
  return {
    page,
    nodes: rows.slice(0, page.limit).map((r) => r.id),
    hasNextPage: rows.length > page.limit,
    count,
  };
}
