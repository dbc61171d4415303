/**
 * Page-size-aware query complexity (graphql-query-complexity). graphql-armor's cost limit counts
 * fields but not how many items a page returns; here a field with a `first` argument costs its
 * children times `first` (or `last`; 20 when omitted), so `articles(first: 100) { people(first: 100) ... }`
 * is priced as the 10 000 rows it can return.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../queries/page';
import { limitError } from './limit-error';
import { TEXT_FIELD_COST } from './response-size';

/** Evaluated nodes above which the operation is rejected without finishing the count. */
const MAX_QUERY_NODES = 20_000;

/**
 * Cost of one field: 1 (more for long text, TEXT_FIELD_COST), plus its children's cost times the
 * page size for a paginated field.
 * Out-of-range `first` values are left to the resolvers' own validation, which names the range:
 * below 1 they count as 1, above the largest page as the largest page.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = TEXT_FIELD_COST[`${type.name}.${field.name}`] ?? 1;
  if (!field.args.some((a) => a.name === 'first')) return own + childComplexity;
  const first = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  const pageSize = Number.isInteger(first) && first > 0 ? Math.min(first, MAX_PAGE_SIZE) : 1;
  return 1 + childComplexity * pageSize;
};

/** Whether an operation only asks for the schema (GraphiQL's introspection query). */
function isIntrospectionOnly(fieldNames: string[]): boolean {
  return fieldNames.length > 0 && fieldNames.every((name) => name.startsWith('__'));
}

/** Complexity of an operation, or Infinity when it is too large to count. */
export function complexityOf(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: [pageSizeEstimator], maxQueryNodes: MAX_QUERY_NODES });
  } catch (err) {
    if (/maximum number of nodes/i.test((err as Error).message)) return Infinity;
    return 0; // bad variables: execution reports them with a precise message
  }
}

/**
 * An Apollo plugin rejecting operations whose page-size-aware complexity exceeds `max`
 * (MAX_QUERY_COMPLEXITY). Runs once the operation is parsed, validated and chosen.
 */
export function complexityPlugin(max: number): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          const top = operation?.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : '')) ?? [];
          if (isIntrospectionOnly(top)) return;
          const cost = complexityOf(schema, document, request.variables, request.operationName ?? undefined);
          if (cost > max) {
            throw limitError('Query complexity', Number.isFinite(cost) ? cost : undefined, max, 'MAX_QUERY_COMPLEXITY');
          }
        },
      };
    },
  };
}
