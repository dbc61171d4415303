import { Arg, Ctx, Root, Resolver, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { Article, Quote } from '../entities';
import { QuoteKind } from '../entities/enums';
import { createLoaders } from '../loaders';
import { articleListSpec } from '../queries/article.query';
import { ArticleFilter } from '../queries/inputs/article-filter.input';
import { isEmptyFilter, ListSpec } from '../queries/list';
import { quoteListSpec } from '../queries/quote.query';
import { AddedPayload, TOPICS } from '../subscriptions/events';

/** Whether the row `id` is in the list `spec` describes: the same matching as the list queries. */
async function inList(ctx: Context, spec: ListSpec, idColumn: string, id: number): Promise<boolean> {
  if (isEmptyFilter(spec)) return false;
  const anyOf = spec.anyOf ? [`${spec.anyOf.column} IN (${spec.anyOf.values.join(', ')})`] : [];
  const where = [...anyOf, ...spec.where, `${idColumn} = ?`].join(' AND ');
  const rows = await ctx.db.reader.query(`SELECT 1 FROM ${spec.from} WHERE ${where} LIMIT 1`, [...spec.params, id]);
  return rows.length > 0;
}

/** Each event is delivered with fresh loaders: a subscription lives longer than one request. */
function freshLoaders(ctx: Context): Context['loaders'] {
  ctx.loaders = createLoaders(ctx.db.reader);
  return ctx.loaders;
}

interface QuoteArgs { speaker?: string | null; organization?: string | null; kind?: QuoteKind | null }

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Quote, {
    topics: TOPICS.QUOTE_ADDED,
    filter: ({ payload, args, context }: { payload: AddedPayload; args: QuoteArgs; context: Context }) =>
      quoteListSpec(context.db.reader, { speaker: args.speaker, organization: args.organization, kind: args.kind }).then((spec) => inList(context, spec, 'q.id', payload.id)),
    description: 'Each quote stored from now on that matches: by speaker (matched as the `quotes` filter matches it), organization and kind. Fires after the ingest commits.',
  })
  async quoteAdded(
    @Root() payload: AddedPayload, @Ctx() ctx: Context,
    @Arg('speaker', () => String, { nullable: true, description: 'Who said it, matched as in `quotes(filter: { speaker })`.' }) _speaker?: string,
    @Arg('organization', () => String, { nullable: true, description: 'Quotes by people who held a role at this organization.' }) _organization?: string,
    @Arg('kind', () => QuoteKind, { nullable: true, description: 'Only direct quotes or only reported speech.' }) _kind?: QuoteKind,
  ): Promise<Quote> {
    return (await freshLoaders(ctx).quote.load(payload.id))!;
  }

  @Subscription(() => Article, {
    topics: TOPICS.ARTICLE_ADDED,
    filter: ({ payload, args, context }: { payload: AddedPayload; args: { filter?: ArticleFilter }; context: Context }) =>
      articleListSpec(context.db.reader, args.filter ?? {}).then((spec) => inList(context, spec, 'a.id', payload.id)),
    description: 'Each article stored from now on that matches the filter (as `articles(filter:)` matches). Fires after the ingest commits.',
  })
  async articleAdded(
    @Root() payload: AddedPayload, @Ctx() ctx: Context,
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Which articles to hear about; all when omitted.' }) _filter?: ArticleFilter,
  ): Promise<Article> {
    return (await freshLoaders(ctx).article.load(payload.id))!;
  }
}
