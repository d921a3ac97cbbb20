/**
 * Filters and orders of the API's lists, as SQL over the tables. Inputs arrive validated (ids decoded,
 * dates normalised) from the GraphQL layer.
 */
import { and, eq, gt, inArray, lt, type SQL, sql } from "drizzle-orm";
import {
  articles,
  type ParticipantKind,
  participantAliases,
  participantRedirects,
  participants,
  type StatementKind,
  statementMentions,
  statements,
} from "../db/schema.ts";

export interface StatementFilter {
  kinds?: StatementKind[] | undefined;
  speakerId?: number | undefined;
  articleId?: number | undefined;
  mentionsId?: number | undefined;
  text?: string | undefined;
  publishedAfter?: string | undefined;
  publishedBefore?: string | undefined;
}

export interface ArticleFilter {
  source?: string | undefined;
  text?: string | undefined;
  publishedAfter?: string | undefined;
  publishedBefore?: string | undefined;
}

export interface ParticipantFilter {
  kinds?: ParticipantKind[] | undefined;
  name?: string | undefined;
}

export type SortDirection = "ASC" | "DESC";
export type StatementOrderField = "CREATED_AT" | "PUBLISHED_AT";
export type ArticleOrderField = "CREATED_AT" | "PUBLISHED_AT" | "TITLE";
export type ParticipantOrderField = "CREATED_AT" | "NAME" | "STATEMENT_COUNT";

export interface Order<Field extends string> {
  field: Field;
  direction: SortDirection;
}

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word becomes a quoted term,
 * all of them required. Returns null when the text has no word to look for.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"`).join(" ");
}

/** A full-text condition on `rowid`-keyed FTS table rows; text with no words matches nothing. */
function matchesText(idColumn: SQL | typeof statements.id, ftsTable: string, text: string): SQL {
  const query = toFtsQuery(text);
  if (query === null) return sql`0`;
  return sql`${idColumn} in (select rowid from ${sql.identifier(ftsTable)} where ${sql.identifier(ftsTable)} match ${query})`;
}

/** A participant id as a client holds it: the id of one merged into another leads to the one kept. */
function currentParticipantId(id: number): SQL {
  return sql`coalesce((select ${participantRedirects.toId} from ${participantRedirects} where ${participantRedirects.fromId} = ${id}), ${id})`;
}

export function statementConditions(filter: StatementFilter | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.kinds?.length ? inArray(statements.kind, filter.kinds) : undefined,
    filter.speakerId !== undefined
      ? sql`${statements.speakerId} = ${currentParticipantId(filter.speakerId)}`
      : undefined,
    filter.articleId !== undefined ? eq(statements.articleId, filter.articleId) : undefined,
    filter.mentionsId !== undefined
      ? sql`${statements.id} in (select ${statementMentions.statementId} from ${statementMentions} where ${statementMentions.participantId} = ${currentParticipantId(filter.mentionsId)})`
      : undefined,
    filter.text !== undefined ? matchesText(statements.id, "statements_fts", filter.text) : undefined,
    filter.publishedAfter !== undefined ? gt(statements.publishedAt, filter.publishedAfter) : undefined,
    // '' marks an unknown date: it must not pass as "before" every date.
    filter.publishedBefore !== undefined
      ? and(lt(statements.publishedAt, filter.publishedBefore), sql`${statements.publishedAt} <> ''`)
      : undefined,
  );
}

export function articleConditions(filter: ArticleFilter | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.source !== undefined ? sql`${articles.source} = ${filter.source} collate nocase` : undefined,
    filter.text !== undefined ? matchesText(sql`${articles.id}`, "articles_fts", filter.text) : undefined,
    filter.publishedAfter !== undefined ? gt(articles.publishedAt, filter.publishedAfter) : undefined,
    filter.publishedBefore !== undefined
      ? and(lt(articles.publishedAt, filter.publishedBefore), sql`${articles.publishedAt} <> ''`)
      : undefined,
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export function participantConditions(filter: ParticipantFilter | undefined): SQL | undefined {
  if (!filter) return undefined;
  const pattern = filter.name !== undefined ? `%${escapeLike(filter.name)}%` : undefined;
  return and(
    filter.kinds?.length ? inArray(participants.kind, filter.kinds) : undefined,
    pattern !== undefined
      ? sql`(${participants.name} like ${pattern} escape '\\' or ${participants.id} in (select ${participantAliases.participantId} from ${participantAliases} where ${participantAliases.alias} like ${pattern} escape '\\'))`
      : undefined,
  );
}

export const statementSorts: Record<StatementOrderField, SQL> = {
  CREATED_AT: sql`${statements.id}`,
  PUBLISHED_AT: sql`${statements.publishedAt}`,
};
export const articleSorts: Record<ArticleOrderField, SQL> = {
  CREATED_AT: sql`${articles.id}`,
  PUBLISHED_AT: sql`${articles.publishedAt}`,
  TITLE: sql`${articles.title} collate nocase`,
};
export const participantSorts: Record<ParticipantOrderField, SQL> = {
  CREATED_AT: sql`${participants.id}`,
  NAME: sql`${participants.name} collate nocase`,
  STATEMENT_COUNT: sql`${participants.statementCount}`,
};

/** The sort expression and direction for one of the orders above. */
export function sortFor<Field extends string>(sorts: Record<Field, SQL>, order: Order<Field>) {
  return { value: sorts[order.field], descending: order.direction === "DESC" };
}
