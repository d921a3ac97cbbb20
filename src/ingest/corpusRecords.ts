/**
 * The records of a corpus file (SPEC.md, "Corpus files") and the validation that turns one NDJSON line into
 * a record ready to store, or says in a few words what is wrong with it.
 */
import { type ParticipantKind, participantKinds, type StatementKind, statementKinds } from "../db/schema.ts";

/** A file's own key for a record. Numbers are keyed by their decimal form: 7 and "7" name the same record. */
export type CorpusId = string | number;

/** The records as a corpus file spells them (what the bench generator writes). */
export interface ParticipantLine {
  type: "participant";
  id: CorpusId;
  name: string;
  kind: ParticipantKind;
  role?: string | null;
  aliases?: string[];
}

export interface ArticleLine {
  type: "article";
  id: CorpusId;
  title: string;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  body: string;
}

export interface StatementLine {
  type: "statement";
  id: CorpusId;
  articleId: CorpusId;
  speakerId?: CorpusId | null;
  text: string;
  kind: StatementKind;
  cue?: string | null;
  paragraph?: number | null;
  start?: number | null;
  end?: number | null;
}

export type CorpusLine = ParticipantLine | ArticleLine | StatementLine;

/** The records after validation: keys normalised, absent optional fields as null. */
export interface ParticipantRecord {
  type: "participant";
  key: string;
  name: string;
  kind: ParticipantKind;
  role: string | null;
  aliases: string[];
}

export interface ArticleRecord {
  type: "article";
  key: string;
  title: string;
  source: string | null;
  url: string | null;
  /** '' when unknown, as the articles table stores it. */
  publishedAt: string;
  body: string;
}

export interface StatementRecord {
  type: "statement";
  articleKey: string;
  speakerKey: string | null;
  text: string;
  kind: StatementKind;
  cue: string | null;
  paragraph: number | null;
  start: number | null;
  end: number | null;
}

export type CorpusRecord = ParticipantRecord | ArticleRecord | StatementRecord;

/** What is wrong with a line; the importer adds the line number. */
export class RecordError extends Error {
  override name = "RecordError";
}

type Fields = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

function requiredText(fields: Fields, name: string): string {
  const value = fields[name];
  if (value === undefined) throw new RecordError(`"${name}" is missing`);
  if (typeof value !== "string") throw new RecordError(`"${name}" must be a string, got ${describe(value)}`);
  if (value.trim() === "") throw new RecordError(`"${name}" must not be empty`);
  return value;
}

function optionalText(fields: Fields, name: string): string | null {
  const value = fields[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new RecordError(`"${name}" must be a string, got ${describe(value)}`);
  return value.trim() === "" ? null : value;
}

function optionalCount(fields: Fields, name: string, minimum: number): number | null {
  const value = fields[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
    throw new RecordError(`"${name}" must be an integer of at least ${minimum}, got ${describe(value)}`);
  }
  return value;
}

function oneOf<Value extends string>(fields: Fields, name: string, allowed: readonly Value[]): Value {
  const value = fields[name];
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) {
    throw new RecordError(`"${name}" must be one of ${allowed.join(", ")}, got ${describe(value)}`);
  }
  return match;
}

function corpusKey(value: unknown, name: string): string {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  throw new RecordError(`"${name}" must be a non-empty string or an integer, got ${describe(value)}`);
}

function optionalCorpusKey(fields: Fields, name: string): string | null {
  const value = fields[name];
  return value === undefined || value === null ? null : corpusKey(value, name);
}

const isoDateStart = /^\d{4}-\d{2}-\d{2}/;

function publishedAt(fields: Fields): string {
  const value = optionalText(fields, "publishedAt");
  if (value === null) return "";
  if (!isoDateStart.test(value) || Number.isNaN(Date.parse(value))) {
    throw new RecordError(`"publishedAt" must be an ISO 8601 date such as "2023-07-13", got "${value}"`);
  }
  return value;
}

function aliases(fields: Fields): string[] {
  const value = fields.aliases;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((alias) => typeof alias === "string")) {
    throw new RecordError(`"aliases" must be a list of strings, got ${describe(value)}`);
  }
  return value;
}

function participant(fields: Fields): ParticipantRecord {
  return {
    type: "participant",
    key: corpusKey(fields.id, "id"),
    name: requiredText(fields, "name"),
    kind: oneOf(fields, "kind", participantKinds),
    role: optionalText(fields, "role"),
    aliases: aliases(fields),
  };
}

function article(fields: Fields): ArticleRecord {
  return {
    type: "article",
    key: corpusKey(fields.id, "id"),
    title: requiredText(fields, "title"),
    source: optionalText(fields, "source"),
    url: optionalText(fields, "url"),
    publishedAt: publishedAt(fields),
    body: requiredText(fields, "body"),
  };
}

function statement(fields: Fields): StatementRecord {
  // Nothing refers to a statement, so its id is checked for shape only.
  corpusKey(fields.id, "id");
  const start = optionalCount(fields, "start", 0);
  const end = optionalCount(fields, "end", 0);
  if (start !== null && end !== null && end < start) {
    throw new RecordError(`"end" (${end}) must not be before "start" (${start})`);
  }
  return {
    type: "statement",
    articleKey: corpusKey(fields.articleId, "articleId"),
    speakerKey: optionalCorpusKey(fields, "speakerId"),
    text: requiredText(fields, "text"),
    kind: oneOf(fields, "kind", statementKinds),
    cue: optionalText(fields, "cue"),
    paragraph: optionalCount(fields, "paragraph", 1),
    start,
    end,
  };
}

const recordTypes = ["participant", "article", "statement"] as const;

/** Parses and validates one line; references to other records are the importer's to check. */
export function parseCorpusLine(line: string): CorpusRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new RecordError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RecordError(`expected a JSON object, got ${describe(value)}`);
  }
  const fields = value as Fields;
  switch (oneOf(fields, "type", recordTypes)) {
    case "participant":
      return participant(fields);
    case "article":
      return article(fields);
    case "statement":
      return statement(fields);
  }
}
