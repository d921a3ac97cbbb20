/**
 * Data safety (issue 5, item 4): `npm run import` of a large corpus is killed with SIGKILL mid-way. The
 * database is then intact (integrity_check, foreign keys, no statement pointing nowhere), every article it
 * holds has all its statements, statement counts are right, and re-running the import finishes the job
 * without duplicates. While the import writes, readers are served (WAL): a GraphQL query answers.
 *
 * No timing assertions: every wait is bounded and fails with what it was waiting for.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { createDb, openConnection } from "../../src/db/client.ts";
import type { CorpusLine } from "../../src/ingest/corpusRecords.ts";
import { createApp } from "../../src/server/app.ts";

const size = { articles: 10_000, participants: 2_000, statements: 100_000, seed: 5 };
/** Small batches: many commits, so the kill lands between two of them, mid-way through the file. */
const batchSize = 1_000;
/** The import is killed once this many statements are committed: a quarter of the file. */
const killAfter = size.statements / 4;

const folder = mkdtempSync(join(tmpdir(), "quotegraph-kill-"));
const corpusFile = join(folder, "corpus.ndjson");
const databaseFile = join(folder, "killed.db");

/** What the corpus file holds: statements per file article id, and the totals. */
const corpus = {
  statementsPerArticle: new Map<string, number>(),
  articles: 0,
  participants: 0,
  statements: 0,
};

let importer: ChildProcess | null = null;

async function readCorpus(): Promise<void> {
  const lines = createInterface({ input: createReadStream(corpusFile, { encoding: "utf8" }) });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const record = JSON.parse(line) as CorpusLine;
    if (record.type === "participant") corpus.participants++;
    else if (record.type === "article") {
      corpus.articles++;
      corpus.statementsPerArticle.set(String(record.id), 0);
    } else {
      corpus.statements++;
      const key = String(record.articleId);
      corpus.statementsPerArticle.set(key, (corpus.statementsPerArticle.get(key) ?? 0) + 1);
    }
  }
}

/** Polls `check` every 20 ms until it returns a value, for at most `seconds`. */
async function waitFor<Value>(what: string, seconds: number, check: () => Value | undefined): Promise<Value> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gave up after ${seconds} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Statements stored so far, through a read-only connection (undefined until the schema is there). */
function storedStatements(reader: Database.Database): number | undefined {
  try {
    return (reader.prepare("select count(*) as n from statements").get() as { n: number }).n;
  } catch {
    return undefined; // the importer is still creating the schema
  }
}

interface Check {
  integrity: string[];
  foreignKeyProblems: number;
  orphanStatements: number;
  orphanLinks: number;
  articles: number;
  statements: number;
  participants: number;
  articleKeys: number;
  /** Articles whose statement count differs from the corpus file's: [file id, stored, expected]. */
  incompleteArticles: [string, number, number][];
  wrongStatementCounts: number;
  duplicateStatements: number;
  completed: boolean;
}

/** Everything the test asserts about the database, read on a fresh connection. */
function inspect(file: string): Check {
  const db = new Database(file, { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const perArticle = db
      .prepare(
        `select k.file_id as fileId, (select count(*) from statements s where s.article_id = k.db_id) as n
         from corpus_import_keys k where k.record_type = 'article'`,
      )
      .all() as { fileId: string; n: number }[];
    const incompleteArticles = perArticle
      .map(
        ({ fileId, n }) =>
          [fileId, n, corpus.statementsPerArticle.get(fileId) ?? -1] as [string, number, number],
      )
      .filter(([, stored, expected]) => stored !== expected);
    return {
      integrity: (db.pragma("integrity_check") as { integrity_check: string }[]).map(
        (row) => row.integrity_check,
      ),
      foreignKeyProblems: (db.pragma("foreign_key_check") as unknown[]).length,
      orphanStatements: count(
        `select count(*) as n from statements s where not exists (select 1 from articles a where a.id = s.article_id)
           or (s.speaker_id is not null and not exists (select 1 from participants p where p.id = s.speaker_id))`,
      ),
      orphanLinks: count(
        `select count(*) as n from article_participants l
         where not exists (select 1 from articles a where a.id = l.article_id)
            or not exists (select 1 from participants p where p.id = l.participant_id)`,
      ),
      articles: count("select count(*) as n from articles"),
      statements: count("select count(*) as n from statements"),
      participants: count("select count(*) as n from participants"),
      articleKeys: count("select count(*) as n from corpus_import_keys where record_type = 'article'"),
      incompleteArticles,
      wrongStatementCounts: count(
        `select count(*) as n from participants p
         where p.statement_count != (select count(*) from statements s where s.speaker_id = p.id)`,
      ),
      duplicateStatements: count(
        `select count(*) as n from (select 1 from statements
         group by article_id, coalesce(speaker_id, 0), text, coalesce(start, -1) having count(*) > 1)`,
      ),
      completed: count("select count(*) as n from corpus_imports where completed_at is not null") > 0,
    };
  } finally {
    db.close();
  }
}

function expectConsistent(check: Check): void {
  expect(check.integrity, "PRAGMA integrity_check").toEqual(["ok"]);
  expect(check.foreignKeyProblems, "rows failing PRAGMA foreign_key_check").toBe(0);
  expect(check.orphanStatements, "statements pointing to a missing article or participant").toBe(0);
  expect(check.orphanLinks, "article–participant links pointing nowhere").toBe(0);
  expect(check.articleKeys, "every stored article came from the file and is mapped to its id").toBe(
    check.articles,
  );
  expect(check.incompleteArticles.slice(0, 5), "articles with some of their statements missing").toEqual([]);
  expect(check.wrongStatementCounts, "participants whose statement_count is wrong").toBe(0);
  expect(check.duplicateStatements, "statements stored twice").toBe(0);
}

beforeAll(async () => {
  await generateCorpus(size, corpusFile);
  await readCorpus();
}, 120_000);

afterAll(() => {
  if (importer?.pid !== undefined && importer.exitCode === null && importer.signalCode === null) {
    process.kill(-importer.pid, "SIGKILL");
  }
  rmSync(folder, { recursive: true, force: true });
});

describe("SIGKILL during npm run import", () => {
  test("leaves a consistent database, serves readers meanwhile, and a re-run completes it without duplicates", async () => {
    expect(corpus.statements).toBe(size.statements);
    // Its own process group, so the kill reaches tsx and the node process it runs the import in.
    importer = spawn(
      "node_modules/.bin/tsx",
      ["src/cli/import.ts", corpusFile, "--batch-size", String(batchSize)],
      {
        env: { ...process.env, DATABASE_URL: databaseFile },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    );
    let output = "";
    importer.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    importer.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = once(importer, "exit");
    const stillRunning = () => importer?.exitCode === null && importer.signalCode === null;

    await waitFor("the database file", 60, () => (existsSync(databaseFile) ? true : undefined));
    const reader = new Database(databaseFile, { readonly: true });
    let atKill = 0;
    try {
      // A first batch or two committed, but far from all.
      const seen = await waitFor(
        `${killAfter} statements to be committed (import output: ${output})`,
        90,
        () => {
          if (!stillRunning()) throw new Error(`The import ended before it could be killed: ${output}`);
          const stored = storedStatements(reader);
          return stored !== undefined && stored >= killAfter ? stored : undefined;
        },
      );
      expect(seen).toBeLessThan(size.statements);

      // Readers are served while the import writes: a GraphQL query over its own connection answers.
      const connection = openConnection(databaseFile);
      try {
        const app = createApp({ connection, db: createDb(connection), apiTokens: [], traceSql: false });
        const response = await app.fetch("http://test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query:
              "{ articles(first: 3) { totalCount edges { node { id title statements(first: 2) { totalCount } } } } }",
          }),
        });
        expect(response.status).toBe(200);
        const answer = (await response.json()) as {
          data?: { articles: { totalCount: number; edges: unknown[] } };
          errors?: unknown;
        };
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.articles.totalCount).toBeGreaterThan(0);
        expect(answer.data?.articles.edges.length).toBeGreaterThan(0);
      } finally {
        connection.close();
      }
      expect(stillRunning(), `the import was still running when the reader was answered: ${output}`).toBe(
        true,
      );

      atKill = storedStatements(reader) ?? 0;
      process.kill(-(importer.pid as number), "SIGKILL");
      const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
      expect({ code, signal }, "tsx itself was killed").toEqual({ code: null, signal: "SIGKILL" });
    } finally {
      reader.close();
    }

    // After the crash: consistent, and only whole articles.
    const killed = inspect(databaseFile);
    console.log(
      `killed with ${atKill} statements seen; after the kill: ${killed.statements} statements, ${killed.articles} articles, ${killed.participants} participants (corpus: ${corpus.statements}, ${corpus.articles}, ${corpus.participants})`,
    );
    expect(killed.completed, "the import was killed before it completed").toBe(false);
    expect(killed.statements).toBeGreaterThanOrEqual(atKill);
    expect(killed.statements).toBeLessThan(corpus.statements);
    expectConsistent(killed);

    // Re-running resumes and completes the job: the corpus, once.
    const rerun = spawnSync(
      "node_modules/.bin/tsx",
      ["src/cli/import.ts", corpusFile, "--batch-size", String(batchSize)],
      { env: { ...process.env, DATABASE_URL: databaseFile }, encoding: "utf8", timeout: 180_000 },
    );
    expect(rerun.stderr).toBe("");
    expect(rerun.status, rerun.stdout).toBe(0);
    expect(rerun.stdout).toMatch(/Resumed after line \d+/);
    const final = inspect(databaseFile);
    expect(final.completed).toBe(true);
    expect({
      statements: final.statements,
      articles: final.articles,
      participants: final.participants,
    }).toEqual({
      statements: corpus.statements,
      articles: corpus.articles,
      participants: corpus.participants,
    });
    expectConsistent(final);
    console.log(`re-run: ${rerun.stdout.trim().split("\n").join(" | ")}`);
  }, 300_000);
});
