/**
 * Full-text search across statements, articles and participants in one ranked list (FTS5, bm25).
 * Scores from the three indexes are on one scale (bm25, weighted by column), so one ORDER BY ranks them.
 */
import { sql } from "drizzle-orm";
import type { DbExecutor } from "../db/client.ts";
import { toFtsQuery } from "./filters.ts";

export const searchResultTypes = ["Article", "Participant", "Statement"] as const;
export type SearchResultType = (typeof searchResultTypes)[number];

export interface SearchHit {
  type: SearchResultType;
  id: number;
  /** bm25 score: lower is better; the API shows its negation as `rank`. */
  bm25: number;
  /** Matched words wrapped in <mark>…</mark>; everything else HTML-escaped. */
  snippet: string;
}

export interface SearchPosition {
  bm25: number;
  type: SearchResultType;
  id: number;
}

// Control characters cannot occur in stored text, so they mark matches safely until the text is escaped.
const markStart = "\u0002";
const markEnd = "\u0003";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function toHtmlSnippet(marked: string): string {
  return escapeHtml(marked).replaceAll(markStart, "<mark>").replaceAll(markEnd, "</mark>");
}

/** How many statements, articles and participants match, for the connection's totalCount. */
export function countMatches(db: DbExecutor, text: string): number {
  const query = toFtsQuery(text);
  if (query === null) return 0;
  const row = db.get<{ total: number }>(sql`select
      (select count(*) from statements_fts where statements_fts match ${query})
      + (select count(*) from articles_fts where articles_fts match ${query})
      + (select count(*) from participants_fts where participants_fts match ${query}) as total`);
  return row?.total ?? 0;
}

export function search(
  db: DbExecutor,
  text: string,
  limit: number,
  after: SearchPosition | null,
): { hits: SearchHit[]; hasNextPage: boolean } | null {
  const query = toFtsQuery(text);
  if (query === null) return null;
  const snippetArgs = sql`${markStart}, ${markEnd}, '…', 16`;
  const afterCondition = after
    ? sql`where (bm25, type, id) > (${after.bm25}, ${after.type}, ${after.id})`
    : sql``;
  const rows = db.all<SearchHit>(sql`select * from (
      select 'Statement' as type, rowid as id, bm25(statements_fts) as bm25,
        snippet(statements_fts, 0, ${snippetArgs}) as snippet
      from statements_fts where statements_fts match ${query}
      union all
      select 'Article', rowid, bm25(articles_fts, 10.0, 1.0), snippet(articles_fts, -1, ${snippetArgs})
      from articles_fts where articles_fts match ${query}
      union all
      select 'Participant', rowid, bm25(participants_fts, 10.0, 5.0), snippet(participants_fts, -1, ${snippetArgs})
      from participants_fts where participants_fts match ${query}
    ) ${afterCondition}
    order by bm25, type, id
    limit ${limit + 1}`);
  return {
    hits: rows.slice(0, limit).map((row) => ({ ...row, snippet: toHtmlSnippet(row.snippet) })),
    hasNextPage: rows.length > limit,
  };
}
