import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { DefinitionNode, DirectiveLocation, GraphQLDirective, GraphQLNonNull, GraphQLSchema, GraphQLString, Kind, parse, print, specifiedDirectives } from 'graphql';
import { BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import { referenceResolvers } from './references';

/** Federation 2 directives this subgraph uses (see the @link below). */
const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/** A stand-in definition of @key so type-graphql can attach it; the real one comes from @link. */
const keyDirective = new GraphQLDirective({
  name: 'key',
  args: { fields: { type: new GraphQLNonNull(GraphQLString) } },
  locations: [DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE],
  isRepeatable: true,
});

/** What the root types are for, shown in the playground's docs (type-graphql cannot describe them). */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: 'Everything you can read: quotes, articles, people, organizations, places, events, and a search across them.',
  Mutation: 'Changes to the graph. Each needs an API key in the `Authorization: Bearer <key>` header.',
  Subscription: 'Live updates over graphql-ws on the same /graphql endpoint: what is stored from now on, as each ingest commits.',
};

/** Give the root types their description. */
function describeRoot(definition: DefinitionNode): DefinitionNode {
  if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.description || !ROOT_DESCRIPTIONS[definition.name.value]) return definition;
  return { ...definition, description: { kind: Kind.STRING, value: ROOT_DESCRIPTIONS[definition.name.value] } };
}

/** Print a type-graphql schema as SDL with its directives, without the stand-in definitions. */
function printWithoutStandIns(schema: GraphQLSchema): string {
  const doc = parse(printSchemaWithDirectives(schema));
  const definitions = doc.definitions.filter((d) => !(d.kind === Kind.DIRECTIVE_DEFINITION && d.name.value === 'key')).map(describeRoot);
  return print({ ...doc, definitions });
}

/**
 * Build the service's schema as an Apollo Federation 2 subgraph: type-graphql builds the schema
 * from the resolver classes, @apollo/subgraph adds `_service`, `_entities` and the entity
 * reference resolvers (which go through the per-request loaders).
 */
export async function buildSubgraph(options: Omit<BuildSchemaOptions, 'directives' | 'skipCheck'>): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, directives: [...specifiedDirectives, keyDirective], skipCheck: true });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printWithoutStandIns(schema)}`);
  const resolvers = { ...createResolversMap(schema) } as Record<string, object>;
  for (const [type, ref] of Object.entries(referenceResolvers())) resolvers[type] = { ...resolvers[type], ...ref };
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  // `_service { sdl }` answers with the compact SDL of schema.graphql rather than the one
  // @apollo/subgraph prints with every federation definition spelled out: both compose the same.
  const sdl = printSubgraphSdl(subgraph);
  const service = subgraph.getQueryType()?.getFields()._service;
  if (service) service.resolve = () => ({ sdl });
  return subgraph;
}

/** The subgraph SDL, exactly as `_service { sdl }` returns it: what schema.graphql holds. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
