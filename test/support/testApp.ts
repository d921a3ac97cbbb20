/**
 * A fresh Quotegraph app for one test file: its own temporary SQLite file (migrated, optionally seeded),
 * a configured API token, optional SQL tracing, and a `gql` helper that talks to the app through
 * `app.fetch`, the way any HTTP client would, without opening a port.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, openDatabase, type SqliteConnection } from "../../src/db/client.ts";
import { type StoreResult, storeExtraction } from "../../src/ingest/storeExtraction.ts";
import { type App, createApp } from "../../src/server/app.ts";
import { seedIfEmpty } from "../../src/server/seed.ts";
import { type FixtureArticle, toExtraction } from "./articles.ts";

/** The token test apps accept unless told otherwise. */
export const testToken = "test-token-0123456789";

// biome-ignore lint/suspicious/noExplicitAny: response data is navigated freely in assertions; its shape is what the tests check.
export type Loose = any;

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse {
  data?: Loose;
  errors?: GqlError[];
  extensions?: { sql?: { count: number }; [key: string]: unknown };
}

export interface GqlOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Extra request headers (sent as given, after the token's). */
  headers?: Record<string, string>;
}

export type Gql = (
  query: string,
  variables?: Record<string, unknown>,
  options?: GqlOptions,
) => Promise<GqlResponse>;

export interface TestAppOptions {
  /** Load the seed article through the ingest path, as `npm start` does on an empty database. */
  seed?: boolean;
  /** The token mutations require; null configures none, so every mutation is refused. */
  token?: string | null;
  /** Turns on `extensions.sql.count`. */
  traceSql?: boolean;
}

export interface TestApp {
  app: App;
  gql: Gql;
  db: Db;
  connection: SqliteConnection;
  databaseFile: string;
  /** Another app with other options over the same database (say, one without a token). */
  variant(options: Omit<TestAppOptions, "seed">): { app: App; gql: Gql };
  /** Stores a hand-written article through the ingest layer, bypassing text extraction. */
  store(article: FixtureArticle): StoreResult;
  close(): void;
}

/** Posts one GraphQL operation to `app` and returns the parsed JSON body. */
export function gqlOn(app: App): Gql {
  return async (query, variables = {}, options = {}) => {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/json",
    };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    Object.assign(headers, options.headers);
    const response = await app.fetch("http://yoga/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResponse;
  };
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  const directory = mkdtempSync(join(tmpdir(), "quotegraph-test-"));
  const databaseFile = join(directory, "test.db");
  const { connection, db } = openDatabase(databaseFile);
  if (options.seed) {
    const outcomes = seedIfEmpty(db) ?? [];
    const failed = outcomes.find((outcome) => outcome.error);
    if (failed) throw new Error(`Seed file ${failed.file} was not loaded: ${failed.error}`);
  }
  const build = (appOptions: Omit<TestAppOptions, "seed">) => {
    const token = appOptions.token === undefined ? testToken : appOptions.token;
    const app = createApp({
      connection,
      db,
      apiTokens: token === null ? [] : [token],
      traceSql: appOptions.traceSql ?? false,
    });
    return { app, gql: gqlOn(app) };
  };
  const { app, gql } = build(options);
  return {
    app,
    gql,
    db,
    connection,
    databaseFile,
    variant: build,
    store: (article) => storeExtraction(db, toExtraction(article)),
    close: () => {
      if (connection.open) connection.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The data of a response that must have succeeded; fails with the errors otherwise. */
export function dataOf(response: GqlResponse): Loose {
  if (response.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}

/** The codes of a response's errors, in order. */
export function errorCodes(response: GqlResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
