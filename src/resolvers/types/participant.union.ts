import { createUnionType } from 'type-graphql';
import { Organization, Person } from '../../entities';

/**
 * A person or an organization taking part in an event. The member is picked by instanceof (type-graphql's
 * default, synchronous; graphql-jit cannot await the promise type-graphql makes of a custom resolveType).
 */
export const Participant = createUnionType({
  name: 'Participant',
  description: 'A person or an organization taking part in an event.',
  types: () => [Person, Organization] as const,
});
