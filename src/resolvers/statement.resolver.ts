import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Person, Quote, Statement } from '../entities';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Person, { description: 'Who said it.' })
  async speaker(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Person> {
    return (await ctx.loaders.person.load(statement.speakerId))!;
  }

  @FieldResolver(() => [Quote], { description: 'Every article\'s report of it, earliest first (undated articles last, in the order they were ingested).' })
  reports(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Quote[]> {
    return ctx.loaders.reportsByStatement.load(statement.id);
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When it was first reported: the publishedAt of the earliest report\'s article, or when that article was ingested if it has no date.' })
  async firstReported(@Root() statement: Statement, @Ctx() ctx: Context): Promise<string> {
    const [first] = await ctx.loaders.reportsByStatement.load(statement.id);
    const article = first ? await ctx.loaders.article.load(first.articleId) : null;
    return article?.publishedAt ?? article?.ingestedAt ?? new Date(0).toISOString();
  }
}
