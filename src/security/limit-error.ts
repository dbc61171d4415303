import { GraphQLError } from 'graphql';

/**
 * A rejected operation: says which limit, its value, the variable that sets it and what was
 * found, e.g. "Query depth 14 exceeds the limit of 10 (MAX_QUERY_DEPTH)". HTTP status 400.
 */
export function limitError(what: string, found: number | string, limit: number, variable: string): GraphQLError {
  return new GraphQLError(`${what} ${found} exceeds the limit of ${limit} (${variable})`, {
    extensions: { code: 'BAD_USER_INPUT', limit: variable, max: limit, found, http: { status: 400 } },
  });
}
