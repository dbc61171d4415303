import { Field, InputType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../scalars/date-time.scalar';

export enum ArticleFormat { TEXT = 'text', HTML = 'html' }
registerEnumType(ArticleFormat, {
  name: 'ArticleFormat',
  valuesConfig: { TEXT: { description: 'Plain text.' }, HTML: { description: 'An HTML page; menus, scripts and other page furniture are removed.' } },
  description: 'Whether the article is plain text or HTML.',
});

/** One raw article to add to the graph. */
@InputType({ description: 'A raw article to add to the graph, as scraped: plain text or HTML, page furniture and all.' })
export class IngestArticleInput {
  @Field(() => String, { description: 'The article as scraped: plain text (menus and footers may stay) or HTML.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where it was published (absolute http(s) URL). Ingesting the same url again is a no-op.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet or agency; found in the text (e.g. "(Reuters)") when omitted.' })
  source?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published; found in the text when omitted.' })
  publishedAt?: string | null;

  @Field(() => ArticleFormat, { nullable: true, description: 'Plain text or HTML; detected when omitted.' })
  format?: ArticleFormat | null;
}
