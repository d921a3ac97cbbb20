/**
 * `npm run import` end to end: the CLI runs as its own process against a temporary database, as a user runs it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { createDb, openDatabase } from "../../src/db/client.ts";
import { encodeGlobalId } from "../../src/graphql/globalIds.ts";
import type { CorpusLine } from "../../src/ingest/corpusRecords.ts";
import { createApp } from "../../src/server/app.ts";

const folder = mkdtempSync(join(tmpdir(), "quotegraph-import-"));
const corpusFile = join(folder, "corpus.ndjson");
let corpusLines: string[] = [];

function runImport(file: string, database: string, ...extra: string[]) {
  return spawnSync("npx", ["tsx", "src/cli/import.ts", file, ...extra], {
    env: { ...process.env, DATABASE_URL: database },
    encoding: "utf8",
    timeout: 60_000,
  });
}

function counts(database: string) {
  const { connection } = openDatabase(database);
  try {
    return connection
      .prepare(
        `select (select count(*) from statements) as statements, (select count(*) from articles) as articles,
          (select count(*) from participants) as participants,
          (select coalesce(sum(statement_count), 0) from participants) as statementCounts,
          (select count(*) from statements where speaker_id is not null) as attributed`,
      )
      .get() as Record<string, number>;
  } finally {
    connection.close();
  }
}

const parsed = () => corpusLines.map((line) => JSON.parse(line) as CorpusLine);
const statementLines = () => parsed().filter((record) => record.type === "statement");

beforeAll(async () => {
  await generateCorpus({ articles: 40, participants: 25, statements: 400, seed: 7 }, corpusFile);
  corpusLines = readFileSync(corpusFile, "utf8").trimEnd().split("\n");
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run import", () => {
  it("imports every record, keeps statement counts right and serves them over GraphQL", async () => {
    const database = join(folder, "complete.db");
    const run = runImport(corpusFile, database);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("statements created:   400");
    expect(counts(database)).toMatchObject({ statements: 400, articles: 40, participants: 25 });
    const { statementCounts, attributed } = counts(database);
    expect(statementCounts).toBe(attributed);

    // The file's participant p1 is the database's participant 1: the file lists participants first.
    const expected = statementLines().filter((record) => record.speakerId === "p1").length;
    const { connection } = openDatabase(database);
    const app = createApp({ connection, db: createDb(connection), apiTokens: [], traceSql: false });
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query ($id: ID!) { participant(id: $id) { name statementCount statements(first: 1) { totalCount } } }`,
        variables: { id: encodeGlobalId("Participant", 1) },
      }),
    });
    const { data } = (await response.json()) as {
      data: { participant: { name: string; statementCount: number; statements: { totalCount: number } } };
    };
    connection.close();
    const p1 = parsed().find((record) => record.type === "participant" && record.id === "p1");
    expect(data.participant).toEqual({
      name: p1?.type === "participant" ? p1.name : undefined,
      statementCount: expected,
      statements: { totalCount: expected },
    });

    const again = runImport(corpusFile, database);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("imported completely before");
    expect(counts(database)).toMatchObject({ statements: 400, articles: 40, participants: 25 });
  });

  it("stops at a bad line with its number, keeps earlier batches only, and resumes once it is fixed", () => {
    const database = join(folder, "resumed.db");
    const records = parsed();
    const badIndex = records.findIndex(
      (record, index) => index >= records.length * 0.7 && record.type === "statement",
    );
    const badLineNumber = badIndex + 1;
    const broken = [...corpusLines];
    broken[badIndex] = JSON.stringify({ ...records[badIndex], kind: "shouted" });
    const brokenFile = join(folder, "broken.ndjson");
    writeFileSync(brokenFile, `${broken.join("\n")}\n`);

    const failed = runImport(brokenFile, database, "--batch-size", "50");
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`line ${badLineNumber}: "kind" must be one of`);
    const { connection } = openDatabase(database);
    const { linesCommitted } = connection
      .prepare("select lines_committed as linesCommitted from corpus_imports")
      .get() as { linesCommitted: number };
    connection.close();
    expect(linesCommitted).toBeGreaterThan(0);
    expect(linesCommitted).toBeLessThan(badLineNumber);
    // Exactly the statements of the committed lines are stored: nothing of the failed batch.
    const storedStatements = corpusLines
      .slice(0, linesCommitted)
      .filter((line) => (JSON.parse(line) as CorpusLine).type === "statement").length;
    expect(counts(database).statements).toBe(storedStatements);
    expect(storedStatements).toBeLessThan(statementLines().length);

    const resumed = runImport(corpusFile, database, "--batch-size", "50");
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`Resumed after line ${linesCommitted}`);
    const after = counts(database);
    expect(after).toMatchObject({ statements: 400, articles: 40, participants: 25 });
    expect(after.statementCounts).toBe(after.attributed);
  });
});
