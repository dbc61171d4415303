import { Field, ID, InputType } from 'type-graphql';
import { EventKind } from '../../entities/enums';

/** Narrow a list of events; every given condition must hold. */
@InputType({ description: 'Conditions on events; all given conditions must hold.' })
export class EventFilter {
  @Field(() => String, { nullable: true, description: 'Events that end on or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Events that start on or before this date (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Events held at this place (by name).' })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events held at this place (by id).' })
  placeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Events with this participant: a person or an organization, by name.' })
  participant?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events in which this person took part (by id).' })
  participantPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events in which this organization took part (by id).' })
  participantOrganizationId?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'Only events of this kind.' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'Full-text search in the event\'s name.' })
  search?: string | null;
}
