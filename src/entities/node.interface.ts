import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay object identification: every object with an identity implements Node, and its `id` is a
 * global id (type and key, opaque) that `node(id:)` resolves and every id argument accepts.
 */
// No resolveType: type-graphql's own picks the implementing class by instanceof, synchronously
// (graphql-jit needs a type resolver that does not return a promise; type-graphql wraps custom ones in one).
@InterfaceType('Node', {
  description: 'An object with a global id: pass it to node(id:) or any id argument.',
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id of the object (type and key, opaque); stable for the object\'s life.' })
  id!: string;
}
