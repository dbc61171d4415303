import { DataSource } from 'typeorm';
import { PageResult } from '../resolvers/types/connection.type';
import { Page } from './page';

/** A list query: ids from `from` matching every `where`, in `order`. */
export interface ListSpec {
  id: string;
  from: string;
  where: string[];
  params: unknown[];
  order: string;
}

/** A spec that matches nothing (e.g. a name filter that found no one). */
export function isEmptyFilter(spec: ListSpec): boolean {
  return spec.where.includes('0');
}

/**
 * Run one page of a list query: one statement for the page (it fetches one row more than the
 * page to know whether another page follows), and a COUNT only when totalCount is asked for.
 */
export async function listPage(ds: DataSource, spec: ListSpec, page: Page): Promise<PageResult<number>> {
  const where = spec.where.length ? `WHERE ${spec.where.join(' AND ')}` : '';
  const count = async () => {
    if (isEmptyFilter(spec)) return 0;
    const [row] = await ds.query(`SELECT COUNT(*) AS n FROM ${spec.from} ${where}`, spec.params);
    return Number(row.n);
  };
  if (isEmptyFilter(spec) || page.limit === 0) {
    return { page, nodes: [], hasNextPage: false, count };
  }
  const rows: { id: number }[] = await ds.query(
    `SELECT ${spec.id} AS id FROM ${spec.from} ${where} ORDER BY ${spec.order} LIMIT ? OFFSET ?`,
    [...spec.params, page.limit + 1, page.offset],
  );
  return {
    page,
    nodes: rows.slice(0, page.limit).map((r) => r.id),
    hasNextPage: rows.length > page.limit,
    count,
  };
}
