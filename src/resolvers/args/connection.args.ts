import { ArgsType, Field, Int } from 'type-graphql';

/** Relay forward pagination: `first` items after the `after` cursor. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return: 0 to 100, 20 when omitted.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an edge\'s `cursor` or `pageInfo.endCursor`).' })
  after?: string | null;
}
