/**
 * Per-request DataLoaders: every entity by id and every relation by parent id, each batch one SQL
 * statement returning results in key order. Created fresh for each request so nothing leaks between users.
 */
import DataLoader from "dataloader";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { DbExecutor } from "../db/client.ts";
import {
  articles,
  type ParticipantRow,
  participantAliases,
  participantRedirects,
  participants,
  type StatementRow,
  statementMentions,
  statements,
} from "../db/schema.ts";
import { type ArticleSummary, articleSummaryColumns } from "./articleSummary.ts";
import { countRows, type ListShape, loadPages, type Page, type PageRequest } from "./pageQuery.ts";

export type { ArticleSummary, ParticipantRow, StatementRow };

function groupInKeyOrder<Row>(keys: readonly number[], rows: Row[], keyOf: (row: Row) => number): Row[][] {
  const byKey = new Map<number, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}

function byIdLoader<Row extends { id: number }>(load: (ids: number[]) => Row[]) {
  return new DataLoader<number, Row | null>(async (ids) => {
    const rowsById = new Map(load([...ids]).map((row) => [row.id, row]));
    return ids.map((id) => rowsById.get(id) ?? null);
  });
}

/** A page loader and a count loader for one list, batched by parent. */
export interface ListLoader<Row> {
  page: DataLoader<number, Page<Row>>;
  count: DataLoader<number, number>;
}

export function createLoaders(db: DbExecutor) {
  const listLoaders = new Map<string, ListLoader<unknown>>();

  /**
   * Loaders for one list with one set of arguments: children of many parents that share the arguments
   * (the first 10 statements of each of 50 speakers) are fetched together. `listKey` names the list and
   * its filter and order; the shape is only built the first time that key is seen in the request.
   */
  function list<Row>(listKey: string, shapeOf: () => ListShape<Row>, request: PageRequest): ListLoader<Row> {
    const key = `${listKey}:${JSON.stringify(request)}`;
    const cached = listLoaders.get(key) as ListLoader<Row> | undefined;
    if (cached) return cached;
    const shape = shapeOf();
    const created: ListLoader<Row> = {
      page: new DataLoader(async (owners) => loadPages(db, shape, owners, request)),
      count: new DataLoader(async (owners) => countRows(db, shape, owners)),
    };
    listLoaders.set(key, created as ListLoader<unknown>);
    return created;
  }

  return {
    list,
    article: byIdLoader<ArticleSummary>((ids) =>
      db.select(articleSummaryColumns).from(articles).where(inArray(articles.id, ids)).all(),
    ),
    articleBody: new DataLoader<number, string>(async (ids) => {
      const rows = db
        .select({ id: articles.id, body: articles.body })
        .from(articles)
        .where(inArray(articles.id, [...ids]))
        .all();
      const bodyById = new Map(rows.map((row) => [row.id, row.body]));
      return ids.map((id) => bodyById.get(id) ?? new Error(`Article ${id} has no body.`));
    }),
    participant: new DataLoader<number, ParticipantRow | null>(async (ids) => {
      const rowsById = new Map(
        db
          .select()
          .from(participants)
          .where(inArray(participants.id, [...ids]))
          .all()
          .map((row) => [row.id, row]),
      );
      const missing = ids.filter((id) => !rowsById.has(id));
      // Ids of participants folded into others by mergeParticipants resolve to the one they were merged into.
      const redirected =
        missing.length === 0
          ? []
          : db
              .select({ fromId: participantRedirects.fromId, participant: participants })
              .from(participantRedirects)
              .innerJoin(participants, eq(participants.id, participantRedirects.toId))
              .where(inArray(participantRedirects.fromId, missing))
              .all();
      for (const { fromId, participant } of redirected) rowsById.set(fromId, participant);
      return ids.map((id) => rowsById.get(id) ?? null);
    }),
    statement: byIdLoader<StatementRow>((ids) =>
      db.select().from(statements).where(inArray(statements.id, ids)).all(),
    ),

    aliases: new DataLoader<number, string[]>(async (participantIds) => {
      const rows = db
        .select({ participantId: participantAliases.participantId, alias: participantAliases.alias })
        .from(participantAliases)
        .where(inArray(participantAliases.participantId, [...participantIds]))
        .orderBy(asc(participantAliases.participantId), asc(participantAliases.alias))
        .all();
      return groupInKeyOrder(participantIds, rows, (row) => row.participantId).map((group) =>
        group.map((row) => row.alias),
      );
    }),

    /** Distinct speakers of each article, in order of their first statement. */
    speakers: new DataLoader<number, ParticipantRow[]>(async (articleIds) => {
      const firstStatements = db
        .select({
          articleId: statements.articleId,
          speakerId: statements.speakerId,
          firstId: sql<number>`min(${statements.id})`.as("first_id"),
        })
        .from(statements)
        .where(inArray(statements.articleId, [...articleIds]))
        .groupBy(statements.articleId, statements.speakerId)
        .as("first_statements");
      const rows = db
        .select({ articleId: firstStatements.articleId, participant: participants })
        .from(firstStatements)
        .innerJoin(participants, eq(participants.id, firstStatements.speakerId))
        .orderBy(asc(firstStatements.articleId), asc(firstStatements.firstId))
        .all();
      return groupInKeyOrder(articleIds, rows, (row) => row.articleId).map((group) =>
        group.map((row) => row.participant),
      );
    }),

    /** Participants each statement talks about, by name. */
    mentions: new DataLoader<number, ParticipantRow[]>(async (statementIds) => {
      const rows = db
        .select({ statementId: statementMentions.statementId, participant: participants })
        .from(statementMentions)
        .innerJoin(participants, eq(participants.id, statementMentions.participantId))
        .where(inArray(statementMentions.statementId, [...statementIds]))
        .orderBy(asc(statementMentions.statementId), asc(participants.name))
        .all();
      return groupInKeyOrder(statementIds, rows, (row) => row.statementId).map((group) =>
        group.map((row) => row.participant),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
