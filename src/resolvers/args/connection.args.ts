import { ArgsType, Field, Int } from 'type-graphql';

/**
 * Relay pagination: `first` items after the `after` cursor, or `last` items before `before`.
 * Cursors hold the item's sort keys, so pages stay put while newer items arrive.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return: 0 to 100, 20 when omitted.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an edge\'s `cursor` or `pageInfo.endCursor`).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page backward: how many items before `before` (0 to 100), in list order.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items before this cursor (an edge\'s `cursor` or `pageInfo.startCursor`).' })
  before?: string | null;
}
