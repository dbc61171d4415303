import { isPostgres } from '../db/dialect';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Place } from '../entities';
import { EntityType, PlaceKind } from '../entities/enums';
import { namedListSpec } from '../queries/entity.query';
import { SearchKind } from '../queries/fts';
import { ConnectionArgs } from './args/connection.args';
import { aligned, listConnection, relationConnection } from './connection.helpers';
import { aliasNames, findOne } from './entity.helpers';
import { ArticleConnection, EventConnection, PlaceConnection } from './types/connections';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'One place, by id or by name.' })
  place(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The place\'s id.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Its name or another name for it.' }) name?: string,
  ): Promise<Place | null> {
    return findOne(ctx, EntityType.PLACE, id, name);
  }

  @Query(() => PlaceConnection, { description: 'Places by name; narrow by a search or a kind.' })
  places(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Full-text search in names.' }) search?: string,
    @Arg('kind', () => PlaceKind, { nullable: true, description: 'Only countries, regions or cities.' }) kind?: PlaceKind,
  ): Promise<PlaceConnection> {
    return listConnection(ctx, PlaceConnection, namedListSpec('place', SearchKind.PLACE, { search, kind }, isPostgres(ctx.db.reader)), args, ctx.loaders.place);
  }

  @FieldResolver(() => [String], { description: 'Other names seen for the place, e.g. "People\'s Republic of China".' })
  aliases(@Root() place: Place, @Ctx() ctx: Context): Promise<string[]> {
    return aliasNames(ctx, EntityType.PLACE, place.id, place.name);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention the place, newest first.' })
  articles(@Root() place: Place, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ArticleConnection> {
    return relationConnection(ctx, ArticleConnection, 'articlesByPlace', place.id, args, (ids) => aligned(ctx.loaders.article, ids as number[]));
  }

  @FieldResolver(() => EventConnection, { description: 'Events held at the place, newest first.' })
  events(@Root() place: Place, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    return relationConnection(ctx, EventConnection, 'eventsByPlace', place.id, args, (ids) => aligned(ctx.loaders.event, ids as number[]));
  }
}
