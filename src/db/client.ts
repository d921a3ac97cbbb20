/**
 * Opens the SQLite database with the pragmas the server relies on and applies pending migrations.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { RunResult } from "better-sqlite3";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Logger } from "drizzle-orm/logger";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema.ts";

export type Db = BetterSQLite3Database<typeof schema>;
export type SqliteConnection = Database.Database;

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../migrations");

export function openConnection(databaseUrl: string): SqliteConnection {
  if (databaseUrl !== ":memory:") mkdirSync(dirname(resolve(databaseUrl)), { recursive: true });
  const connection = new Database(databaseUrl);
  // WAL lets readers keep being served while a writer commits; NORMAL sync is crash-safe under WAL.
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = NORMAL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
  connection.pragma("cache_size = -65536");
  connection.pragma("mmap_size = 268435456");
  connection.pragma("temp_store = MEMORY");
  return connection;
}

export function createDb(connection: SqliteConnection, logger?: Logger): Db {
  return drizzle({ client: connection, schema, ...(logger ? { logger } : {}) });
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** Opens, migrates and returns the database at `databaseUrl`. */
export function openDatabase(databaseUrl: string): { connection: SqliteConnection; db: Db } {
  const connection = openConnection(databaseUrl);
  const db = createDb(connection);
  migrateDatabase(db);
  return { connection, db };
}

/** A database handle or an open transaction: what code that must run inside a caller's transaction takes. */
export type DbExecutor = BaseSQLiteDatabase<"sync", RunResult, typeof schema>;
