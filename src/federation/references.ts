import type { Context } from '../context';
import { NodeType, parseId } from '../queries/ids';

/** The entity types other subgraphs can reference by `id`, and the loader each resolves through. */
export const ENTITY_LOADERS = {
  Article: 'article',
  Person: 'person',
  Organization: 'organization',
  Event: 'event',
  Place: 'place',
  Quote: 'quote',
  Statement: 'statement',
} as const;

/**
 * `__resolveReference` for every entity: a representation `{ __typename, id }` is loaded through
 * the request's DataLoader, so a batch of representations costs one query per type.
 */
export function referenceResolvers(): Record<string, { __resolveReference(ref: { id: string }, ctx: Context): Promise<unknown> }> {
  const resolvers: Record<string, { __resolveReference(ref: { id: string }, ctx: Context): Promise<unknown> }> = {};
  for (const [type, loader] of Object.entries(ENTITY_LOADERS)) {
    resolvers[type] = {
      __resolveReference: (ref, ctx) => (ctx.loaders[loader] as { load(id: number): Promise<unknown> }).load(parseId(ref.id, `${type}.id`, type as NodeType)),
    };
  }
  return resolvers;
}
