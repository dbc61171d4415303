import { Field, Float, ID, InputType } from 'type-graphql';
import { QuoteKind } from '../../entities/enums';
import { DateTimeScalar } from '../../scalars/date-time.scalar';

/** Narrow a list of quotes; every given condition must hold. */
@InputType({ description: 'Conditions on quotes; all given conditions must hold.' })
export class QuoteFilter {
  @Field(() => String, { nullable: true, description: 'Who said it, by name: full name, alias, surname alone, initial and surname; case, accents and transliteration variants (Sergei/Sergey) do not matter.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who said it, by person id.' })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Quotes by people who held a role at this organization (by name or acronym).' })
  organization?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quotes by people who held a role at this organization (by id).' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quotes said at this event.' })
  eventId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quotes from this article.' })
  articleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Quotes whose speaker held a role with this title, e.g. "minister" (matches part of the title).' })
  roleTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search in the quoted words.' })
  text?: string | null;

  @Field(() => QuoteKind, { nullable: true, description: 'Only direct quotes or only reported speech.' })
  kind?: QuoteKind | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only quotes from articles published at or after this time.' })
  publishedAfter?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only quotes from articles published before this time.' })
  publishedBefore?: string | null;

  @Field(() => Float, { nullable: true, description: 'Only quotes attributed with at least this confidence (0 to 1).' })
  minConfidence?: number | null;
}
