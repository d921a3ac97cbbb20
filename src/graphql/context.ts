/**
 * The per-request context, built in one place: the database handle, fresh DataLoaders, the caller's
 * write permission and the SQL statement counter behind `extensions.sql.count`.
 */
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { Logger } from "drizzle-orm/logger";
import type { Db, DbExecutor } from "../db/client.ts";
import { createLoaders, type Loaders } from "../loaders/index.ts";

export interface GraphQLContext {
  db: DbExecutor;
  loaders: Loaders;
  /** True when the request carries one of the configured bearer tokens. */
  canWrite: boolean;
  /** False when the server has no token configured, so that no request can write. */
  writesEnabled: boolean;
  /** SQL statements run for this request; null unless tracing is on. */
  sqlCounter: SqlCounter | null;
  /** Names this request in logs and in the `x-request-id` header. */
  requestId: string;
  /** ingestArticle refuses bodies larger than this many bytes. */
  maxArticleBytes: number;
}

export class SqlCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** Compares against every token in constant time, so timing reveals neither a token nor which one matched. */
export function hasValidToken(authorization: string | null, tokens: readonly string[]): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (presented === undefined) return false;
  const presentedDigest = digest(presented);
  let valid = false;
  for (const token of tokens) valid = timingSafeEqual(presentedDigest, digest(token)) || valid;
  return valid;
}

export interface ContextOptions {
  db: Db;
  /** Opens a handle that logs to the counter; only used when tracing is on. */
  tracedDb?: (counter: SqlCounter) => Db;
  apiTokens: readonly string[];
  /** ingestArticle's body limit, in bytes. */
  maxArticleBytes: number;
}

export function createContext(
  options: ContextOptions,
  request: Request,
  requestId: string = randomUUID(),
): GraphQLContext {
  const sqlCounter = options.tracedDb ? new SqlCounter() : null;
  const db = sqlCounter && options.tracedDb ? options.tracedDb(sqlCounter) : options.db;
  return {
    db,
    loaders: createLoaders(db),
    canWrite: hasValidToken(request.headers.get("authorization"), options.apiTokens),
    writesEnabled: options.apiTokens.length > 0,
    sqlCounter,
    requestId,
    maxArticleBytes: options.maxArticleBytes,
  };
}
