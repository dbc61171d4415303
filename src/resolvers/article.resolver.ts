import { GraphQLError } from 'graphql';
import { normalizeUrl, urlProblem } from '../ingest/input-checks';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Article, Mention, Place } from '../entities';
import { DateOrder, EntityType, QuoteKind } from '../entities/enums';
import { articleListSpec } from '../queries/article.query';
import { parseId } from '../queries/ids';
import { ConnectionArgs } from './args/connection.args';
import { aligned, listConnection, relationConnection } from './connection.helpers';
import { ArticleFilter } from '../queries/inputs/article-filter.input';
import { ArticleConnection, EventConnection, OrganizationConnection, PersonConnection, PlaceConnection, QuoteConnection } from './types/connections';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'One article, by id or by url.' })
  async article(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The article\'s id.' }) id?: string,
    @Arg('url', () => String, { nullable: true, description: 'The address it was published at.' }) url?: string,
  ): Promise<Article | null> {
    if ((id ? 1 : 0) + (url ? 1 : 0) !== 1) {
      throw new GraphQLError(`give exactly one of "id" or "url" (got ${id ? 'both' : 'neither'})`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (id) return ctx.loaders.article.load(parseId(id, 'id', 'Article'));
    const found = await ctx.db.reader.getRepository(Article).findOneBy(urlProblem(url!) ? { url: url! } : { urlKey: normalizeUrl(url!) });
    if (found) ctx.loaders.article.prime(found.id, found);
    return found;
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first unless `order` says otherwise; narrow them with `filter`.' })
  async articles(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Conditions the articles must meet.' }) filter?: ArticleFilter,
    @Arg('order', () => DateOrder, { nullable: true, defaultValue: DateOrder.NEWEST_FIRST, description: 'Newest or oldest first.' }) order?: DateOrder,
  ): Promise<ArticleConnection> {
    return listConnection(ctx, ArticleConnection, await articleListSpec(ctx.db.reader, filter ?? {}, order), args, ctx.loaders.article);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The place of the dateline, when it is a known place.' })
  datelinePlace(@Root() article: Article, @Ctx() ctx: Context): Promise<Place | null> | null {
    return article.datelinePlaceId ? ctx.loaders.place.load(article.datelinePlaceId) : null;
  }

  @FieldResolver(() => [Mention], { description: 'Everything the article names, in order of first mention, with how often.' })
  async mentions(
    @Root() article: Article, @Ctx() ctx: Context,
    @Arg('type', () => EntityType, { nullable: true, description: 'Only people, organizations, places or events.' }) type?: EntityType,
  ): Promise<Mention[]> {
    const all = await ctx.loaders.mentionsByArticle.load(article.id);
    return type ? all.filter((m) => m.entityType === type) : all;
  }

  @FieldResolver(() => QuoteConnection, { description: 'The quotes in the article, in reading order.' })
  quotes(
    @Root() article: Article, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context,
    @Arg('kind', () => QuoteKind, { nullable: true, description: 'Only direct quotes or only reported speech.' }) kind?: QuoteKind,
  ): Promise<QuoteConnection> {
    return relationConnection(ctx, QuoteConnection, 'quotesByArticle', article.id, args, (ids) => aligned(ctx.loaders.quote, ids as number[]), kind);
  }

  @FieldResolver(() => PersonConnection, { description: 'People the article mentions, in order of first mention.' })
  people(@Root() article: Article, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<PersonConnection> {
    return relationConnection(ctx, PersonConnection, 'peopleByArticle', article.id, args, (ids) => aligned(ctx.loaders.person, ids as number[]));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations the article mentions, in order of first mention.' })
  organizations(@Root() article: Article, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<OrganizationConnection> {
    return relationConnection(ctx, OrganizationConnection, 'organizationsByArticle', article.id, args, (ids) => aligned(ctx.loaders.organization, ids as number[]));
  }

  @FieldResolver(() => PlaceConnection, { description: 'Places the article mentions, in order of first mention.' })
  places(@Root() article: Article, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<PlaceConnection> {
    return relationConnection(ctx, PlaceConnection, 'placesByArticle', article.id, args, (ids) => aligned(ctx.loaders.place, ids as number[]));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the article reports, in order of first mention.' })
  events(@Root() article: Article, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    return relationConnection(ctx, EventConnection, 'eventsByArticle', article.id, args, (ids) => aligned(ctx.loaders.event, ids as number[]));
  }
}
