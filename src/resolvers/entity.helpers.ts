import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { Alias, Event, Organization, Person, Place } from '../entities';
import { EntityType } from '../entities/enums';
import { NODE_TYPE_OF, parseId } from '../queries/ids';
import { findIdsByName } from '../queries/lookup';
import { hydrate } from './connection.helpers';

/** Every alias record of an entity, canonical name included, oldest first. */
export function aliasRecords(ctx: Context, type: EntityType, id: number): Promise<Alias[]> {
  return ctx.loaders.aliases.load(`${type}:${id}`);
}

/** The other names of an entity: its alias names without the canonical one, without repeats. */
export async function aliasNames(ctx: Context, type: EntityType, id: number, canonical: string): Promise<string[]> {
  const names = (await aliasRecords(ctx, type, id)).map((a) => a.name).filter((n) => n !== canonical);
  return [...new Set(names)];
}

const LOADER_OF = {
  [EntityType.PERSON]: 'person',
  [EntityType.ORGANIZATION]: 'organization',
  [EntityType.PLACE]: 'place',
  [EntityType.EVENT]: 'event',
} as const;

type EntityOf = { PERSON: Person; ORGANIZATION: Organization; PLACE: Place; EVENT: Event };

/**
 * Find one entity by id or by name (the first id that the name matches). Exactly one of the two
 * must be given; the error says so.
 */
export async function findOne<K extends EntityType>(ctx: Context, type: K, id?: string | null, name?: string | null): Promise<EntityOf[K] | null> {
  if ((id ? 1 : 0) + (name ? 1 : 0) !== 1) {
    throw new GraphQLError(`give exactly one of "id" or "name" (got ${id ? 'both' : 'neither'})`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const loader = ctx.loaders[LOADER_OF[type]];
  const ids = id ? [parseId(id, 'id', NODE_TYPE_OF[type])] : await findIdsByName(ctx.db.reader, type, name!);
  const [found] = await hydrate(loader as never, ids.slice(0, 1));
  if (found || !id) return (found as EntityOf[K] | undefined) ?? null;
  // A merged id answers with the entity it was merged into (corrections/merge).
  const [redirect] = await ctx.db.reader.query('SELECT toId FROM entity_redirect WHERE entityType = ? AND fromId = ?', [type, ids[0]]);
  const [survivor] = redirect ? await hydrate(loader as never, [redirect.toId]) : [];
  return (survivor as EntityOf[K] | undefined) ?? null;
}
