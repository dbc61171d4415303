import DataLoader from 'dataloader';
import { BatchGate, requestLoader } from './batch-gate';
import { ColumnPlan } from './column-plan';
import { DataSource, In } from 'typeorm';
import { Alias, Article, Event, Mention, Organization, Person, PersonRole, Place, Quote, Statement } from '../entities';
import { EntityType } from '../entities/enums';
import { byColumnLoader, byIdLoader, columnLoader, groupInKeyOrder, LoaderOptions } from './by-id.loader';
import { distinctRolesLoader } from './distinct-roles.loader';
import { ChildLoaders, relationCountLoader, relationPageLoader } from './relation.loader';
import { reportsLoader } from './statement.loader';

/** Aliases of many entities in one query, keyed "TYPE:id". */
function aliasLoader(ds: DataSource, options: LoaderOptions): DataLoader<string, Alias[]> {
  return requestLoader<string, Alias[]>(async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const ids = [...new Set(pairs.map(([, id]) => Number(id)))];
    const types = [...new Set(pairs.map(([type]) => type as EntityType))];
    const rows = await ds.getRepository(Alias).find({ where: { entityType: In(types), entityId: In(ids) }, order: { id: 'ASC' } });
    return groupInKeyOrder(keys, rows, (a) => `${a.entityType}:${a.entityId}`);
  }, options);
}

/**
 * The DataLoaders of one request. Lifetime: one set per GraphQL request, made in createContext,
 * so caches never outlive a request or leak data between clients. Every relation goes through
 * these, so a nested query costs a fixed number of statements whatever the number of parents.
 *
 * `options` are DataLoader settings; `{ batch: false, cache: false }` (the benchmarks' naive variant) makes
 * every loader run one query per parent, as plain per-parent resolvers would.
 */
export function createLoaders(ds: DataSource, settings: LoaderOptions = {}) {
  // The columns the operation needs; set by columnPlanPlugin once the operation is known (every column until then).
  const columns = settings.plan ?? new ColumnPlan();
  // One gate per request: a batch waits while another of this request reads (loaders/batch-gate.ts).
  // The naive variant (batch: false) stays as plain per-parent resolvers would be: no gate, every column.
  const options: LoaderOptions = settings.batch === false ? settings : { gate: new BatchGate(), plan: columns, ...settings };
  const entities = {
    // An article's body is read only when a query asks for it (body, a quote's context): articleBody.
    article: byIdLoader(ds, Article, options, ['body']),
    person: byIdLoader(ds, Person, options),
    organization: byIdLoader(ds, Organization, options),
    place: byIdLoader(ds, Place, options),
    event: byIdLoader(ds, Event, options),
    quote: byIdLoader(ds, Quote, options),
  };
  return {
    ...entities,
    columns,
    articleBody: columnLoader(ds, 'article', 'body', options),
    role: byIdLoader(ds, PersonRole, options),
    statement: byIdLoader(ds, Statement, options),
    reportsByStatement: reportsLoader(ds, options),
    rolesByPerson: byColumnLoader(ds, PersonRole, 'personId', { asOf: 'DESC', id: 'DESC' }, options),
    distinctRolesByPerson: distinctRolesLoader(ds, options),
    mentionsByArticle: byColumnLoader(ds, Mention, 'articleId', { firstOffset: 'ASC', id: 'ASC' }, options),
    aliases: aliasLoader(ds, options),
    // Relation pages read their children's rows too, priming the loaders above.
    relationPage: relationPageLoader(ds, options, entities as ChildLoaders),
    relationCount: relationCountLoader(ds, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
