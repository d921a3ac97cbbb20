/**
 * Keyset pagination for every list the API serves, top-level or nested under many parents at once.
 *
 * A nested list (say the first 10 statements of each of 50 speakers) is one SQL statement: a UNION ALL
 * with one branch per parent, each branch walking its own index and stopping at its LIMIT. A window
 * function over the parents' rows would read every statement of a prolific speaker; this reads 11.
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DbExecutor } from "../db/client.ts";

/** SQLite allows at most 500 terms in one compound SELECT. */
export const maxParentsPerQuery = 500;

export type SortValue = string | number;

/** The owner key of a top-level list, which has no parent. */
export const topLevel = 0;

/** A page request after validation: which way to walk, how far, and from where. */
export interface PageRequest {
  /** Rows to return (the query fetches one more to learn whether another page exists). */
  limit: number;
  /** `forward` for first/after, `backward` for last/before. */
  direction: "forward" | "backward";
  /** Exclusive bound: the sort value and id of the row the cursor points at. */
  cursor: { value: SortValue; id: number } | null;
}

export interface ListShape<Row> {
  entity: SQLiteTable;
  columns: Record<keyof Row, SQLiteColumn>;
  id: SQLiteColumn;
  /** Joined tables the filter, owner or sort refer to. */
  joins?: SQL;
  /** For a nested list: the condition that a row belongs to the given parent. */
  ownedBy?: (owner: number) => SQL;
  filter?: SQL | undefined;
  /** Sort expression (never NULL) and the order in which a forward walk returns rows. */
  sort: { value: SQLWrapper; descending: boolean };
}

export interface PageRow<Row> {
  row: Row;
  sortValue: SortValue;
}

export interface Page<Row> {
  rows: PageRow<Row>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

interface RawPageRow {
  __owner: number;
  __sort: SortValue;
  [column: string]: unknown;
}

function selection(columns: Record<string, SQLiteColumn>): SQL {
  return sql.join(
    Object.entries(columns).map(([key, column]) => sql`${column} as ${sql.identifier(key)}`),
    sql`, `,
  );
}

function conjunction(conditions: (SQL | undefined)[]): SQL {
  const present = conditions.filter((condition): condition is SQL => condition !== undefined);
  return present.length === 0 ? sql`1` : sql.join(present, sql` and `);
}

function branch<Row>(shape: ListShape<Row>, owner: number, request: PageRequest): SQL {
  // A backward walk reads in reverse and flips the rows back afterwards.
  const descending = shape.sort.descending !== (request.direction === "backward");
  const order = descending ? sql`desc` : sql`asc`;
  const comparison = descending ? sql`<` : sql`>`;
  const ownerCondition = shape.ownedBy?.(owner);
  const cursorCondition = request.cursor
    ? sql`(${shape.sort.value}, ${shape.id}) ${comparison} (${request.cursor.value}, ${request.cursor.id})`
    : undefined;
  return sql`select * from (select ${selection(shape.columns)}, ${owner} as "__owner", ${shape.sort.value} as "__sort"
    from ${shape.entity} ${shape.joins ?? sql``}
    where ${conjunction([ownerCondition, shape.filter, cursorCondition])}
    order by ${shape.sort.value} ${order}, ${shape.id} ${order}
    limit ${request.limit + 1})`;
}

/** Loads one page for each owner (a list without `ownedBy` has one page, under any owner), in owner order. */
export function loadPages<Row>(
  db: DbExecutor,
  shape: ListShape<Row>,
  owners: readonly number[],
  request: PageRequest,
): Page<Row>[] {
  const query = sql.join(
    owners.map((owner) => branch(shape, owner, request)),
    sql` union all `,
  );
  const rawRows = db.all<RawPageRow>(query);
  const rowsByOwner = new Map<number, RawPageRow[]>();
  for (const raw of rawRows) {
    const list = rowsByOwner.get(raw.__owner);
    if (list) list.push(raw);
    else rowsByOwner.set(raw.__owner, [raw]);
  }
  return owners.map((owner) => {
    const fetched = rowsByOwner.get(owner) ?? [];
    const hasMore = fetched.length > request.limit;
    const kept = fetched.slice(0, request.limit);
    if (request.direction === "backward") kept.reverse();
    const rows = kept.map(({ __owner, __sort, ...row }) => ({ row: row as Row, sortValue: __sort }));
    const cursorGiven = request.cursor !== null;
    return request.direction === "forward"
      ? { rows, hasNextPage: hasMore, hasPreviousPage: cursorGiven }
      : { rows, hasNextPage: cursorGiven, hasPreviousPage: hasMore };
  });
}

/** Counts the rows of the list for each owner, in one statement. */
export function countRows<Row>(db: DbExecutor, shape: ListShape<Row>, owners: readonly number[]): number[] {
  const query = sql.join(
    owners.map((owner) => {
      const ownerCondition = shape.ownedBy?.(owner);
      return sql`select ${owner} as owner, count(*) as total from ${shape.entity} ${shape.joins ?? sql``}
        where ${conjunction([ownerCondition, shape.filter])}`;
    }),
    sql` union all `,
  );
  const totalByOwner = new Map(
    db.all<{ owner: number; total: number }>(query).map((row) => [row.owner, row.total]),
  );
  return owners.map((owner) => totalByOwner.get(owner) ?? 0);
}
