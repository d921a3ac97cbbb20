/**
 * The extraction contract: what `extractArticle` returns, what `npm run extract` prints (without the body),
 * and what ingestion stores. Shapes follow SPEC.md, "Extraction output".
 */

export type ParticipantKind = "person" | "organization" | "group" | "anonymous";
export type StatementKind = "direct" | "partial" | "indirect";

/** An article as it arrives: from a file's front matter and body, or from the ingestArticle mutation. */
export interface ArticleInput {
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt?: string | null;
  body: string;
}

export interface ExtractedArticle {
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The body as stored: dateline removed; statement offsets point into it. */
  body: string;
}

export interface ExtractedParticipant {
  /** Canonical display name, unique within one extraction. */
  name: string;
  kind: ParticipantKind;
  role: string | null;
  /** Other names the article uses for this participant (never including `name`). */
  aliases: string[];
}

export interface ExtractedStatement {
  /** Quoted words without the quote marks; for indirect speech, the reported clause. */
  text: string;
  kind: StatementKind;
  /** The `name` of one of the participants, or null when nobody can be attributed. */
  speaker: string | null;
  cue: string | null;
  /** 1-based index of the body paragraph. */
  paragraph: number;
  /** Offsets of `text` in `article.body`: body.slice(start, end) === text. */
  start: number;
  end: number;
  /** Names of participants the statement talks about. */
  mentions: string[];
}

export interface Extraction {
  article: ExtractedArticle;
  participants: ExtractedParticipant[];
  statements: ExtractedStatement[];
}
