import matter from "gray-matter";
import { ArticleFormatError } from "./errors.js";
import type { ArticleInput } from "./types.js";

const TEXT_FIELDS = ["title", "source", "url"] as const;

/** An absolute http(s) address: the only kind of `url` an article may carry. */
export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s/]+\S*$/i.test(text);
}

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

const FRONT_MATTER_BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const PLAIN_FIELD = /^([A-Za-z][\w-]*):[ \t]*(.*)$/;
/** Values that open YAML syntax beyond one line of text: lists, mappings, block scalars, anchors, tags. */
const YAML_SYNTAX = /^[[{|>&*!]/;

/** `'It''s'` and `"a \"b\""` are YAML's quoted forms of one value; anything else is the value as written. */
function unquote(value: string): string {
  const single = /^'((?:[^']|'')*)'$/.exec(value);
  if (single) return (single[1] ?? "").replaceAll("''", "'");
  if (/^"(?:[^"\\]|\\.)*"$/.test(value)) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  return value;
}

/**
 * Headlines are full of quote marks and colons ("'Whingers' Harry and Meghan 'won't recover'", "Brexit: what
 * now?") that YAML refuses or, worse, silently cuts short. A block whose every line is a plain `key: value` is
 * read line by line, each value as written; any other block is YAML.
 */
function plainFrontMatter(fileText: string): { data: Record<string, unknown>; content: string } | null {
  const block = FRONT_MATTER_BLOCK.exec(fileText);
  if (!block) return null;
  const data: Record<string, unknown> = {};
  for (const line of (block[1] ?? "").split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const field = PLAIN_FIELD.exec(line);
    const value = field?.[2]?.trim() ?? "";
    if (!field || YAML_SYNTAX.test(value)) return null;
    data[field[1] as string] = value === "" || value === "~" || value === "null" ? null : unquote(value);
  }
  return { data, content: fileText.slice(block[0].length) };
}

function yamlFrontMatter(fileText: string): { data: Record<string, unknown>; content: string } {
  try {
    // Passing options turns off gray-matter's global cache, which would keep every article in memory.
    return matter(fileText, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ArticleFormatError(`invalid front matter: ${reason}`);
  }
}

/** Parses an article file: optional front matter (title, source, url, published), then the body. */
export function readArticleFile(fileText: string): ArticleInput {
  const parsed = plainFrontMatter(fileText) ?? yamlFrontMatter(fileText);
  const data = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ArticleFormatError("invalid front matter: expected a mapping of fields");
  }
  const [title, source, url] = TEXT_FIELDS.map((field) => textField(data, field));
  if (url && !isHttpUrl(url))
    throw new ArticleFormatError(`front matter field "url" must be an http(s) address, got "${url}"`);
  return { title, source, url, publishedAt: publishedField(data), body: parsed.content };
}
