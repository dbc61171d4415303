import { createUnionType } from 'type-graphql';
import { Organization, Person } from '../../entities';

/** A person or an organization taking part in an event. */
export const Participant = createUnionType({
  name: 'Participant',
  description: 'A person or an organization taking part in an event.',
  types: () => [Person, Organization] as const,
  resolveType: (value) => (value instanceof Person ? Person : Organization),
});
