import { GraphQLError } from 'graphql';

/** Parse an ID argument into a database id; the error names the argument and its value. */
export function parseId(value: string | number, argument: string): number {
  const n = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new GraphQLError(`"${argument}" is not a valid id: ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT', argument, value },
    });
  }
  return n;
}
