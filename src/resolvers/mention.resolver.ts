import { createUnionType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Event, Mention, Organization, Person, Place } from '../entities';
import { EntityType } from '../entities/enums';

/** A person, organization, place or event. */
export const NamedEntity = createUnionType({
  name: 'NamedEntity',
  description: 'A person, organization, place or event named in an article.',
  types: () => [Person, Organization, Place, Event] as const,
});

const LOADER = { PERSON: 'person', ORGANIZATION: 'organization', PLACE: 'place', EVENT: 'event' } as const;

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => NamedEntity, { nullable: true, description: 'The person, organization, place or event named.' })
  entity(@Root() mention: Mention, @Ctx() ctx: Context): Promise<unknown> {
    const loader = ctx.loaders[LOADER[mention.entityType as EntityType]] as { load(id: number): Promise<unknown> };
    return loader.load(mention.entityId);
  }
}
