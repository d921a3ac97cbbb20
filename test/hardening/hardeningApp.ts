/**
 * Test apps for the hardening suite: like test/support/testApp.ts (a temporary SQLite file with the known
 * corpus, SQL tracing on) but built with any server settings, a captured error log, and a `post` helper
 * that returns the HTTP status and headers along with the body.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type SqliteConnection } from "../../src/db/client.ts";
import { storeExtraction } from "../../src/ingest/storeExtraction.ts";
import { type App, type AppOptions, createApp } from "../../src/server/app.ts";
import type { UnexpectedErrorLog } from "../../src/server/requestErrors.ts";
import { toExtraction } from "../support/articles.ts";
import { corpus } from "../support/corpus.ts";
import type { GqlResponse } from "../support/testApp.ts";

export const token = "hardening-token-0123456789";

export type Settings = Omit<AppOptions, "connection" | "db" | "apiTokens" | "traceSql">;

export interface Posted {
  status: number;
  headers: Headers;
  body: GqlResponse;
}

export interface HardeningApp {
  app: App;
  connection: SqliteConnection;
  logged: UnexpectedErrorLog[];
  /** POSTs one operation (or any JSON body) and returns status, headers and parsed body. */
  post(payload: unknown, headers?: Record<string, string>): Promise<Posted>;
  query(query: string, variables?: Record<string, unknown>): Promise<Posted>;
  /** Row counts of the main tables, to show a refused request wrote nothing. */
  counts(): Record<string, number>;
  close(): void;
}

export function createHardeningApp(settings: Settings = {}): HardeningApp {
  const directory = mkdtempSync(join(tmpdir(), "quotegraph-hardening-"));
  const { connection, db } = openDatabase(join(directory, "test.db"));
  for (const article of corpus) storeExtraction(db, toExtraction(article));
  const logged: UnexpectedErrorLog[] = [];
  const app = createApp({
    connection,
    db,
    apiTokens: [token],
    traceSql: true,
    logError: (entry) => logged.push(entry),
    ...settings,
  });
  const post = async (payload: unknown, headers: Record<string, string> = {}): Promise<Posted> => {
    const response = await app.fetch("http://yoga/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        authorization: `Bearer ${token}`,
        ...headers,
      },
      body: typeof payload === "string" ? payload : JSON.stringify(payload),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
  };
  return {
    app,
    connection,
    logged,
    post,
    query: (query, variables = {}) => post({ query, variables }),
    counts: () => {
      const count = (table: string) =>
        (connection.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      return {
        articles: count("articles"),
        statements: count("statements"),
        participants: count("participants"),
      };
    },
    close: () => {
      if (connection.open) connection.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export { countTokens } from "../../src/server/limits.ts";

export function codesOf(posted: Posted): (string | undefined)[] {
  return (posted.body.errors ?? []).map((error) => error.extensions?.code);
}
