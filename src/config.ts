/**
 * The one place that reads the environment. Every value is validated at start-up so that a typo in a
 * deployment fails loudly instead of serving with a surprising default.
 */

/** Limits every GraphQL request is checked against before anything executes. */
export interface QueryLimits {
  /** Fields nested inside one another, leaves included. */
  depth: number;
  /** Estimated fields resolved, multiplying by the page sizes asked for (20 when not given). */
  cost: number;
  /** Aliased fields per operation, fragments expanded. */
  aliases: number;
  /** Directive uses per operation, fragments expanded. */
  directives: number;
  /** Lexical tokens per document (comments excluded). */
  tokens: number;
  /** Bytes of GraphQL text per document. */
  documentBytes: number;
  /** Operations per HTTP request; 1 turns batching off. */
  batch: number;
}

/** What the HTTP app serves and refuses; createApp takes these, and tests override them. */
export interface ServerSettings {
  limits: QueryLimits;
  /** Whether `__schema` and `__type` are answered. */
  introspection: boolean;
  /** Whether GET /graphql from a browser serves GraphiQL. */
  graphiql: boolean;
  /** Request bodies larger than this are answered 413. */
  maxRequestBytes: number;
  /** ingestArticle refuses bodies larger than this. */
  maxArticleBytes: number;
}

export const defaultQueryLimits: Readonly<QueryLimits> = Object.freeze({
  depth: 12,
  cost: 50_000,
  aliases: 30,
  directives: 20,
  tokens: 2_000,
  documentBytes: 20 * 1024,
  batch: 1,
});

export const defaultServerSettings: Readonly<ServerSettings> = Object.freeze({
  limits: defaultQueryLimits,
  introspection: true,
  graphiql: true,
  maxRequestBytes: 1024 * 1024,
  maxArticleBytes: 2 * 1024 * 1024,
});

export interface Config extends ServerSettings {
  databaseUrl: string;
  port: number;
  host: string;
  /** Bearer tokens that may run mutations; empty means writes are refused. */
  apiTokens: string[];
  traceSql: boolean;
  /** Path of a trusted-documents manifest; when set, only its documents run (null: any document). */
  trustedDocuments: string | null;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Environment = Readonly<Record<string, string | undefined>>;

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function readFlag(name: string, raw: string | undefined, fallback = false): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (raw === "0") return false;
  if (raw === "1") return true;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

/** A whole number of at least `min`, with `_` separators allowed ("50_000"). */
function readCount(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined || raw === "") return fallback;
  const value = /^\d[\d_]*$/.test(raw) ? Number(raw.replaceAll("_", "")) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

const byteUnits: Record<string, number> = { "": 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A size in bytes: "1048576", "512KB", "2MB" (units are powers of 1024, case-insensitive). */
function readBytes(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?b)?$/i.exec(raw);
  const value = match
    ? Math.floor(Number(match[1]) * (byteUnits[(match[2] ?? "").toLowerCase()] ?? Number.NaN))
    : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigError(`${name} must be a size in bytes such as 1048576, 512KB or 2MB, got "${raw}"`);
  }
  return value;
}

function readTokens(raw: string | undefined): string[] {
  const tokens = (raw ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  const tooShort = tokens.find((token) => token.length < 8);
  if (tooShort !== undefined) {
    throw new ConfigError("QUOTEGRAPH_API_TOKEN: every token must be at least 8 characters long");
  }
  return tokens;
}

function readLimits(env: Environment): QueryLimits {
  const d = defaultQueryLimits;
  const get = (name: string) => env[name]?.trim();
  return {
    depth: readCount("QUOTEGRAPH_MAX_DEPTH", get("QUOTEGRAPH_MAX_DEPTH"), d.depth),
    cost: readCount("QUOTEGRAPH_MAX_COST", get("QUOTEGRAPH_MAX_COST"), d.cost),
    aliases: readCount("QUOTEGRAPH_MAX_ALIASES", get("QUOTEGRAPH_MAX_ALIASES"), d.aliases, 0),
    directives: readCount("QUOTEGRAPH_MAX_DIRECTIVES", get("QUOTEGRAPH_MAX_DIRECTIVES"), d.directives, 0),
    tokens: readCount("QUOTEGRAPH_MAX_TOKENS", get("QUOTEGRAPH_MAX_TOKENS"), d.tokens),
    documentBytes: readBytes(
      "QUOTEGRAPH_MAX_DOCUMENT_BYTES",
      get("QUOTEGRAPH_MAX_DOCUMENT_BYTES"),
      d.documentBytes,
    ),
    batch: readCount("QUOTEGRAPH_MAX_BATCH", get("QUOTEGRAPH_MAX_BATCH"), d.batch),
  };
}

export function loadConfig(env: Environment = process.env): Config {
  const host = env.HOST?.trim() || "127.0.0.1";
  const d = defaultServerSettings;
  return {
    databaseUrl: env.DATABASE_URL?.trim() || "data/quotegraph.db",
    port: readPort(env.PORT?.trim()),
    host,
    apiTokens: readTokens(env.QUOTEGRAPH_API_TOKEN),
    traceSql: readFlag("QUOTEGRAPH_TRACE_SQL", env.QUOTEGRAPH_TRACE_SQL?.trim()),
    trustedDocuments: env.QUOTEGRAPH_TRUSTED_DOCUMENTS?.trim() || null,
    limits: readLimits(env),
    introspection: readFlag(
      "QUOTEGRAPH_INTROSPECTION",
      env.QUOTEGRAPH_INTROSPECTION?.trim(),
      d.introspection,
    ),
    graphiql: readFlag("QUOTEGRAPH_GRAPHIQL", env.QUOTEGRAPH_GRAPHIQL?.trim(), d.graphiql),
    maxRequestBytes: readBytes(
      "QUOTEGRAPH_MAX_REQUEST_BYTES",
      env.QUOTEGRAPH_MAX_REQUEST_BYTES?.trim(),
      d.maxRequestBytes,
    ),
    maxArticleBytes: readBytes(
      "QUOTEGRAPH_MAX_ARTICLE_BYTES",
      env.QUOTEGRAPH_MAX_ARTICLE_BYTES?.trim(),
      d.maxArticleBytes,
    ),
  };
}
