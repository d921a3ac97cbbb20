/**
 * `npm run import -- FILE.ndjson [--batch-size N]`: bulk-loads a corpus into DATABASE_URL.
 * A bad line stops the import with `line N: reason` on stderr and exit code 1; re-running resumes.
 */
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import {
  defaultBatchSize,
  ImportLineError,
  type ImportSummary,
  importCorpus,
} from "../ingest/importCorpus.ts";

const usage = "usage: npm run import -- FILE.ndjson [--batch-size N]";

function readArguments(): { file: string; batchSize: number } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "batch-size": { type: "string" } },
  });
  const batchSize = Number(values["batch-size"] ?? defaultBatchSize);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0 || !Number.isSafeInteger(batchSize) || batchSize < 1) {
    console.error(usage);
    process.exit(2);
  }
  return { file, batchSize };
}

function describe(summary: ImportSummary): string {
  if (summary.alreadyImported) return "This file was imported completely before: nothing to do.";
  const rate = Math.round(summary.statementsCreated / Math.max(summary.seconds, 0.001));
  return [
    summary.resumedAfterLine > 0 ? `Resumed after line ${summary.resumedAfterLine}.` : null,
    `Imported ${summary.lines} lines in ${summary.seconds.toFixed(1)} s (${summary.batches} batches):`,
    `  participants created: ${summary.participantsCreated}`,
    `  articles created:     ${summary.articlesCreated} (already stored, skipped with their statements: ${summary.articlesAlreadyStored})`,
    `  statements created:   ${summary.statementsCreated} (${rate}/s; skipped: ${summary.statementsSkipped})`,
  ]
    .filter((line) => line !== null)
    .join("\n");
}

async function main(): Promise<void> {
  const { file, batchSize } = readArguments();
  const { connection } = openDatabase(loadConfig().databaseUrl);
  const bar = process.stdout.isTTY
    ? new SingleBar({
        format: "importing {bar} {percentage}% | {statements} statements | eta {eta_formatted}",
      })
    : null;
  try {
    bar?.start(1, 0, { statements: 0 });
    const summary = await importCorpus(connection, file, {
      batchSize,
      onProgress: ({ bytesRead, totalBytes, statementsCreated }) => {
        bar?.setTotal(totalBytes);
        bar?.update(bytesRead, { statements: statementsCreated });
      },
    });
    bar?.stop();
    console.log(describe(summary));
  } catch (error) {
    bar?.stop();
    if (!(error instanceof ImportLineError)) throw error;
    console.error(`${file}: ${error.message}`);
    console.error("Earlier batches are committed; fix the line and re-run to resume.");
    process.exitCode = 1;
  } finally {
    connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exitCode = 1;
});
