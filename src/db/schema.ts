/**
 * Tables of the who-said-what graph. Every lookup and ordering the API performs has an index here; the
 * FTS5 tables and their triggers cannot be expressed in drizzle and live in a hand-written migration.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const participantKinds = ["person", "organization", "group", "anonymous"] as const;
export const statementKinds = ["direct", "partial", "indirect"] as const;
export type ParticipantKind = (typeof participantKinds)[number];
export type StatementKind = (typeof statementKinds)[number];

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    source: text("source"),
    url: text("url"),
    /** ISO 8601, or '' when unknown: '' sorts before every date, so keyset cursors never meet NULL. */
    publishedAt: text("published_at").notNull().default(""),
    body: text("body").notNull(),
    /** sha256 of the body: the identity of an article that has no url. */
    bodyHash: text("body_hash").notNull(),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (table) => [
    uniqueIndex("articles_url_unique").on(table.url),
    uniqueIndex("articles_body_hash_unique").on(table.bodyHash),
    index("articles_published_at_idx").on(table.publishedAt, table.id),
    index("articles_title_idx").on(sql`${table.title} collate nocase`, table.id),
    index("articles_source_idx").on(table.source, table.id),
  ],
);

export const participants = sqliteTable(
  "participants",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    /** Lower-cased, accent- and punctuation-free name: the key that cross-article merging matches on. */
    nameKey: text("name_key").notNull(),
    kind: text("kind", { enum: participantKinds }).notNull(),
    role: text("role"),
    /** Kept in step by ingestion and mutations so that ordering by it can use an index. */
    statementCount: integer("statement_count").notNull().default(0),
  },
  (table) => [
    index("participants_name_key_idx").on(table.nameKey),
    index("participants_name_idx").on(sql`${table.name} collate nocase`, table.id),
    index("participants_statement_count_idx").on(table.statementCount, table.id),
    index("participants_kind_idx").on(table.kind, table.id),
  ],
);

export const participantAliases = sqliteTable(
  "participant_aliases",
  {
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    aliasKey: text("alias_key").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.participantId, table.aliasKey] }),
    index("participant_aliases_alias_key_idx").on(table.aliasKey),
  ],
);

export const statements = sqliteTable(
  "statements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    speakerId: integer("speaker_id").references(() => participants.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    kind: text("kind", { enum: statementKinds }).notNull(),
    cue: text("cue"),
    paragraph: integer("paragraph"),
    start: integer("start"),
    end: integer("end"),
    /** The article's publication date, copied so statements can be ordered and filtered by it on an index. */
    publishedAt: text("published_at").notNull().default(""),
  },
  (table) => [
    index("statements_article_idx").on(table.articleId, table.id),
    index("statements_speaker_idx").on(table.speakerId, table.id),
    index("statements_published_at_idx").on(table.publishedAt, table.id),
    index("statements_speaker_published_at_idx").on(table.speakerId, table.publishedAt, table.id),
    index("statements_kind_idx").on(table.kind, table.id),
  ],
);

/** Everyone an article names, speaking or not, with the role the article gives them. */
export const articleParticipants = sqliteTable(
  "article_participants",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    role: text("role"),
    /** Order of first mention in the article. */
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.participantId] }),
    index("article_participants_participant_idx").on(table.participantId, table.articleId),
  ],
);

/** Participants a statement talks about. */
export const statementMentions = sqliteTable(
  "statement_mentions",
  {
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.statementId, table.participantId] }),
    index("statement_mentions_participant_idx").on(table.participantId, table.statementId),
  ],
);

export type ArticleRow = typeof articles.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;
export type StatementRow = typeof statements.$inferSelect;

/** Where a participant folded into another by mergeParticipants now lives, so its old id keeps resolving. */
export const participantRedirects = sqliteTable("participant_redirects", {
  fromId: integer("from_id").primaryKey(),
  toId: integer("to_id")
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" }),
});

/**
 * One `npm run import` of a corpus file and how many of its lines are committed: re-running an interrupted
 * import resumes after that line instead of writing anything twice. `content_hash` is the sha256 of the
 * committed lines (of the whole file once complete), so a file fixed after its bad line still resumes.
 */
export const corpusImports = sqliteTable("corpus_imports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  contentHash: text("content_hash").notNull().unique(),
  linesCommitted: integer("lines_committed").notNull().default(0),
  completedAt: text("completed_at"),
});

/** What a corpus file's own participant and article ids became in the database, for later lines and resumed runs. */
export const corpusImportKeys = sqliteTable(
  "corpus_import_keys",
  {
    importId: integer("import_id")
      .notNull()
      .references(() => corpusImports.id, { onDelete: "cascade" }),
    recordType: text("record_type", { enum: ["participant", "article"] }).notNull(),
    fileId: text("file_id").notNull(),
    dbId: integer("db_id").notNull(),
    /** The article was stored before this import: its statements in the file are not written again. */
    preexisting: integer("preexisting", { mode: "boolean" }).notNull().default(false),
  },
  (table) => [primaryKey({ columns: [table.importId, table.recordType, table.fileId] })],
);
