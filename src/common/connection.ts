import { ClassType, Field, Int, ObjectType } from "type-graphql";
import type { Row } from "../db";
import { BadUserInputError } from "../errors";

/**
 * Relay connections with opaque keyset cursors: a cursor is the base64 of
 * `<Type>|<sortKey>` of the last item seen, and the next page seeks past it in the
 * sortKey index (no offsets, so pages stay stable while the graph grows).
 */
@ObjectType({ simpleResolvers: true, description: "Relay page information." })
export class PageInfo {
  @Field({ description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Field({ description: "Always false: connections page forward only." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor!: string | null;
}

export interface ConnectionData {
  edges: { cursor: string; node: Row }[];
  nodes: Row[];
  pageInfo: PageInfo;
  /** Lazy: counting costs a query that a client may not ask for (see `lazy`). */
  totalCount: number | PromiseLike<number>;
}

export function encodeCursor(type: string, sortKey: string): string {
  return Buffer.from(`${type}|${sortKey}`, "utf8").toString("base64url");
}

export function decodeCursor(type: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = cursor.length <= 1000 && /^[A-Za-z0-9_-]*$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  if (!text.startsWith(`${type}|`)) {
    throw new BadUserInputError(`Invalid cursor ${JSON.stringify(cursor.slice(0, 60))}: pass an endCursor returned by a ${type} connection`, "after");
  }
  return text.slice(type.length + 1);
}

/** Validates `first` against the cap; the default page is 50. */
export function pageSize(first: number | null | undefined, max: number): number {
  if (first === null || first === undefined) return Math.min(50, max);
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError(`first must be a non-negative integer, got ${first}`, "first");
  if (first > max) throw new BadUserInputError(`first must be at most ${max}, got ${first}; page with \`after\``, "first");
  return first;
}

/**
 * A thenable that starts its work only when GraphQL awaits it, i.e. only when the
 * field was selected; loads started in the same tick still batch.
 */
export function lazy<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= work();
      return started.then(onFulfilled, onRejected);
    },
  };
}

/** Builds a connection from rows fetched with limit+1 (the extra row tells whether a next page exists). */
export function toConnection(type: string, rows: Row[], limit: number, totalCount: ConnectionData["totalCount"]): ConnectionData {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(type, node.sortKey as string), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** The GraphQL edge and connection types of one node type. */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge of a ${name} connection.` })
  class Edge {
    @Field({ description: "Opaque keyset cursor of this item." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (Relay connection, keyset cursors).` })
  class Connection {
    @Field(() => [Edge], { description: "Items of this page with their cursors." })
    edges!: Edge[];

    @Field(() => [nodeType], { description: "Items of this page." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Whether more pages follow, and the cursor to fetch the next." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of items across all pages." })
    totalCount!: number;
  }
  return { Edge, Connection };
}
