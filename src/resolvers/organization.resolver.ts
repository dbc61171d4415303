import { isPostgres } from '../db/dialect';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Alias, Organization } from '../entities';
import { EntityType, OrganizationKind, QuoteKind } from '../entities/enums';
import { namedListSpec } from '../queries/entity.query';
import { SearchKind } from '../queries/fts';
import { ConnectionArgs } from './args/connection.args';
import { aligned, listConnection, relationConnection } from './connection.helpers';
import { aliasNames, aliasRecords, findOne } from './entity.helpers';
import { ArticleConnection, EventConnection, OrganizationConnection, PersonConnection, QuoteConnection } from './types/connections';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization, by id, by name or short form, or by acronym.' })
  organization(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The organization\'s id.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Its name, a short form or a variant spelling.' }) name?: string,
    @Arg('acronym', () => String, { nullable: true, description: 'Its acronym, e.g. "NAS".' }) acronym?: string,
  ): Promise<Organization | null> {
    return findOne(ctx, EntityType.ORGANIZATION, id, name ?? acronym);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations by name; narrow by a search or a kind.' })
  organizations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Full-text search in names, acronyms and aliases.' }) search?: string,
    @Arg('kind', () => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' }) kind?: OrganizationKind,
  ): Promise<OrganizationConnection> {
    const spec = namedListSpec('organization', SearchKind.ORGANIZATION, { search, kind }, isPostgres(ctx.db.reader));
    return listConnection(ctx, OrganizationConnection, spec, args, ctx.loaders.organization);
  }

  @FieldResolver(() => [String], { description: 'Other names seen for it: acronyms, short forms, variant spellings.' })
  aliases(@Root() org: Organization, @Ctx() ctx: Context): Promise<string[]> {
    return aliasNames(ctx, EntityType.ORGANIZATION, org.id, org.name);
  }

  @FieldResolver(() => [Alias], { description: 'Every name it goes by, each with why it was taken to mean this organization.' })
  aliasDetails(@Root() org: Organization, @Ctx() ctx: Context): Promise<Alias[]> {
    return aliasRecords(ctx, EntityType.ORGANIZATION, org.id);
  }

  @FieldResolver(() => PersonConnection, { description: 'People who held a role at it.' })
  people(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<PersonConnection> {
    return relationConnection(ctx, PersonConnection, 'peopleByOrganization', org.id, args, (ids) => aligned(ctx.loaders.person, ids as number[]));
  }

  @FieldResolver(() => QuoteConnection, { description: 'What its people said, newest first.' })
  quotes(
    @Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context,
    @Arg('kind', () => QuoteKind, { nullable: true, description: 'Only direct quotes or only reported speech.' }) kind?: QuoteKind,
  ): Promise<QuoteConnection> {
    return relationConnection(ctx, QuoteConnection, 'quotesByOrganization', org.id, args, (ids) => aligned(ctx.loaders.quote, ids as number[]), kind);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention it, newest first.' })
  articles(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ArticleConnection> {
    return relationConnection(ctx, ArticleConnection, 'articlesByOrganization', org.id, args, (ids) => aligned(ctx.loaders.article, ids as number[]));
  }

  @FieldResolver(() => EventConnection, { description: 'Events it took part in, newest first.' })
  events(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    return relationConnection(ctx, EventConnection, 'eventsByOrganization', org.id, args, (ids) => aligned(ctx.loaders.event, ids as number[]));
  }
}
