/**
 * Ingests article files and folders of them: the path that `npm run ingest` and the start-up seeding share.
 * A bad file is reported and skipped; it never stops the others or leaves anything half-written.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { DbExecutor } from "../db/client.ts";
import { ArticleFormatError, extractArticle, readArticleFile } from "../extract/index.ts";
import type { ArticleInput } from "../extract/types.ts";
import { type StoreResult, storeExtraction } from "./storeExtraction.ts";

const articleExtensions = new Set([".txt", ".md"]);

/**
 * Control characters other than tab and line breaks (NUL, escape, backspace, DEL…): binary data, not text.
 * Tab, LF, VT, FF and CR are layout, which extraction reads as spaces and line breaks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacter = /[\u0000-\u0008\u000e-\u001f\u007f]/;
/** A UTF-16 surrogate without its pair: SQLite cannot store it, so the text and its offsets would change. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What makes `text` unfit to store as article text, or null. */
export function textProblem(text: string): string | null {
  const control = controlCharacter.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return `contains a control character (U+${code}) at offset ${control.index}: send plain text`;
  }
  const surrogate = loneSurrogate.exec(text);
  if (surrogate) return `is not well-formed Unicode (a lone surrogate at offset ${surrogate.index})`;
  return null;
}

/** Extracts and stores one article; a body that is not plain text is refused before anything is written. */
export function ingestArticle(db: DbExecutor, input: ArticleInput): StoreResult {
  const problem = textProblem(input.body);
  if (problem) throw new ArticleFormatError(`article body ${problem}`);
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
