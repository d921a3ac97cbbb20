/**
 * Ingests article files and folders of them: the path that `npm run ingest` and the start-up seeding share.
 * A bad file is reported and skipped; it never stops the others or leaves anything half-written.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { DbExecutor } from "../db/client.ts";
import { extractArticle, readArticleFile } from "../extract/index.ts";
import type { ArticleInput } from "../extract/types.ts";
import { type StoreResult, storeExtraction } from "./storeExtraction.ts";

const articleExtensions = new Set([".txt", ".md"]);

export function ingestArticle(db: DbExecutor, input: ArticleInput): StoreResult {
  return storeExtraction(db, extractArticle(input));
}

/** Expands folders (recursively, sorted) into the article files they hold. */
export function listArticleFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!statSync(path).isDirectory()) return [path];
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    return listArticleFiles(
      entries
        .filter((entry) => entry.isDirectory() || articleExtensions.has(extname(entry.name)))
        .map((entry) => join(path, entry.name)),
    );
  });
}

export interface FileOutcome {
  file: string;
  result?: StoreResult;
  error?: string;
}

export interface IngestSummary {
  files: number;
  articlesCreated: number;
  articlesUnchanged: number;
  failed: number;
  statementsCreated: number;
  participantsCreated: number;
  participantsMatched: number;
}

export function summarise(outcomes: FileOutcome[]): IngestSummary {
  const summary: IngestSummary = {
    files: outcomes.length,
    articlesCreated: 0,
    articlesUnchanged: 0,
    failed: 0,
    statementsCreated: 0,
    participantsCreated: 0,
    participantsMatched: 0,
  };
  for (const { result } of outcomes) {
    if (!result) {
      summary.failed++;
      continue;
    }
    if (result.created) summary.articlesCreated++;
    else summary.articlesUnchanged++;
    summary.statementsCreated += result.statementsCreated;
    summary.participantsCreated += result.participantsCreated;
    summary.participantsMatched += result.participantsMatched;
  }
  return summary;
}

export function ingestFile(db: DbExecutor, file: string): FileOutcome {
  try {
    const bytes = readFileSync(file);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { file, result: ingestArticle(db, readArticleFile(text)) };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

export function ingestFiles(
  db: DbExecutor,
  files: string[],
  onFileDone: (outcome: FileOutcome) => void = () => {},
): FileOutcome[] {
  return files.map((file) => {
    const outcome = ingestFile(db, file);
    onFileDone(outcome);
    return outcome;
  });
}
