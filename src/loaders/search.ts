/**
 * Full-text search across statements, articles and participants in one ranked list (FTS5, bm25).
 * Scores from the three indexes are on one scale (bm25, weighted by column), so one ORDER BY ranks them.
 */
import { type SQL, sql } from "drizzle-orm";
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

/**
 * bm25 must score every match before the best can be picked, so a word found in half a million statements
 * would cost half a second. Each index ranks at most its most recent `maxRankedMatches` matches instead
 * (found by walking the index backwards from the newest row, which costs little).
 */
export const maxRankedMatches = 5000;

interface Index {
  type: SearchResultType;
  table: string;
  /** bm25 column weights: names and titles count more than bodies. */
  weights: SQL;
  snippetColumn: number;
}

const indexes: Index[] = [
  { type: "Statement", table: "statements_fts", weights: sql``, snippetColumn: 0 },
  { type: "Article", table: "articles_fts", weights: sql`, 10.0, 1.0`, snippetColumn: -1 },
  { type: "Participant", table: "participants_fts", weights: sql`, 10.0, 5.0`, snippetColumn: -1 },
];

function rankedMatches(index: Index, query: string): SQL {
  const table = sql.identifier(index.table);
  const newestMatches = sql`select rowid from ${table} where ${table} match ${query} order by rowid desc limit ${maxRankedMatches}`;
  return sql`select ${index.type} as type, rowid as id, bm25(${table}${index.weights}) as bm25
    from ${table} where ${table} match ${query}
      and rowid >= coalesce((select min(rowid) from (${newestMatches})), 0)`;
}

/** Snippets for the hits of one page only: snippet() re-reads the text, too costly for every candidate. */
function snippetsOf(db: DbExecutor, query: string, hits: Omit<SearchHit, "snippet">[]): Map<string, string> {
  const parts = indexes.flatMap((index) => {
    const ids = hits.filter((hit) => hit.type === index.type).map((hit) => hit.id);
    if (ids.length === 0) return [];
    const table = sql.identifier(index.table);
    return [
      sql`select ${index.type} as type, rowid as id,
        snippet(${table}, ${sql.raw(String(index.snippetColumn))}, ${markStart}, ${markEnd}, '…', 16) as snippet
        from ${table} where ${table} match ${query} and rowid in (${sql.join(ids, sql`, `)})`,
    ];
  });
  if (parts.length === 0) return new Map();
  const rows = db.all<{ type: SearchResultType; id: number; snippet: string }>(
    sql.join(parts, sql` union all `),
  );
  return new Map(rows.map((row) => [`${row.type}:${row.id}`, toHtmlSnippet(row.snippet)]));
}

export function search(
  db: DbExecutor,
  text: string,
  limit: number,
  after: SearchPosition | null,
): { hits: SearchHit[]; hasNextPage: boolean } | null {
  const query = toFtsQuery(text);
  if (query === null) return null;
  const afterCondition = after
    ? sql`where (bm25, type, id) > (${after.bm25}, ${after.type}, ${after.id})`
    : sql``;
  const ranked = sql.join(
    indexes.map((index) => rankedMatches(index, query)),
    sql` union all `,
  );
  const rows = db.all<Omit<SearchHit, "snippet">>(
    sql`select * from (${ranked}) ${afterCondition} order by bm25, type, id limit ${limit + 1}`,
  );
  const page = rows.slice(0, limit);
  const snippets = snippetsOf(db, query, page);
  return {
    hits: page.map((hit) => ({ ...hit, snippet: snippets.get(`${hit.type}:${hit.id}`) ?? "" })),
    hasNextPage: rows.length > limit,
  };
}
