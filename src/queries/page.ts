import { GraphQLError } from 'graphql';
import type { KeyValue } from './keyset';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * A window of a list. Lists and relations page by key (`key`: the sort values of the cursor item,
 * null from the start), so newer items never shift a page; ranked search pages by `offset`.
 * `backward` reads the items before the cursor (`last`/`before`), returned in list order.
 */
export interface Page {
  limit: number;
  key: KeyValue[] | null;
  backward: boolean;
  offset: number;
}

const KEY_PREFIX = 'k:';
const OFFSET_PREFIX = 'o:';

/** The opaque cursor of an item of a keyset-paged list: its sort-key values. */
export function encodeKeyCursor(values: KeyValue[]): string {
  return Buffer.from(`${KEY_PREFIX}${JSON.stringify(values)}`).toString('base64url');
}

/** The opaque cursor of the item at 0-based `position` of an offset-paged list (ranked search). */
export function encodeCursor(position: number): string {
  return Buffer.from(`${OFFSET_PREFIX}${position + 1}`).toString('base64url');
}

function badInput(message: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, value } });
}

const isKeyValue = (v: unknown): v is KeyValue => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** Decode a cursor: key values for keyset lists, a position for offset lists. */
export function decodeCursor(cursor: string, argument: string, paging: 'key' | 'offset'): KeyValue[] | number {
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const fail = () => badInput(`"${argument}" is not a cursor from this API: ${JSON.stringify(cursor.slice(0, 60))}`, argument, cursor);
  if (paging === 'offset') {
    const n = text.startsWith(OFFSET_PREFIX) ? Number(text.slice(OFFSET_PREFIX.length)) : NaN;
    if (!Number.isSafeInteger(n) || n < 0) throw fail();
    return n;
  }
  if (!text.startsWith(KEY_PREFIX)) throw fail();
  let values: unknown;
  try { values = JSON.parse(text.slice(KEY_PREFIX.length)); } catch { throw fail(); }
  if (!Array.isArray(values) || !values.length || !values.every(isKeyValue)) throw fail();
  return values;
}

/** Relay paging arguments: `first`/`after` forward, `last`/`before` backward. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

function sizeOf(n: number | null | undefined, argument: string): number {
  const size = n ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${size})`, argument, size);
  }
  return size;
}

/** Validate the paging arguments and turn them into a Page. */
export function toPage(args: PageArgs, paging: 'key' | 'offset' = 'key'): Page {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw badInput('page forward ("first"/"after") or backward ("last"/"before"), not both', backward ? 'last' : 'first', null);
  }
  if (backward && paging === 'offset') throw badInput('this list is ranked: page it forward with "first"/"after"', 'last', args.last ?? null);
  const limit = backward ? sizeOf(args.last, 'last') : sizeOf(args.first, 'first');
  const cursor = backward ? args.before : args.after;
  const argument = backward ? 'before' : 'after';
  if (!cursor) return { limit, key: null, backward, offset: 0 };
  const decoded = decodeCursor(cursor, argument, paging);
  return typeof decoded === 'number' ? { limit, key: null, backward, offset: decoded } : { limit, key: decoded, backward, offset: 0 };
}

/** One page of a list, before it becomes a connection object. */
export interface PageResult<T> {
  page: Page;
  /** Up to `page.limit` items, in list order (a null node, vanished since its id was read, is left out of the edges). */
  nodes: T[];
  /** The cursor of each node. */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counts the whole list; only called when a client asks for totalCount. */
  count: () => Promise<number>;
}
