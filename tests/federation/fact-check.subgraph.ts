import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/**
 * A second team's subgraph, written only for the tests: a fact-checking desk that extends our
 * Quote with its fact checks and our Person with a portrait, both by the `id` key.
 */
export const FACT_CHECK_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

"""The fact-checking desk's verdict on a quote."""
type FactCheck {
  """TRUE, MISLEADING, FALSE or UNVERIFIABLE."""
  verdict: String!
}

type Quote @key(fields: "id") {
  id: ID!
  """Fact checks of this quote, oldest first."""
  factChecks: [FactCheck!]!
}

type Person @key(fields: "id") {
  id: ID!
  """An address of the person's portrait, from the picture desk."""
  portraitUrl: String
}
`;

export interface FactCheckData {
  /** Fact checks by quote id (ids from our subgraph). */
  checks: Record<string, { verdict: string }[]>;
  /** Portrait addresses by person id. */
  portraits: Record<string, string>;
}

/** The fact-check subgraph's schema over in-memory data. */
export function factCheckSchema(data: FactCheckData) {
  return buildSubgraphSchema({
    typeDefs: parse(FACT_CHECK_SDL),
    resolvers: {
      Quote: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
        factChecks: (quote: { id: string }) => data.checks[quote.id] ?? [],
      },
      Person: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
        portraitUrl: (person: { id: string }) => data.portraits[person.id] ?? null,
      },
    } as never,
  });
}

/** Start the fact-check subgraph on a free loopback port; resolves to its URL and a stop function. */
export async function startFactCheckSubgraph(data: FactCheckData): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({ schema: factCheckSchema(data), plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
