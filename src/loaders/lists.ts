/**
 * Every list the API serves, as a ListShape: which rows, tied to which parent, in which order.
 */
import { and, getTableColumns, type SQL, sql } from "drizzle-orm";
import {
  type ArticleRow,
  articleParticipants,
  articles,
  type ParticipantRow,
  participants,
  type StatementRow,
  statementMentions,
  statements,
} from "../db/schema.ts";
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

const statementColumns = getTableColumns(statements);
const articleColumns = getTableColumns(articles);
const participantColumns = getTableColumns(participants);

function statementList(
  filter: StatementFilter | undefined,
  order: Order<StatementOrderField>,
  ownedBy?: (owner: number) => SQL,
): ListShape<StatementRow> {
  return {
    entity: statements,
    columns: statementColumns,
    id: statements.id,
    filter: statementConditions(filter),
    sort: sortFor(statementSorts, order),
    ...(ownedBy ? { ownedBy } : {}),
  };
}

function articleList(
  filter: ArticleFilter | undefined,
  order: Order<ArticleOrderField>,
  ownedBy?: (owner: number) => SQL,
): ListShape<ArticleRow> {
  return {
    entity: articles,
    columns: articleColumns,
    id: articles.id,
    filter: articleConditions(filter),
    sort: sortFor(articleSorts, order),
    ...(ownedBy ? { ownedBy } : {}),
  };
}

function participantList(
  filter: ParticipantFilter | undefined,
  order: Order<ParticipantOrderField>,
  ownedBy?: (owner: number) => SQL,
): ListShape<ParticipantRow> {
  return {
    entity: participants,
    columns: participantColumns,
    id: participants.id,
    filter: participantConditions(filter),
    sort: sortFor(participantSorts, order),
    ...(ownedBy ? { ownedBy } : {}),
  };
}

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
    columns: participantColumns,
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
