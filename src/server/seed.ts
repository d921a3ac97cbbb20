import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../db/client.ts";
import { articles } from "../db/schema.ts";
import { type FileOutcome, ingestFiles, listArticleFiles } from "../ingest/ingestFiles.ts";

export const seedFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../seed");

/** Loads the seed articles into an empty database, through the same path as `npm run ingest`. */
export function seedIfEmpty(db: Db, folder = seedFolder): FileOutcome[] | null {
  if (db.select({ id: articles.id }).from(articles).limit(1).get()) return null;
  return ingestFiles(db, listArticleFiles([folder]));
}
