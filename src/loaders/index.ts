import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Alias, Article, Event, Organization, Person, PersonRole, Place, Quote } from '../entities';
import { EntityType } from '../entities/enums';
import { byColumnLoader, byIdLoader, groupInKeyOrder } from './by-id.loader';
import { relationCountLoader, relationPageLoader } from './relation.loader';

/** Aliases of many entities in one query, keyed "TYPE:id". */
function aliasLoader(ds: DataSource): DataLoader<string, Alias[]> {
  return new DataLoader<string, Alias[]>(async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const ids = [...new Set(pairs.map(([, id]) => Number(id)))];
    const types = [...new Set(pairs.map(([type]) => type as EntityType))];
    const rows = await ds.getRepository(Alias).find({ where: { entityType: In(types), entityId: In(ids) }, order: { id: 'ASC' } });
    return groupInKeyOrder(keys, rows, (a) => `${a.entityType}:${a.entityId}`);
  }, { maxBatchSize: 500 });
}

/**
 * The DataLoaders of one request. Lifetime: one set per GraphQL request, made in createContext,
 * so caches never outlive a request or leak data between clients. Every relation goes through
 * these, so a nested query costs a fixed number of statements whatever the number of parents.
 */
export function createLoaders(ds: DataSource) {
  return {
    article: byIdLoader(ds, Article),
    person: byIdLoader(ds, Person),
    organization: byIdLoader(ds, Organization),
    place: byIdLoader(ds, Place),
    event: byIdLoader(ds, Event),
    quote: byIdLoader(ds, Quote),
    role: byIdLoader(ds, PersonRole),
    rolesByPerson: byColumnLoader(ds, PersonRole, 'personId', { asOf: 'DESC', id: 'DESC' }),
    aliases: aliasLoader(ds),
    relationPage: relationPageLoader(ds),
    relationCount: relationCountLoader(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
