import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Page } from '../queries/page';
import type { LoaderOptions } from './by-id.loader';
import { RELATIONS, RelationName, RelationSpec } from './relations';

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
  hasNextPage: boolean;
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

/** Group keys that can share one query: same relation, same page, same kind. */
function groupKeys<K extends { relation: string; kind?: string | null }>(keys: readonly K[], extra: (k: K) => string) {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const id = `${key.relation}|${key.kind ?? ''}|${extra(key)}`;
    groups.set(id, [...(groups.get(id) ?? []), key]);
  }
  return [...groups.values()];
}

/** The ORDER BY terms of a spec as [expression, direction] pairs, so a branch can select them. */
function orderTerms(order: string): [string, string][] {
  return order.split(',').map((term) => {
    const m = /^(.*?)(?:\s+(ASC|DESC))?$/i.exec(term.trim())!;
    return [m[1], (m[2] ?? 'ASC').toUpperCase()];
  });
}

async function loadPages(ds: DataSource, keys: RelationPageKey[]): Promise<Map<number, RelationPage>> {
  const { relation, page, kind } = keys[0];
  const spec: RelationSpec = RELATIONS[relation];
  const parents = [...new Set(keys.map((k) => k.parentId))];
  const terms = orderTerms(spec.order);
  const keyCols = terms.map(([expr], i) => `${expr} AS o${i}`).join(', ');
  // One branch per parent, each its own ORDER BY ... LIMIT on the parent's index: the cost is the
  // page size per parent, not the parent's number of children (a window over every child was).
  const branch = `SELECT * FROM (SELECT ${spec.parent} AS parent, ${spec.child} AS child, ${keyCols}
      FROM ${spec.from} WHERE ${whereOf(spec, 1, kind)} ORDER BY ${spec.order} LIMIT ? OFFSET ?)`;
  const sql = `${parents.map(() => branch).join('\n  UNION ALL ')}
    ORDER BY parent, ${terms.map(([, dir], i) => `o${i} ${dir}`).join(', ')}`;
  const params = parents.flatMap((p) => [p, ...(kind && spec.kindColumn ? [kind] : []), page.limit + 1, page.offset]);
  const rows: { parent: number; child: number | string }[] = await ds.query(sql, params);
  const pages = new Map<number, RelationPage>(parents.map((p) => [p, { children: [], hasNextPage: false }]));
  for (const row of rows) {
    const entry = pages.get(row.parent)!;
    if (entry.children.length < page.limit) entry.children.push(row.child);
    else entry.hasNextPage = true;
  }
  return pages;
}

/**
 * Pages of relations for many parents at once: one statement per (relation, page, kind) in a
 * batch, however many parents ask: a UNION ALL of per-parent pages (maxBatchSize 500 keeps it
 * within SQLite's 500 compound terms). Created per request (see createLoaders).
 */
export function relationPageLoader(ds: DataSource, options: LoaderOptions = {}): DataLoader<RelationPageKey, RelationPage, string> {
  return new DataLoader(async (keys) => {
    const results = new Map<RelationPageKey, RelationPage>();
    for (const group of groupKeys(keys, (k) => `${k.page.offset}:${k.page.limit}`)) {
      const pages = await loadPages(ds, group);
      for (const key of group) results.set(key, pages.get(key.parentId)!);
    }
    return keys.map((key) => results.get(key)!);
  }, { cacheKeyFn: (k) => `${k.relation}|${k.parentId}|${k.page.offset}|${k.page.limit}|${k.kind ?? ''}`, maxBatchSize: 500, ...options });
}

/** Total counts of relations for many parents at once: one GROUP BY query per (relation, kind). */
export function relationCountLoader(ds: DataSource, options: LoaderOptions = {}): DataLoader<RelationCountKey, number, string> {
  return new DataLoader(async (keys) => {
    const counts = new Map<string, number>();
    for (const group of groupKeys(keys, () => '')) {
      const { relation, kind } = group[0];
      const spec: RelationSpec = RELATIONS[relation];
      const parents = [...new Set(group.map((k) => k.parentId))];
      const sql = `SELECT ${spec.parent} AS parent, COUNT(*) AS n FROM ${spec.from} WHERE ${whereOf(spec, parents.length, kind)} GROUP BY ${spec.parent}`;
      const rows: { parent: number; n: number }[] = await ds.query(sql, [...parents, ...(kind && spec.kindColumn ? [kind] : [])]);
      for (const row of rows) counts.set(`${relation}|${kind ?? ''}|${row.parent}`, row.n);
    }
    return keys.map((k) => counts.get(`${k.relation}|${k.kind ?? ''}|${k.parentId}`) ?? 0);
  }, { cacheKeyFn: (k) => `${k.relation}|${k.parentId}|${k.kind ?? ''}`, maxBatchSize: 500, ...options });
}
