/**
 * Keyset pagination for every list the API serves, top-level or nested under many parents at once.
 *
 * A nested list (say the first 10 statements of each of 50 speakers) is one SQL statement: the parents
 * come in as one JSON array, and for each a correlated subquery walks that parent's index and stops at its
 * LIMIT. A window function over the parents' rows would read every statement of a prolific speaker; this
 * reads 11. The SQL text does not grow with the number of parents, so building it costs the same for 500.
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DbExecutor } from "../db/client.ts";

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
  ownedBy?: (owner: SQL) => SQL;
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

/** The parents of a nested list, bound as one JSON array: the SQL text is the same for 1 parent or 500. */
const ownerValue = sql`owners.value`;
const ownersTable = (owners: readonly number[]) => sql`json_each(${JSON.stringify(owners)}) owners`;

function pageQuery<Row>(shape: ListShape<Row>, owners: readonly number[], request: PageRequest): SQL {
  // A backward walk reads in reverse and flips the rows back afterwards.
  const descending = shape.sort.descending !== (request.direction === "backward");
  const direction = descending ? sql`desc` : sql`asc`;
  const order = sql`${shape.sort.value} ${direction}, ${shape.id} ${direction}`;
  const cursorCondition = request.cursor
    ? sql`(${shape.sort.value}, ${shape.id}) ${descending ? sql`<` : sql`>`} (${request.cursor.value}, ${request.cursor.id})`
    : undefined;
  const joins = shape.joins ?? sql``;
  if (!shape.ownedBy) {
    return sql`select ${selection(shape.columns)}, ${owners[0] ?? topLevel} as "__owner", ${shape.sort.value} as "__sort"
      from ${shape.entity} ${joins}
      where ${conjunction([shape.filter, cursorCondition])}
      order by ${order} limit ${request.limit + 1}`;
  }
  // For each parent, the subquery walks that parent's index to its LIMIT; the outer query fetches those rows
  // (and, through the joins, their sort values) by primary key.
  const pageOfOwner = sql`select ${shape.id} from ${shape.entity} ${joins}
    where ${conjunction([shape.ownedBy(ownerValue), shape.filter, cursorCondition])}
    order by ${order} limit ${request.limit + 1}`;
  return sql`select ${selection(shape.columns)}, ${ownerValue} as "__owner", ${shape.sort.value} as "__sort"
    from ${ownersTable(owners)} join ${shape.entity} on ${shape.id} in (${pageOfOwner}) ${joins}
    where ${shape.joins ? shape.ownedBy(ownerValue) : sql`1`}
    order by owners.key, ${order}`;
}

/** Loads one page for each owner (a list without `ownedBy` has one page, under any owner), in owner order. */
export function loadPages<Row>(
  db: DbExecutor,
  shape: ListShape<Row>,
  owners: readonly number[],
  request: PageRequest,
): Page<Row>[] {
  const rawRows = db.all<RawPageRow>(pageQuery(shape, owners, request));
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
  const joins = shape.joins ?? sql``;
  if (!shape.ownedBy) {
    const row = db.get<{ total: number }>(
      sql`select count(*) as total from ${shape.entity} ${joins} where ${conjunction([shape.filter])}`,
    );
    return owners.map(() => row?.total ?? 0);
  }
  const counts = db.all<{ owner: number; total: number }>(sql`select ${ownerValue} as owner,
    (select count(*) from ${shape.entity} ${joins} where ${conjunction([shape.ownedBy(ownerValue), shape.filter])}) as total
    from ${ownersTable(owners)}`);
  const totalByOwner = new Map(counts.map((row) => [row.owner, row.total]));
  return owners.map((owner) => totalByOwner.get(owner) ?? 0);
}
