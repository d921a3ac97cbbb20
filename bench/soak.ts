/**
 * `npm run bench -- --soak [--duration 60] [--connections 50] [--statements 20000] [--max-writes 3000]`
 * (issue 5, item 7): imports a modest generated corpus, starts the real server (createApp, with a token) in
 * its own process on 127.0.0.1, and for `--duration` seconds runs mixed reads at 50 connections with
 * autocannon (nested lookups, single lookups, search, pagination after varying cursors) while two more
 * connections write new articles through ingestArticle. Bounded in time and in requests.
 *
 * Reports requests, errors (transport errors, timeouts, non-2xx, GraphQL errors, refused writes) and the
 * server's resident memory before the load, after warm-up, half-way and at the end. Exits 1 on any error.
 *
 * The same file is the server process: `soak.ts serve DATABASE TOKEN` (started by fork).
 */
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createDb, openConnection, openDatabase } from "../src/db/client.ts";
import { encodeGlobalId } from "../src/graphql/globalIds.ts";
import { importCorpus } from "../src/ingest/importCorpus.ts";
import { createApp } from "../src/server/app.ts";
import { createRandom, generateCorpus, searchWords } from "./corpus.ts";
import { drawSample, workloads } from "./workloads.ts";

const soakFile = fileURLToPath(import.meta.url);
const token = "soak-token-0123456789";

interface SoakOptions {
  seconds: number;
  connections: number;
  statements: number;
  maxWrites: number;
}

function readSoakOptions(argv: string[]): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      soak: { type: "boolean" },
      duration: { type: "string", default: "60" },
      connections: { type: "string", default: "50" },
      statements: { type: "string", default: "20000" },
      "max-writes": { type: "string", default: "3000" },
    },
  });
  const count = (name: string, raw: string, min: number) => {
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return value;
  };
  return {
    seconds: count("duration", values.duration, 1),
    connections: count("connections", values.connections, 1),
    statements: count("statements", values.statements, 100),
    maxWrites: count("max-writes", values["max-writes"], 1),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The server process

function serve(databasePath: string, apiToken: string): void {
  const connection = openConnection(databasePath);
  const app = createApp({ connection, db: createDb(connection), apiTokens: [apiToken], traceSql: false });
  const server = createServer(app);
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
  });
  process.on("message", (message) => {
    if (message === "memory")
      process.send?.({ rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed });
  });
  process.on("SIGTERM", () => {
    server.close(() => {
      connection.close();
      process.exit(0);
    });
    server.closeAllConnections();
  });
}

// ---------------------------------------------------------------------------------------------------------
// The load

interface Memory {
  label: string;
  rssMb: number;
  heapMb: number;
}

async function memoryOf(child: ChildProcess, label: string): Promise<Memory> {
  const answer = once(child, "message") as Promise<[{ rss: number; heap: number }]>;
  child.send("memory");
  const [{ rss, heap }] = await answer;
  return { label, rssMb: Math.round(rss / 2 ** 20), heapMb: Math.round(heap / 2 ** 20) };
}

/** Counts responses that are 200 but carry GraphQL errors (autocannon only counts non-2xx). */
interface Tally {
  graphqlErrors: number;
  firstError: string | null;
}

function checkBody(tally: Tally, body: string, ok: (body: string) => boolean): void {
  if (ok(body)) return;
  tally.graphqlErrors++;
  tally.firstError ??= body.slice(0, 500);
}

const articleTemplates = [
  (n: number, word: string) =>
    `“We will open the ${word} bridge by spring,” Mayor Jane Roe said on Tuesday, answering question ${n}.\n\n` +
    `Richard Roe, the city treasurer, said the budget for the ${word} project was balanced.`,
  (n: number, word: string) =>
    `Acme Corp said in a statement that it would appeal ruling ${n}.\n\n` +
    `“Nobody asked us about the ${word},” said a resident of the old town. “We found out from the news.”`,
  (n: number, word: string) =>
    `The council met for the ${n}th time. “The ${word} plan is sound,” council member John Doe told reporters.\n\n` +
    "A senior city official, who asked not to be named, said the vote would be close.",
];

export async function runSoak(options: SoakOptions): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), "quotegraph-soak-"));
  const databasePath = join(folder, "soak.db");
  let server: ChildProcess | null = null;
  try {
    const size = {
      articles: Math.max(1, Math.round(options.statements / 10)),
      participants: Math.max(1, Math.round(options.statements / 40)),
      statements: options.statements,
      seed: 3,
    };
    const corpusFile = join(folder, "corpus.ndjson");
    await generateCorpus(size, corpusFile);
    const { connection } = openDatabase(databasePath);
    const imported = await importCorpus(connection, corpusFile);
    console.log(
      `Imported ${imported.statementsCreated} statements, ${imported.articlesCreated} articles, ${imported.participantsCreated} participants in ${imported.seconds.toFixed(1)} s`,
    );
    const random = createRandom(size.seed);
    const sample = drawSample(connection, random);
    connection.close();

    // Reads: the bench workloads (nested lookups W1, W2, W4; single lookups W3; search W5; pagination W6
    // after deep cursors) and a speaker's statements paged with varying sizes.
    const speakerPages = `query Pages($id: ID!, $first: Int, $after: String) { participant(id: $id) { name
      statements(first: $first, after: $after) { totalCount edges { cursor node { id text article { title } } }
      pageInfo { hasNextPage endCursor } } } }`;
    const readBodies: string[] = [];
    for (let index = 0; index < 4000; index++) {
      const workload = workloads[index % (workloads.length + 1)];
      if (workload) {
        readBodies.push(
          JSON.stringify({ query: workload.query, variables: workload.variables(sample, random) }),
        );
      } else {
        const participant = sample.participantIds[Math.floor(random() * sample.participantIds.length)] ?? 1;
        readBodies.push(
          JSON.stringify({
            query: speakerPages,
            variables: {
              id: encodeGlobalId("Participant", participant),
              first: 1 + Math.floor(random() * 50),
            },
          }),
        );
      }
    }
    console.log(
      `Read mix: ${workloads.map((workload) => workload.name).join(", ")}, speaker pages; search words ${searchWords.common.length} common + ${searchWords.rare.length} rare`,
    );

    server = fork(soakFile, ["serve", databasePath, token], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    const [{ port }] = (await once(server, "message")) as [{ port: number }];
    const url = `http://127.0.0.1:${port}/graphql`;
    const memory: Memory[] = [await memoryOf(server, "start (before load)")];

    const reads: Tally = { graphqlErrors: 0, firstError: null };
    const writes: Tally = { graphqlErrors: 0, firstError: null };
    let nextRead = 0;
    let nextWrite = 0;
    const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created errors { message } article { id } } }`;
    const words = [...searchWords.common, "harbour", "river", "tunnel", "school"];

    const readRun = autocannon({
      url,
      connections: options.connections,
      duration: options.seconds,
      maxOverallRequests: options.connections * options.seconds * 2000,
      timeout: 30,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (request) => ({ ...request, body: readBodies[nextRead++ % readBodies.length] }),
          onResponse: (_status, body) => checkBody(reads, body, (text) => !text.includes('"errors"')),
        },
      ],
    });
    const writeRun = autocannon({
      url,
      connections: 2,
      duration: options.seconds,
      maxOverallRequests: options.maxWrites,
      timeout: 30,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          setupRequest: (request) => {
            const n = nextWrite++;
            const word = words[n % words.length] ?? "harbour";
            const template =
              articleTemplates[n % articleTemplates.length] ??
              (articleTemplates[0] as (typeof articleTemplates)[0]);
            const input = {
              title: `Soak article ${n}`,
              source: "Soak Daily",
              url: `https://soak.example/${process.pid}/${n}`,
              publishedAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString(),
              body: template(n, word),
            };
            return { ...request, body: JSON.stringify({ query: ingest, variables: { input } }) };
          },
          onResponse: (_status, body) => checkBody(writes, body, (text) => text.includes('"created":true')),
        },
      ],
    });

    const samples = [
      { at: Math.min(10, options.seconds / 6), label: "after warm-up" },
      { at: options.seconds / 2, label: "middle" },
    ];
    const startedAt = performance.now();
    for (const { at, label } of samples) {
      const wait = at * 1000 - (performance.now() - startedAt);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      memory.push({ ...(await memoryOf(server, label)), label: `${label} (${Math.round(at)} s)` });
    }
    const [readResult, writeResult] = await Promise.all([readRun, writeRun]);
    memory.push(await memoryOf(server, "end"));

    const failures = {
      readErrors: readResult.errors + readResult.timeouts,
      readNon2xx: readResult.non2xx,
      read5xx: readResult["5xx"],
      readGraphqlErrors: reads.graphqlErrors,
      writeErrors: writeResult.errors + writeResult.timeouts,
      writeNon2xx: writeResult.non2xx,
      write5xx: writeResult["5xx"],
      writesRefused: writes.graphqlErrors,
    };
    const failed = Object.values(failures).some((value) => value > 0);
    const report = [
      `Soak: ${options.seconds} s, ${options.connections} read connections + 2 write connections, 127.0.0.1, NODE_ENV=production`,
      `Reads:  ${readResult.requests.total} requests (${Math.round(readResult.requests.average)}/s), p50 ${readResult.latency.p50} ms, p99 ${readResult.latency.p99} ms`,
      `Writes: ${writeResult.requests.total} ingestArticle requests (${Math.round(writeResult.requests.average)}/s), p50 ${writeResult.latency.p50} ms, p99 ${writeResult.latency.p99} ms`,
      `Errors: ${JSON.stringify(failures)}`,
      `Server memory (RSS / heap used, MB): ${memory.map((entry) => `${entry.label} ${entry.rssMb} / ${entry.heapMb}`).join("; ")}`,
      ...(reads.firstError ? [`First read with errors: ${reads.firstError}`] : []),
      ...(writes.firstError ? [`First refused write: ${writes.firstError}`] : []),
      failed ? "FAILED: errors during the soak." : "OK: no errors, no 5xx.",
    ].join("\n");
    console.log(`\n${report}`);
    return failed ? 1 : 0;
  } finally {
    if (server && server.exitCode === null) {
      const exited = once(server, "exit");
      server.kill("SIGTERM");
      await exited;
    }
    await rm(folder, { recursive: true, force: true });
  }
}

export async function runSoakCli(argv: string[]): Promise<number> {
  return runSoak(readSoakOptions(argv));
}

if (process.argv[2] === "serve") {
  const [, , , databasePath, apiToken] = process.argv;
  if (!databasePath || !apiToken) throw new Error("usage: soak.ts serve DATABASE TOKEN");
  serve(databasePath, apiToken);
}
