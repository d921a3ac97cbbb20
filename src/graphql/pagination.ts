/**
 * Relay connection arguments → validated page requests, and loaded pages → connection objects.
 * Cursors are opaque base64url JSON of the row's sort value and id: keyset positions, never offsets.
 */
import { GraphQLError } from "graphql";
import type { ListLoader } from "../loaders/index.ts";
import { type ListShape, type PageRequest, type SortValue, topLevel } from "../loaders/pageQuery.ts";
import type { GraphQLContext } from "./context.ts";

export const maxPageSize = 100;
export const defaultPageSize = 20;

export interface ConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });
}

/** A cursor is the position of a row in its order: a tuple of values, opaque to clients. */
export function encodePosition(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/** The tuple behind a cursor, once `accept` recognises it; a clear error for anything else. */
export function decodePosition<Position>(
  cursor: string,
  argument: string,
  accept: (tuple: unknown[]) => Position | undefined,
): Position {
  let position: Position | undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed)) position = accept(parsed);
  } catch {
    // Not base64 JSON: reported below like any other malformed cursor.
  }
  if (position === undefined) {
    throw badInput(`"${cursor}" is not a valid cursor; use a cursor this API returned.`, argument);
  }
  return position;
}

function decodeCursor(cursor: string, argument: string): { value: SortValue; id: number } {
  return decodePosition(cursor, argument, ([value, id, ...rest]) =>
    (typeof value === "string" || typeof value === "number") &&
    typeof id === "number" &&
    Number.isSafeInteger(id) &&
    rest.length === 0
      ? { value, id }
      : undefined,
  );
}

export function checkPageSize(value: number, argument: string): number {
  if (value < 0 || value > maxPageSize) {
    throw badInput(`"${argument}" must be between 0 and ${maxPageSize}, got ${value}.`, argument);
  }
  return value;
}

export function pageRequestFrom(args: ConnectionArgs): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput('Pass either "first" or "last", not both.', "last");
  if (after != null && before != null) throw badInput('Pass either "after" or "before", not both.', "before");
  const backward = last != null || (first == null && before != null);
  if (backward) {
    if (after != null) throw badInput('"after" pages forward: use it with "first".', "after");
    return {
      direction: "backward",
      limit: checkPageSize(last ?? defaultPageSize, "last"),
      cursor: before != null ? decodeCursor(before, "before") : null,
    };
  }
  if (before != null) throw badInput('"before" pages backward: use it with "last".', "before");
  return {
    direction: "forward",
    limit: checkPageSize(first ?? defaultPageSize, "first"),
    cursor: after != null ? decodeCursor(after, "after") : null,
  };
}

/**
 * Resolves one connection field: the page for `owner` (omitted for a top-level list) batched with its
 * siblings, and a total count that runs only when the client asks for it.
 */
export async function resolveConnection<Row extends { id: number }>(
  context: GraphQLContext,
  listKey: string,
  shape: () => ListShape<Row>,
  args: ConnectionArgs,
  owner: number = topLevel,
) {
  const request = pageRequestFrom(args);
  const loader: ListLoader<Row> = context.loaders.list(listKey, shape, request);
  const page = await loader.page.load(owner);
  const edges = page.rows.map(({ row, sortValue }) => ({
    cursor: encodePosition([sortValue, row.id]),
    node: row,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => loader.count.load(owner),
  };
}
