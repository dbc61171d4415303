import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Article } from '../entities';
import { ingestArticle } from '../ingest/ingest.service';
import { announceArticle } from '../subscriptions/events';
import { IngestArticleInput } from './inputs/ingest-article.input';

export enum IngestStatus { NEW = 'NEW', DUPLICATE = 'DUPLICATE' }
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  valuesConfig: { NEW: { description: 'The article was added to the graph.' }, DUPLICATE: { description: 'The article was already stored (same url or same story); nothing changed.' } },
  description: 'NEW: the article was added. DUPLICATE: it was already there (same url or same story); nothing changed.',
});

@ObjectType({ simpleResolvers: true, description: 'How much one article added to the graph.' })
export class IngestCounts {
  @Field(() => Int, { description: 'Quotes found (direct and indirect).' }) quotes!: number;
  @Field(() => Int, { description: 'Direct quotes found.' }) directQuotes!: number;
  @Field(() => Int, { description: 'Reported-speech quotes found.' }) indirectQuotes!: number;
  @Field(() => Int, { description: 'People named.' }) people!: number;
  @Field(() => Int, { description: 'Organizations named.' }) organizations!: number;
  @Field(() => Int, { description: 'Places named.' }) places!: number;
  @Field(() => Int, { description: 'Events named.' }) events!: number;
  @Field(() => Int, { description: 'Entities that were new to the graph (the rest matched existing ones).' }) newEntities!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of ingesting one article.' })
export class IngestResult {
  @Field(() => IngestStatus, { description: 'Whether the article was new or already stored.' }) status!: IngestStatus;
  @Field(() => Boolean, { description: 'True when the article was already stored; nothing changed.' }) duplicate!: boolean;
  @Field(() => String, { nullable: true, description: 'For a duplicate: "url" or "content", what it matched on.' }) duplicateOf!: string | null;
  @Field(() => Article, { description: 'The stored article (the existing one for a duplicate).' }) article!: Article;
  @Field(() => IngestCounts, { description: 'What the extraction found in this article.' }) counts!: IngestCounts;
  @Field(() => [String], { description: 'Things the extraction was unsure of, e.g. an assumed time zone.' }) warnings!: string[];
}

/** Mutations need a valid API key; the error says how to send one. */
export function requireWriteAccess(ctx: Context): void {
  if (!ctx.canWrite) {
    throw new GraphQLError('writing needs an API key: send "Authorization: Bearer <key>" with a key from API_KEYS', { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, { description: 'Add one raw article to the graph: extracts quotes, people, organizations, places and events, and links them to what is already known. Needs an API key. Idempotent.' })
  async ingestArticle(@Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput, @Ctx() ctx: Context): Promise<IngestResult> {
    requireWriteAccess(ctx);
    const outcome = await ingestArticle(ctx.db, input, ctx.config, ctx.extractor);
    const article = await ctx.db.writer.getRepository(Article).findOneByOrFail({ id: outcome.articleId });
    ctx.log.info({ articleId: outcome.articleId, duplicate: outcome.duplicate, counts: outcome.counts }, 'article ingested');
    if (!outcome.duplicate) await announceArticle(ctx.db, outcome.articleId);
    return {
      status: outcome.duplicate ? IngestStatus.DUPLICATE : IngestStatus.NEW,
      duplicate: outcome.duplicate,
      duplicateOf: outcome.duplicateOf ?? null,
      article,
      counts: outcome.counts,
      warnings: outcome.warnings,
    };
  }
}
