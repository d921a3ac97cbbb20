import { getTableColumns } from "drizzle-orm";
import { type ArticleRow, articles } from "../db/schema.ts";

/**
 * An article without its body: lists of articles and statements' articles never need the text, and
 * reading thousands of bodies per request would be most of what such a request costs.
 */
export type ArticleSummary = Omit<ArticleRow, "body" | "bodyHash">;

const { body: _body, bodyHash: _bodyHash, ...summaryColumns } = getTableColumns(articles);
export const articleSummaryColumns = summaryColumns;
