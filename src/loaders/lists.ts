/**
 * Every list the API serves, as a ListShape: which rows, tied to which parent, in which order.
 */
import { and, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import {
  articleParticipants,
  articles,
  type ParticipantRow,
  participants,
  type StatementRow,
  statementMentions,
  statements,
} from "../db/schema.ts";
import { type ArticleSummary, articleSummaryColumns } from "./articleSummary.ts";
import {
  type ArticleFilter,
  type ArticleOrderField,
  articleConditions,
  articleSorts,
  type Order,
  type ParticipantFilter,
  type ParticipantOrderField,
  participantConditions,
  participantSorts,
  type StatementFilter,
  type StatementOrderField,
  sortFor,
  statementConditions,
  statementSorts,
} from "./filters.ts";
import type { ListShape } from "./pageQuery.ts";

/** Builds the ListShape of one entity's lists from its filter conditions and sort expressions. */
function listsOf<Row, Filter, Field extends string>(
  entity: SQLiteTable,
  columns: Record<keyof Row, SQLiteColumn>,
  id: SQLiteColumn,
  conditions: (filter: Filter | undefined) => SQL | undefined,
  sorts: Record<Field, SQL>,
) {
  return (
    filter: Filter | undefined,
    order: Order<Field>,
    ownedBy?: (owner: SQL) => SQL,
  ): ListShape<Row> => ({
    entity,
    columns,
    id,
    filter: conditions(filter),
    sort: sortFor(sorts, order),
    ...(ownedBy ? { ownedBy } : {}),
  });
}

const statementList = listsOf<StatementRow, StatementFilter, StatementOrderField>(
  statements,
  getTableColumns(statements),
  statements.id,
  statementConditions,
  statementSorts,
);
const articleList = listsOf<ArticleSummary, ArticleFilter, ArticleOrderField>(
  articles,
  articleSummaryColumns,
  articles.id,
  articleConditions,
  articleSorts,
);
const participantList = listsOf<ParticipantRow, ParticipantFilter, ParticipantOrderField>(
  participants,
  getTableColumns(participants),
  participants.id,
  participantConditions,
  participantSorts,
);

const newestFirst = { field: "PUBLISHED_AT", direction: "DESC" } as const;

export const lists = {
  statements: (filter: StatementFilter | undefined, order: Order<StatementOrderField>) =>
    statementList(filter, order),
  articles: (filter: ArticleFilter | undefined, order: Order<ArticleOrderField>) =>
    articleList(filter, order),
  participants: (filter: ParticipantFilter | undefined, order: Order<ParticipantOrderField>) =>
    participantList(filter, order),

  /** An article's statements in reading order. */
  statementsOfArticle: (filter: StatementFilter | undefined) =>
    statementList(
      filter,
      { field: "CREATED_AT", direction: "ASC" },
      (articleId) => sql`${statements.articleId} = ${articleId}`,
    ),

  /** A speaker's statements, newest first. */
  statementsOfSpeaker: (filter: StatementFilter | undefined) =>
    statementList(filter, newestFirst, (speakerId) => sql`${statements.speakerId} = ${speakerId}`),

  /** Statements that talk about a participant, newest first. */
  statementsMentioning: () =>
    statementList(
      undefined,
      newestFirst,
      (participantId) =>
        sql`${statements.id} in (select ${statementMentions.statementId} from ${statementMentions} where ${statementMentions.participantId} = ${participantId})`,
    ),

  /** Articles that name a participant, speaking or not, newest first. */
  articlesOfParticipant: () =>
    articleList(
      undefined,
      newestFirst,
      (participantId) =>
        sql`${articles.id} in (select ${articleParticipants.articleId} from ${articleParticipants} where ${articleParticipants.participantId} = ${participantId})`,
    ),

  /** Everyone an article names, in order of first mention. */
  participantsOfArticle: (): ListShape<ParticipantRow> => ({
    entity: participants,
    columns: getTableColumns(participants),
    id: participants.id,
    joins: sql`join ${articleParticipants} on ${articleParticipants.participantId} = ${participants.id}`,
    ownedBy: (articleId) => sql`${articleParticipants.articleId} = ${articleId}`,
    sort: { value: sql`${articleParticipants.position}`, descending: false },
  }),

  /** Other speakers with statements in the articles where a participant speaks, by name. */
  quotedWith: () =>
    participantList(
      undefined,
      { field: "NAME", direction: "ASC" },
      (participantId) =>
        and(
          sql`${participants.id} <> ${participantId}`,
          sql`${participants.id} in (select other.speaker_id from ${statements} own
          join ${statements} other on other.article_id = own.article_id
          where own.speaker_id = ${participantId} and other.speaker_id is not null)`,
        ) as SQL,
    ),
};
