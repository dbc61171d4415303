import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Node } from '../entities/node.interface';
import { fromGlobalId, NodeType, toGlobalId } from '../queries/ids';

/** The loader that fetches each node type (one per request, see createLoaders). */
const LOADER: Record<NodeType, 'article' | 'person' | 'organization' | 'place' | 'event' | 'quote' | 'role' | 'statement'> = {
  Article: 'article', Person: 'person', Organization: 'organization', Place: 'place', Event: 'event', Quote: 'quote', PersonRole: 'role', Statement: 'statement',
};

function load(ctx: Context, id: string): Promise<unknown> | null {
  const global = fromGlobalId(id);
  if (!global) throw new GraphQLError(`"id" is not a global id of this API: ${JSON.stringify(id.slice(0, 60))}`, { extensions: { code: 'BAD_USER_INPUT', argument: 'id', value: id } });
  return (ctx.loaders[LOADER[global.type]] as { load(id: number): Promise<unknown> }).load(global.id);
}

/** Relay object identification: Node.id for every type, node(id:) and nodes(ids:). */
@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID, { description: 'Global id of the object (type and key, opaque).' })
  id(@Root() root: { id: number }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name as NodeType, root.id);
  }

  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when nothing has that id.' })
  node(@Arg('id', () => ID, { description: 'A global id, as the `id` field of any object gives it.' }) id: string, @Ctx() ctx: Context): Promise<unknown> | null {
    return load(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by their global ids, in the order asked (null where nothing has the id); at most 100.' })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids, at most 100.' }) ids: string[], @Ctx() ctx: Context): Promise<unknown[]> {
    if (ids.length > 100) throw new GraphQLError(`"ids" holds ${ids.length} ids; the limit is 100`, { extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
    return Promise.all(ids.map((id) => load(ctx, id)));
  }
}
