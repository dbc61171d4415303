import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSubgraph } from './federation/subgraph-schema';
import { ArticleResolver } from './resolvers/article.resolver';
import { CorrectionResolver } from './resolvers/correction.resolver';
import { EventResolver } from './resolvers/event.resolver';
import { IngestResolver } from './resolvers/ingest.resolver';
import { MentionResolver } from './resolvers/mention.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonRoleResolver } from './resolvers/person-role.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { PlaceResolver } from './resolvers/place.resolver';
import { QuoteResolver } from './resolvers/quote.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { SubscriptionResolver } from './resolvers/subscription.resolver';
import { pubSub } from './subscriptions/events';
import { countTextFields } from './security/response-size';

export const resolvers = [
  QuoteResolver, ArticleResolver, PersonResolver, PersonRoleResolver, OrganizationResolver,
  PlaceResolver, EventResolver, SearchResolver, IngestResolver, MentionResolver, NodeResolver,
  SubscriptionResolver, CorrectionResolver, StatementResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/**
 * The service's GraphQL schema (an Apollo Federation 2 subgraph). Built once per process and
 * shared by every server, test and CLI in it: type-graphql's metadata is global, and building
 * is the slow part. Long-text fields count their bytes against the response budget (security/response-size.ts).
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSubgraph({ resolvers: [...resolvers], validate: false, pubSub }).then(countTextFields);
  return cached;
}
