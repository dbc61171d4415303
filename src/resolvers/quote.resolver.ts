import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { Article, Event, Person, PersonRole, Quote, Statement } from '../entities';
import { DateOrder } from '../entities/enums';
import { parseId } from '../queries/ids';
import { quoteListSpec } from '../queries/quote.query';
import { ConnectionArgs } from './args/connection.args';
import { listConnection } from './connection.helpers';
import { QuoteFilter } from '../queries/inputs/quote-filter.input';
import { QuoteConnection } from './types/connections';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: 'Quotes, newest first unless `order` says otherwise; narrow them with `filter` (e.g. every quote by a named official).' })
  async quotes(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => QuoteFilter, { nullable: true, description: 'Conditions the quotes must meet.' }) filter?: QuoteFilter,
    @Arg('order', () => DateOrder, { nullable: true, defaultValue: DateOrder.NEWEST_FIRST, description: 'Newest or oldest first.' }) order?: DateOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<QuoteConnection> {
    // The speaker, their role and the article, when asked for, come in the page's own statement.
    const toOne = [
      { field: 'speaker', fk: 'speakerId', loader: ctx.loaders.person },
      { field: 'speakerRole', fk: 'speakerRoleId', loader: ctx.loaders.role },
      { field: 'article', fk: 'articleId', loader: ctx.loaders.article },
    ];
    return listConnection(ctx, QuoteConnection, await quoteListSpec(ctx.db.reader, filter ?? {}, order), args, ctx.loaders.quote, toOne, info);
  }

  @Query(() => Quote, { nullable: true, description: 'One quote by id.' })
  quote(@Arg('id', () => ID, { description: 'The quote\'s id.' }) id: string, @Ctx() ctx: Context): Promise<Quote | null> {
    return ctx.loaders.quote.load(parseId(id, 'id', 'Quote'));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who said it; null when the article does not say.' })
  speaker(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Person | null> | null {
    return quote.speakerId ? ctx.loaders.person.load(quote.speakerId) : null;
  }

  @FieldResolver(() => PersonRole, { nullable: true, description: 'The office the speaker held when saying it, as the article gave it.' })
  speakerRole(@Root() quote: Quote, @Ctx() ctx: Context): Promise<PersonRole | null> | null {
    return quote.speakerRoleId ? ctx.loaders.role.load(quote.speakerRoleId) : null;
  }

  @FieldResolver(() => Article, { description: 'The article that reported it.' })
  async article(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Article> {
    return (await ctx.loaders.article.load(quote.articleId))!;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where it was said, when the article says.' })
  event(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Event | null> | null {
    return quote.eventId ? ctx.loaders.event.load(quote.eventId) : null;
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement this quote reports: the same words by the same speaker in every article that carried them. Null when the speaker is unknown.' })
  statement(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Statement | null> | null {
    return quote.statementId ? ctx.loaders.statement.load(quote.statementId) : null;
  }

  @FieldResolver(() => String, { description: 'The sentence (or sentences) of the article the quote stands in.' })
  async context(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string> {
    const body = await ctx.loaders.articleBody.load(quote.articleId);
    return body.slice(quote.sentenceStart, quote.sentenceEnd).trim();
  }
}
