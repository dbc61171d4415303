import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { Event, Organization, Person, Place } from '../entities';
import { EntityType, QuoteKind } from '../entities/enums';
import { eventListSpec } from '../queries/entity.query';
import { ConnectionArgs } from './args/connection.args';
import { aligned, listConnection, relationConnection } from './connection.helpers';
import { aliasNames, findOne } from './entity.helpers';
import { EventFilter } from '../queries/inputs/event-filter.input';
import { ArticleConnection, EventConnection, ParticipantConnection, QuoteConnection } from './types/connections';

/** Load "PERSON:1" / "ORGANIZATION:2" participant tags, in order. */
async function loadParticipants(ctx: Context, tags: string[]): Promise<(Person | Organization | null)[]> {
  const rows = await Promise.all(tags.map((tag) => {
    const [type, id] = tag.split(':');
    return type === EntityType.PERSON ? ctx.loaders.person.load(Number(id)) : ctx.loaders.organization.load(Number(id));
  }));
  return rows;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event, by id or by name.' })
  event(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The event\'s id.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Its name.' }) name?: string,
  ): Promise<Event | null> {
    return findOne(ctx, EntityType.EVENT, id, name);
  }

  @Query(() => EventConnection, { description: 'Events, newest first; narrow by dates, place, participant, kind or a search.' })
  async events(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions the events must meet.' }) filter?: EventFilter,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<EventConnection> {
    const toOne = [{ field: 'place', fk: 'placeId', loader: ctx.loaders.place }];
    return listConnection(ctx, EventConnection, await eventListSpec(ctx.db.reader, filter ?? {}), args, ctx.loaders.event, toOne, info);
  }

  @FieldResolver(() => [String], { description: 'Other names seen for the event.' })
  aliases(@Root() event: Event, @Ctx() ctx: Context): Promise<string[]> {
    return aliasNames(ctx, EntityType.EVENT, event.id, event.name);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it took place, when known.' })
  place(@Root() event: Event, @Ctx() ctx: Context): Promise<Place | null> | null {
    return event.placeId ? ctx.loaders.place.load(event.placeId) : null;
  }

  @FieldResolver(() => ParticipantConnection, { description: 'People and organizations that took part: people first.' })
  participants(@Root() event: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ParticipantConnection> {
    return relationConnection(ctx, ParticipantConnection, 'participantsByEvent', event.id, args, (tags) => loadParticipants(ctx, tags as string[]));
  }

  @FieldResolver(() => QuoteConnection, { description: 'What was said at the event, newest first.' })
  quotes(
    @Root() event: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context,
    @Arg('kind', () => QuoteKind, { nullable: true, description: 'Only direct quotes or only reported speech.' }) kind?: QuoteKind,
  ): Promise<QuoteConnection> {
    return relationConnection(ctx, QuoteConnection, 'quotesByEvent', event.id, args, (ids) => aligned(ctx.loaders.quote, ids as number[]), kind);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that report the event, newest first.' })
  articles(@Root() event: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ArticleConnection> {
    return relationConnection(ctx, ArticleConnection, 'articlesByEvent', event.id, args, (ids) => aligned(ctx.loaders.article, ids as number[]));
  }
}
