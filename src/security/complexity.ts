/**
 * Query cost, priced as the rows the database returns (MAX_QUERY_COST). Relations go through
 * per-request loaders, so a child list under N parents is one batched statement per level, not N:
 * what grows with the query is rows, and rows multiply only where pages nest. So:
 * - an object reached through a to-one relation (quote -> speaker) is one row;
 * - a connection with edges or nodes costs its page size (`first`/`last`, 20 when omitted, at most
 *   100) times one item's cost; with only `totalCount`/`pageInfo` it is one count, not a page;
 * - an unpaginated list (roles, mentions) costs LIST_ROWS times one item (`ids:` its length);
 * - scalars are free except long text (TEXT_FIELD_COST, priced by size).
 * One article with 100 quotes, people and organizations costs ~650; 100 quotes with speaker,
 * roles and article ~1600; 100 articles x 100 people ~10 100 and 100 x 100 x 100 a million.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, FieldNode, getNamedType, getNullableType, GraphQLSchema, isCompositeType, isListType, Kind, SelectionSetNode } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../queries/page';
import { limitError } from './limit-error';
import { TEXT_FIELD_COST } from './response-size';

/** Evaluated nodes above which the operation is rejected without finishing the count. */
const MAX_QUERY_NODES = 20_000;

/** Rows assumed for an unpaginated list field (a person's roles, an article's mentions). */
export const LIST_ROWS: Record<string, number> = { 'Article.mentions': 50, default: 10 };

/** Whether a connection's selection reads items (edges or nodes), not just its count. */
function readsItems(node: FieldNode): boolean {
  return node.selectionSet?.selections.some((s) => s.kind !== 'Field' || s.name.value === 'edges' || s.name.value === 'nodes') ?? false;
}

/** The page size a paginated field can return; out-of-range values are left to the resolvers' own check. */
function pageSizeOf(args: Record<string, any>): number {
  const first = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  return Number.isInteger(first) && first > 0 ? Math.min(first, MAX_PAGE_SIZE) : 1;
}

/** Cost of one field given its children's: rows it returns times what each row selects. */
export const rowEstimator: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return TEXT_FIELD_COST[key] ?? 0;
  if (field.args.some((a) => a.name === 'first')) return readsItems(node) ? pageSizeOf(args) * childComplexity : childComplexity;
  if (/(Connection|Edge)$/.test(type.name) || named.name === 'PageInfo') {
    return field.name === 'node' ? 1 + childComplexity : childComplexity;
  }
  if (isListType(getNullableType(field.type))) {
    const asked = Array.isArray(args.ids) ? args.ids.length : Array.isArray(args.representations) ? args.representations.length : undefined;
    return (asked ?? LIST_ROWS[key] ?? LIST_ROWS.default) * (1 + childComplexity);
  }
  return 1 + childComplexity;
};

/** Most field selections an operation may have once every fragment spread is written out. */
const MAX_EXPANDED_FIELDS = 5000;

/**
 * Whether the operation's fields, with every fragment spread written out where it is spread, number
 * more than `max` (a fan-out of fragments each spreading the next twice). Execution merges such
 * repeats, so the row count misses them; validating and planning them does not.
 */
function expandsPast(query: DocumentNode, max: number): boolean {
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of query.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  let fields = 0;
  const walk = (set: SelectionSetNode | undefined, seen: string[]): boolean => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) { if (++fields > max || walk(sel.selectionSet, seen)) return true; }
      else if (sel.kind === Kind.INLINE_FRAGMENT) { if (walk(sel.selectionSet, seen)) return true; }
      else if (!seen.includes(sel.name.value) && walk(fragments.get(sel.name.value), [...seen, sel.name.value])) return true;
    }
    return false;
  };
  return query.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && walk(d.selectionSet, []));
}

/** Whether an operation only asks for the schema (GraphiQL's introspection query). */
function isIntrospectionOnly(fieldNames: string[]): boolean {
  return fieldNames.length > 0 && fieldNames.every((name) => name.startsWith('__'));
}

/** Cost of an operation, or Infinity when it is too large to count. */
export function complexityOf(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number {
  if (expandsPast(query, MAX_EXPANDED_FIELDS)) return Infinity;
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: [rowEstimator], maxQueryNodes: MAX_QUERY_NODES });
  } catch (err) {
    if (/maximum number of nodes/i.test((err as Error).message)) return Infinity;
    return 0; // bad variables: execution reports them with a precise message
  }
}

/** The limit error for an operation costing `cost` (Infinity: too large to count). */
export function costLimitError(cost: number, max: number) {
  return limitError('Query cost', Number.isFinite(cost) ? cost : undefined, max, 'MAX_QUERY_COST');
}

/** Costs already computed, per parsed document (Apollo keeps one DocumentNode per query text), by operation and variables. */
const costCache = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 100;
const LONGEST_CACHE_KEY = 2000;

/** complexityOf, computed once per document, operation name and variables. */
export function cachedComplexityOf(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number {
  const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
  if (key.length > LONGEST_CACHE_KEY) return complexityOf(schema, query, variables, operationName);
  let costs = costCache.get(query);
  if (!costs) costCache.set(query, (costs = new Map()));
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = complexityOf(schema, query, variables, operationName);
    if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
    costs.set(key, cost);
  }
  return cost;
}

/**
 * An Apollo plugin rejecting operations whose cost exceeds `max` (MAX_QUERY_COST). Runs once
 * the operation is parsed, validated and chosen; the cost of a document is computed once per
 * operation and variables (cachedComplexityOf).
 */
export function complexityPlugin(max: number): ApolloServerPlugin<any> {
  // One listener shared by every request: it keeps no per-request state.
  const hooks: GraphQLRequestListener<any> = {
    async didResolveOperation({ schema, document, request, operation }) {
      const top = operation?.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : '')) ?? [];
      if (isIntrospectionOnly(top)) return;
      const cost = cachedComplexityOf(schema, document, request.variables, request.operationName ?? undefined);
      if (cost > max) throw costLimitError(cost, max);
    },
  };
  return { requestDidStart: async () => hooks };
}
