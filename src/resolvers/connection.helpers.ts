import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedOnNodes } from '../queries/selection';
import type { Context } from '../context';
import { RelationName } from '../loaders/relations';
import { ListSpec, listPage, ROW_PREFIX } from '../queries/list';
import { EntityLoader, primeFrom } from '../loaders/by-id.loader';
import { toPage } from '../queries/page';
import { ConnectionArgs } from './args/connection.args';
import { ConnectionShape, PageResult, toConnection } from './types/connection.type';

/** Load entities by id through a loader, in order, null where an id vanished (cursors stay aligned). */
export async function aligned<T>(loader: DataLoader<number, T | null>, ids: number[]): Promise<(T | null)[]> {
  const rows = await loader.loadMany(ids);
  return rows.map((r) => (r instanceof Error ? null : r));
}

/** Load entities by id through a loader, keeping order and dropping ids that vanished. */
export async function hydrate<T>(loader: DataLoader<number, T | null>, ids: number[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error));
}

/**
 * A to-one relation of a listed entity (`field` of the GraphQL type, through foreign-key column
 * `fk`, loaded by `loader`): when the query selects the field, the page statement joins it.
 */
export interface ToOneRelation { field: string; fk: string; loader: EntityLoader<any> }

/**
 * A top-level list as a connection: one statement reads the page and its entities (priming the
 * entity loader, so the nodes cost nothing more).
 */
export async function listConnection<T, C extends ConnectionShape<unknown>>(
  ctx: Context, type: new () => C, spec: ListSpec, args: ConnectionArgs, loader: EntityLoader<T>,
  toOne: ToOneRelation[] = [], info?: GraphQLResolveInfo,
): Promise<C> {
  const selected = info && toOne.length ? selectedOnNodes(info) : new Set<string>();
  const joins = toOne.filter((r) => selected.has(r.field)).map((r, i) => ({ fk: r.fk, rows: r.loader.rows, prefix: `j${i}_`, loader: r.loader }));
  const result = await listPage(ctx.db.reader, spec, toPage(args), loader.rows, joins);
  primeFrom(loader, result.rows, ROW_PREFIX);
  for (const j of joins) primeFrom(j.loader, result.rows, j.prefix);
  return toConnection(type, { ...result, nodes: await aligned(loader, result.nodes) });
}

/**
 * One page of a parent's relation as a connection, through the per-request relation loaders, so
 * sibling parents share one windowed query. `load` turns the children into nodes.
 */
export async function relationConnection<T, C extends ConnectionShape<unknown>>(
  ctx: Context, type: new () => C, relation: RelationName, parentId: number, args: ConnectionArgs,
  load: (children: (number | string)[]) => Promise<(T | null)[]>, kind?: string | null,
): Promise<C> {
  const page = toPage(args);
  const { children, cursors, hasNextPage, hasPreviousPage } = await ctx.loaders.relationPage.load({ relation, parentId, page, kind });
  const result: PageResult<T | null> = {
    page,
    nodes: await load(children),
    cursors,
    hasNextPage,
    hasPreviousPage,
    count: () => ctx.loaders.relationCount.load({ relation, parentId, kind }),
  };
  return toConnection(type, result);
}
