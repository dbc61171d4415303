import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Alias, Person, PersonRole } from '../entities';
import { EntityType, QuoteKind } from '../entities/enums';
import { personListSpec } from '../queries/entity.query';
import { ConnectionArgs } from './args/connection.args';
import { aligned, listConnection, relationConnection } from './connection.helpers';
import { aliasNames, aliasRecords, findOne } from './entity.helpers';
import { ArticleConnection, EventConnection, OrganizationConnection, PersonConnection, QuoteConnection } from './types/connections';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person, by id or by name (full name, alias or surname; the first match).' })
  person(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The person\'s id.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'A name the person goes by.' }) name?: string,
  ): Promise<Person | null> {
    return findOne(ctx, EntityType.PERSON, id, name);
  }

  @Query(() => PersonConnection, { description: 'People, by name; narrow by a search, an organization they held a role at, or a role title.' })
  async people(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Full-text search in names, aliases and role titles.' }) search?: string,
    @Arg('organization', () => String, { nullable: true, description: 'Only people who held a role at this organization (name or acronym).' }) organization?: string,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only people who held a role at this organization (id).' }) organizationId?: string,
    @Arg('role', () => String, { nullable: true, description: 'Only people who held a role whose title contains this, e.g. "minister".' }) role?: string,
  ): Promise<PersonConnection> {
    const spec = await personListSpec(ctx.db.reader, { search, organization, organizationId, role });
    return listConnection(ctx, PersonConnection, spec, args, ctx.loaders.person);
  }

  @FieldResolver(() => [String], { description: 'Other names seen for this person: surname alone, spelling and transliteration variants.' })
  aliases(@Root() person: Person, @Ctx() ctx: Context): Promise<string[]> {
    return aliasNames(ctx, EntityType.PERSON, person.id, person.name);
  }

  @FieldResolver(() => [Alias], { description: 'Every name this person goes by, each with why it was taken to mean them.' })
  aliasDetails(@Root() person: Person, @Ctx() ctx: Context): Promise<Alias[]> {
    return aliasRecords(ctx, EntityType.PERSON, person.id);
  }

  @FieldResolver(() => [PersonRole], { description: 'Offices the person held as articles reported them, newest first.' })
  async roles(
    @Root() person: Person,
    @Ctx() ctx: Context,
    @Arg('distinct', () => Boolean, { defaultValue: true, description: 'One entry per title and organization (the latest report) instead of one per article.' }) distinct: boolean,
  ): Promise<PersonRole[]> {
    return distinct ? ctx.loaders.distinctRolesByPerson.load(person.id) : ctx.loaders.rolesByPerson.load(person.id);
  }

  @FieldResolver(() => QuoteConnection, { description: 'What the person said, newest first.' })
  quotes(
    @Root() person: Person, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context,
    @Arg('kind', () => QuoteKind, { nullable: true, description: 'Only direct quotes or only reported speech.' }) kind?: QuoteKind,
  ): Promise<QuoteConnection> {
    return relationConnection(ctx, QuoteConnection, 'quotesBySpeaker', person.id, args, (ids) => aligned(ctx.loaders.quote, ids as number[]), kind);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention the person, newest first.' })
  articles(@Root() person: Person, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ArticleConnection> {
    return relationConnection(ctx, ArticleConnection, 'articlesByPerson', person.id, args, (ids) => aligned(ctx.loaders.article, ids as number[]));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations the person held a role at.' })
  organizations(@Root() person: Person, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<OrganizationConnection> {
    return relationConnection(ctx, OrganizationConnection, 'organizationsByPerson', person.id, args, (ids) => aligned(ctx.loaders.organization, ids as number[]));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the person took part in, newest first.' })
  events(@Root() person: Person, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    return relationConnection(ctx, EventConnection, 'eventsByPerson', person.id, args, (ids) => aligned(ctx.loaders.event, ids as number[]));
  }
}
