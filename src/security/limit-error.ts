import { GraphQLError } from 'graphql';

/**
 * A rejected operation: says which limit, its value, the variable that sets it and what was
 * found (when known), e.g. "Query depth 14 exceeds the limit of 10 (MAX_QUERY_DEPTH)". HTTP 400.
 */
export function limitError(what: string, found: number | undefined, limit: number, variable: string): GraphQLError {
  const message = found === undefined ? `${what} exceeds the limit of ${limit} (${variable})` : `${what} ${found} exceeds the limit of ${limit} (${variable})`;
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', limit: variable, max: limit, ...(found === undefined ? {} : { found }), http: { status: 400 } },
  });
}
