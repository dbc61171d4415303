import { GraphQLError } from 'graphql';
import { EntityType } from '../entities/enums';

/** The types a global id can name (Relay object identification). */
export const NODE_TYPES = ['Article', 'Person', 'Organization', 'Place', 'Event', 'Quote', 'PersonRole', 'Statement'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The node type of each kind of named entity. */
export const NODE_TYPE_OF: Record<EntityType, NodeType> = {
  [EntityType.PERSON]: 'Person', [EntityType.ORGANIZATION]: 'Organization', [EntityType.PLACE]: 'Place', [EntityType.EVENT]: 'Event',
};

/** The opaque global id of row `id` of `type`: "Person:12" in base64url, so ids of two types never collide. */
export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** The type and row id a global id names, or null when `value` is not one. */
export function fromGlobalId(value: string): { type: NodeType; id: number } | null {
  if (!/^[A-Za-z0-9_-]{4,40}$/.test(value)) return null;
  const m = /^([A-Za-z]+):(\d{1,15})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!m || !(NODE_TYPES as readonly string[]).includes(m[1])) return null;
  const id = Number(m[2]);
  return Number.isSafeInteger(id) && id > 0 ? { type: m[1] as NodeType, id } : null;
}

function badId(message: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, value } });
}

/**
 * Parse an ID argument into a row id: a global id (of `type`, when given) or, as before global
 * ids, a plain row number. The error names the argument, its value and, for an id of another
 * type, which type it names.
 */
export function parseId(value: string | number, argument: string, type?: NodeType): number {
  if (typeof value === 'string') {
    const global = fromGlobalId(value);
    if (global) {
      if (type && global.type !== type) throw badId(`"${argument}" is the id of a ${global.type}, not of a ${type}`, argument, value);
      return global.id;
    }
  }
  const n = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw badId(`"${argument}" is not a valid id: ${JSON.stringify(value)}`, argument, value);
  return n;
}
