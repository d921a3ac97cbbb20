import matter from "gray-matter";
import { ArticleFormatError } from "./errors.js";
import type { ArticleInput } from "./types.js";

const TEXT_FIELDS = ["title", "source", "url"] as const;

function textField(data: Record<string, unknown>, field: string): string | null {
  const value = data[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") {
    throw new ArticleFormatError(`front matter field "${field}" must be text, got ${describe(value)}`);
  }
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function describe(value: unknown): string {
  if (value instanceof Date) return "a date";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : `a ${typeof value} (${String(value)})`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** YAML turns `published: 2023-07-13` into a Date at UTC midnight; keep such dates as plain calendar days. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

function publishedField(data: Record<string, unknown>): string | null {
  const value = data.published;
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new ArticleFormatError('front matter field "published" is not a valid date');
    return isoDate(value);
  }
  if (typeof value !== "string") {
    throw new ArticleFormatError(`front matter field "published" must be a date, got ${describe(value)}`);
  }
  const text = value.trim();
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) {
    throw new ArticleFormatError(`front matter field "published" is not a valid date: "${text}"`);
  }
  return DATE_ONLY.test(text) ? text : isoDate(parsed);
}

/** Parses an article file: optional YAML front matter (title, source, url, published), then the body. */
export function readArticleFile(fileText: string): ArticleInput {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Passing options turns off gray-matter's global cache, which would keep every article in memory.
    parsed = matter(fileText, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ArticleFormatError(`invalid front matter: ${reason}`);
  }
  const data = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ArticleFormatError("invalid front matter: expected a mapping of fields");
  }
  const [title, source, url] = TEXT_FIELDS.map((field) => textField(data, field));
  return { title, source, url, publishedAt: publishedField(data), body: parsed.content };
}
