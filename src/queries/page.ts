import { GraphQLError } from 'graphql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A window of a list: skip `offset` items, take `limit`. */
export interface Page {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'o:';

/** The opaque cursor of the item at 0-based `position` in a list. */
export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position + 1}`).toString('base64url');
}

function badInput(message: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, value } });
}

/** Decode an `after` cursor into the number of items to skip. */
export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const n = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw badInput(`"after" is not a cursor from this API: ${JSON.stringify(cursor.slice(0, 60))}`, 'after', cursor);
  }
  return n;
}

/** Validate `first`/`after` and turn them into a Page. */
export function toPage(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first})`, 'first', first);
  }
  return { offset: args.after ? decodeCursor(args.after) : 0, limit: first };
}

/** One page of a list, before it becomes a connection object. */
export interface PageResult<T> {
  page: Page;
  /** Up to `page.limit` items. */
  nodes: T[];
  hasNextPage: boolean;
  /** Counts the whole list; only called when a client asks for totalCount. */
  count: () => Promise<number>;
}
