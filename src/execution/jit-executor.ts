import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, Source, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** How an operation runs: its compiled form, or graphql-js when graphql-jit cannot compile it. */
type Plan = { compiled: CompiledQuery } | { fallback: true };

export interface JitExecutorOptions {
  /** Compiled operations kept (LRU); a compiled plan is a few kB of generated code. */
  maxEntries: number;
}

/**
 * Executes operations with graphql-jit (queries compiled once per document into plain JS and
 * cached), falling back to graphql-js for what graphql-jit does not compile (subscriptions, or a
 * compile failure). Apollo Server has parsed, validated and cost-checked the document before this
 * runs. Lifetime: one per server; the cache is shared by every request.
 */
export function jitExecutor(schema: GraphQLSchema, options: JitExecutorOptions): GatewayExecutor {
  const plans = new LRUCache<string, Plan>({ max: options.maxEntries });
  const planFor = (rc: GatewayGraphQLRequestContext): Plan => {
    const key = `${rc.queryHash}:${rc.operationName ?? ''}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = rc.operation.operation === 'subscription' ? { fallback: true } : compile(schema, rc);
      plans.set(key, plan);
    }
    return plan;
  };
  return async (rc) => {
    const plan = planFor(rc);
    const variables = rc.request.variables ?? {};
    if ('compiled' in plan) return asGraphQLErrors(await plan.compiled.query(undefined, rc.context, variables) as ExecutionResult, rc.source);
    return await execute({ schema, document: rc.document, contextValue: rc.context, variableValues: variables, operationName: rc.operationName ?? undefined });
  };
}

/**
 * graphql-jit's errors are not graphql-js GraphQLErrors (no `extensions` unless the original error had
 * some, locations as plain data); Apollo's error formatting expects real ones. Rebuild each with the
 * same message, path, original error and locations (as positions in the request's source).
 */
function asGraphQLErrors(result: ExecutionResult, text: string): ExecutionResult {
  if (!result.errors?.length) return result;
  const source = new Source(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const errors = result.errors.map((e) => new GraphQLError(e.message, {
    source,
    positions: e.locations?.map((l) => (lineStarts[l.line - 1] ?? 0) + l.column - 1),
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions,
  }));
  return { ...result, errors };
}

/** Compile one operation; a document graphql-jit refuses runs on graphql-js instead. */
function compile(schema: GraphQLSchema, rc: GatewayGraphQLRequestContext): Plan {
  try {
    const compiled = compileQuery(schema, rc.document, rc.operationName ?? undefined);
    return isCompiledQuery(compiled) ? { compiled } : { fallback: true };
  } catch {
    return { fallback: true };
  }
}

/**
 * The seam Apollo Server 5 offers for a custom executor: a `gateway` that serves a fixed schema
 * with our executor (no supergraph, no polling). The schema is still this subgraph's own.
 */
export function localGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    load: async () => ({ schema, executor }),
    onSchemaLoadOrUpdate: (callback) => { callback({ apiSchema: schema, coreSupergraphSdl: '' }); return () => {}; },
    stop: async () => {},
  };
}
