/**
 * `npm run ingest -- PATH...`: extracts and stores article files and folders of them. A progress bar on a
 * terminal, one line per failed file, a summary at the end; exit code 1 when any file failed.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { ingestFiles, listArticleFiles, summarise } from "../ingest/ingestFiles.ts";

const usage = "usage: npm run ingest -- PATH... (article files, or folders of .txt/.md files)";

function main(): number {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  const missing = positionals.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    console.error(`No such file or folder: ${missing.join(", ")}`);
    return 2;
  }
  const files = listArticleFiles(positionals);
  const config = loadConfig();
  const { connection, db } = openDatabase(config.databaseUrl);

  const bar = process.stderr.isTTY
    ? new SingleBar({ format: "ingest [{bar}] {value}/{total} files | {file}", stream: process.stderr })
    : null;
  bar?.start(files.length, 0, { file: "" });
  const failures: string[] = [];
  const outcomes = ingestFiles(db, files, (outcome) => {
    if (outcome.error) failures.push(`${outcome.file}: ${outcome.error}`);
    bar?.increment({ file: outcome.file });
  });
  bar?.stop();
  connection.close();

  for (const failure of failures) console.error(`failed: ${failure}`);
  const summary = summarise(outcomes);
  console.log(
    `${summary.files} files: ${summary.articlesCreated} articles stored, ${summary.articlesUnchanged} already stored, ` +
      `${summary.failed} failed; ${summary.statementsCreated} statements, ${summary.participantsCreated} new participants, ` +
      `${summary.participantsMatched} matched to existing ones (database: ${config.databaseUrl})`,
  );
  return summary.failed > 0 ? 1 : 0;
}

process.exitCode = main();
