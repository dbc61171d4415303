import DataLoader from 'dataloader';
import { requestLoader } from './batch-gate';
import { DataSource } from 'typeorm';
import { encodeKeyCursor, Page } from '../queries/page';
import { pageOf, pageOrder } from '../queries/list';
import { keyColumns, keyOf, orderSql } from '../queries/keyset';
import { EntityLoader, LoaderOptions, primeFrom } from './by-id.loader';
import { ChildEntity, RELATIONS, RelationName, RelationSpec } from './relations';

/** The by-id loaders a relation page primes with the children it reads. */
export type ChildLoaders = Partial<Record<ChildEntity, EntityLoader<unknown>>>;

const CHILD_PREFIX = 'c_';

/** Which page of which relation of which parent. */
export interface RelationPageKey {
  relation: RelationName;
  parentId: number;
  page: Page;
  /** Optional value for the relation's `kindColumn`. */
  kind?: string | null;
}

/** The children of one parent on one page, plus whether more follow. */
export interface RelationPage {
  children: (number | string)[];
  /** The cursor of each child (its sort-key values). */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface RelationCountKey {
  relation: RelationName;
  parentId: number;
  kind?: string | null;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function whereOf(spec: RelationSpec, parents: number, kind: string | null | undefined): string {
  const parts = [`${spec.parent} IN (${placeholders(parents)})`];
  if (spec.where) parts.push(spec.where);
  if (kind && 'kindColumn' in spec && spec.kindColumn) parts.push(`${spec.kindColumn} = ?`);
  return parts.join(' AND ');
}

/** What makes two pages the same page: size, direction and cursor. */
const pageId = (k: RelationPageKey) => `${k.page.limit}:${k.page.backward ? 'b' : 'f'}:${JSON.stringify(k.page.key)}`;

/** Group keys that can share one query: same relation, same page, same kind. */
function groupKeys<K extends { relation: string; kind?: string | null }>(keys: readonly K[], extra: (k: K) => string) {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const id = `${key.relation}|${key.kind ?? ''}|${extra(key)}`;
    const group = groups.get(id);
    if (group) group.push(key);
    else groups.set(id, [key]);
  }
  return [...groups.values()];
}

async function loadPages(ds: DataSource, keys: RelationPageKey[], children: ChildLoaders): Promise<Map<number, RelationPage>> {
  const { relation, page, kind } = keys[0];
  const spec: RelationSpec = RELATIONS[relation];
  const parents = [...new Set(keys.map((k) => k.parentId))];
  const { terms, read, where: keyWhere, params: keyParams } = pageOrder(spec.order, page);
  const conditions = [whereOf(spec, 1, kind), ...keyWhere].join(' AND ');
  // One branch per parent, each its own ORDER BY ... LIMIT on the parent's index: the cost is the
  // page size per parent, not the parent's number of children (a window over every child was).
  const branch = `SELECT * FROM (SELECT ${spec.parent} AS parent, ${spec.child} AS child, ${keyColumns(terms)}
      FROM ${spec.from} WHERE ${conditions} ORDER BY ${orderSql(read)} LIMIT ?) AS b`;
  const pages = `${parents.map(() => branch).join('\n  UNION ALL ')}
    ORDER BY parent, ${orderSql(read, (i) => `o${i}`)}`;
  // When the children are entities, the same statement reads them (their loader is primed below).
  const childLoader = spec.entity ? children[spec.entity] : undefined;
  const sql = childLoader
    ? `SELECT x.*, ${childLoader.rows.columns('c', CHILD_PREFIX)} FROM (${pages}) AS x JOIN "${childLoader.rows.table}" c ON c.id = x.child
    ORDER BY x.parent, ${orderSql(read, (i) => `x.o${i}`)}`
    : pages;
  const params = parents.flatMap((p) => [p, ...(kind && spec.kindColumn ? [kind] : []), ...keyParams, page.limit + 1]);
  const rows: Array<Record<string, unknown> & { parent: number; child: number | string }> = await ds.query(sql, params);
  if (childLoader) primeFrom(childLoader, rows, CHILD_PREFIX);
  const byParent = new Map<number, typeof rows>(parents.map((p) => [p, []]));
  for (const row of rows) byParent.get(row.parent)!.push(row);
  const result = new Map<number, RelationPage>();
  for (const [parent, list] of byParent) {
    const { rows: kept, cursors, hasNextPage, hasPreviousPage } = pageOf(page, list, (row) => encodeKeyCursor(keyOf(row, terms)));
    result.set(parent, { children: kept.map((r) => r.child), cursors, hasNextPage, hasPreviousPage });
  }
  return result;
}

/**
 * Pages of relations for many parents at once: one statement per (relation, page, cursor, kind) in a
 * batch, however many parents ask: a UNION ALL of per-parent pages (maxBatchSize 500 keeps it
 * within SQLite's 500 compound terms). Created per request (see createLoaders).
 */
export function relationPageLoader(ds: DataSource, options: LoaderOptions = {}, children: ChildLoaders = {}): DataLoader<RelationPageKey, RelationPage, string> {
  return requestLoader(async (keys) => {
    const results = new Map<RelationPageKey, RelationPage>();
    // The groups' statements run side by side, each on a read connection of its own.
    await Promise.all(groupKeys(keys, pageId).map(async (group) => {
      const pages = await loadPages(ds, group, children);
      for (const key of group) results.set(key, pages.get(key.parentId)!);
    }));
    return keys.map((key) => results.get(key)!);
  }, options, { cacheKeyFn: (k) => `${k.relation}|${k.parentId}|${pageId(k)}|${k.kind ?? ''}` });
}

/** Total counts of relations for many parents at once: one GROUP BY query per (relation, kind). */
export function relationCountLoader(ds: DataSource, options: LoaderOptions = {}): DataLoader<RelationCountKey, number, string> {
  return requestLoader(async (keys) => {
    const counts = new Map<string, number>();
    await Promise.all(groupKeys(keys, () => '').map(async (group) => {
      const { relation, kind } = group[0];
      const spec: RelationSpec = RELATIONS[relation];
      const parents = [...new Set(group.map((k) => k.parentId))];
      const sql = `SELECT ${spec.parent} AS parent, COUNT(*) AS n FROM ${spec.from} WHERE ${whereOf(spec, parents.length, kind)} GROUP BY ${spec.parent}`;
      const rows: { parent: number; n: number }[] = await ds.query(sql, [...parents, ...(kind && spec.kindColumn ? [kind] : [])]);
      for (const row of rows) counts.set(`${relation}|${kind ?? ''}|${row.parent}`, row.n);
    }));
    return keys.map((k) => counts.get(`${k.relation}|${k.kind ?? ''}|${k.parentId}`) ?? 0);
  }, options, { cacheKeyFn: (k) => `${k.relation}|${k.parentId}|${k.kind ?? ''}` });
}
