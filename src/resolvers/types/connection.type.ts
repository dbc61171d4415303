import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { PageResult } from '../../queries/page';

export type { PageResult } from '../../queries/page';

@ObjectType({ simpleResolvers: true, description: 'Where a page of results stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page: pass it as `after` for the next page.' })
  endCursor!: string | null;
}


export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[] | unknown[];
  pageInfo: PageInfo;
  countFn: () => Promise<number>;
}

/**
 * A Relay connection type for `node`: `edges { cursor node }`, `pageInfo`, `totalCount`.
 * Subclass it once per node type: `@ObjectType({ simpleResolvers: true }) class QuoteConnection extends Connection(Quote, 'Quote') {}`.
 */
export function Connection<T extends object>(node: ClassType<T> | object, name: string, what: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item; pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => node as ClassType<T>, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge], { description: `The ${what} items of this page.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    countFn!: () => Promise<number>;

    @Field(() => Int, { description: `How many ${what} items the whole list has, over all pages.` })
    totalCount(): Promise<number> {
      return this.countFn();
    }
  }
  return ConnectionClass;
}

/** Build a connection object of class `type` from one page of results. */
export function toConnection<C extends ConnectionShape<unknown>>(type: new () => C, result: PageResult<unknown>): C {
  const edges = result.nodes.map((node, i) => ({ cursor: result.cursors[i], node })).filter((e) => e.node !== null && e.node !== undefined);
  return Object.assign(new type(), {
    edges,
    pageInfo: {
      hasNextPage: result.hasNextPage,
      hasPreviousPage: result.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    countFn: result.count,
  });
}
