import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../scalars/date-time.scalar';

/** Narrow a list of articles; every given condition must hold. */
@InputType({ description: 'Conditions on articles; all given conditions must hold.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Full-text search in the headline and story.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles that mention this person (by name, alias or surname).' })
  person?: string | null;

  @Field(() => ID, { nullable: true, description: 'Articles that mention this person (by id).' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles that mention this organization (by name, acronym or short form).' })
  organization?: string | null;

  @Field(() => ID, { nullable: true, description: 'Articles that mention this organization (by id).' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles that mention this place (by name).' })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'Articles that mention this place (by id).' })
  placeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Articles that report this event.' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles from this outlet or agency, e.g. "Reuters" (case does not matter).' })
  source?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only articles published at or after this time.' })
  publishedAfter?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only articles published before this time.' })
  publishedBefore?: string | null;
}
