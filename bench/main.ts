/**
 * `npm run bench`: the real server against the floor on the same corpus, in one run (issue 4).
 *
 *   npm run bench                      generate or reuse the cached corpus, import it, run W1–W6, print the table
 *   npm run bench -- --generate [--articles N --participants N --statements N --seed S --out FILE]
 *   npm run bench -- --duration 30 --warmup 5 --only W4 --profile
 *   npm run bench -- --soak [--duration 60 --connections 50]   mixed reads and writes, errors and memory (soak.ts)
 *
 * Servers listen on 127.0.0.1, port 0, in child processes; every load run is bounded by its duration.
 */
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { createDb, openDatabase, type SqliteConnection } from "../src/db/client.ts";
import { importCorpus } from "../src/ingest/importCorpus.ts";
import { createApp } from "../src/server/app.ts";
import { type CorpusSize, createRandom, defaultCorpusSize, generateCorpus } from "./corpus.ts";
import { type LoadResult, type LoadSettings, measure } from "./load.ts";
import type { ServerKind } from "./server.ts";
import { drawSample, type Workload, workloads } from "./workloads.ts";

const benchFolder = dirname(fileURLToPath(import.meta.url));
const bodiesPerWorkload = 1000;

interface Options {
  generateOnly: boolean;
  size: CorpusSize;
  out: string | undefined;
  load: LoadSettings;
  only: string[] | null;
  profile: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      generate: { type: "boolean", default: false },
      articles: { type: "string" },
      participants: { type: "string" },
      statements: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      duration: { type: "string", default: "8" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "10" },
      only: { type: "string" },
      profile: { type: "boolean", default: false },
    },
  });
  const count = (name: string, raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  return {
    generateOnly: values.generate,
    size: {
      articles: count("articles", values.articles, defaultCorpusSize.articles),
      participants: count("participants", values.participants, defaultCorpusSize.participants),
      statements: count("statements", values.statements, defaultCorpusSize.statements),
      seed: count("seed", values.seed, defaultCorpusSize.seed),
    },
    out: values.out,
    load: {
      connections: count("connections", values.connections, 10),
      warmupSeconds: count("warmup", values.warmup, 2),
      durationSeconds: count("duration", values.duration, 8),
    },
    only: values.only ? values.only.split(",").map((name) => name.trim()) : null,
    profile: values.profile,
  };
}

function cachedCorpusPath(size: CorpusSize): string {
  const name = `corpus-a${size.articles}-p${size.participants}-s${size.statements}-seed${size.seed}.ndjson`;
  return join(benchFolder, "corpus", name);
}

async function timed<Result>(work: () => Promise<Result>): Promise<{ result: Result; seconds: number }> {
  const startedAt = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - startedAt) / 1000 };
}

interface BenchServer {
  kind: ServerKind;
  child: ChildProcess;
  url: string;
}

async function startServer(kind: ServerKind, databasePath: string, profileFolder: string | null) {
  const profiling = profileFolder ? ["--cpu-prof", "--cpu-prof-dir", profileFolder] : [];
  const child = fork(join(benchFolder, "server.ts"), [kind, databasePath], {
    execArgv: ["--import", "tsx", ...profiling],
    // Production mode skips graphql-js development checks, as a deployment would.
    env: { ...process.env, NODE_ENV: "production" },
  });
  const [message] = (await once(child, "message")) as [{ port: number }];
  return { kind, child, url: `http://127.0.0.1:${message.port}/graphql` } satisfies BenchServer;
}

async function stopServer(server: BenchServer): Promise<void> {
  const exited = once(server.child, "exit");
  server.child.kill("SIGTERM");
  await exited;
}

/**
 * Resident memory of a server process from /proc (Linux), as "private / total" MB: the total counts the
 * pages of the database file SQLite has mapped (mmap_size), which the OS can drop at any time.
 */
function residentMemory(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const megabytes = (field: string) =>
      Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024);
    return `${megabytes("RssAnon")} / ${megabytes("VmRSS")}`;
  } catch {
    return "n/a";
  }
}

async function postData(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const payload = (await response.json()) as { data?: unknown; errors?: unknown };
  if (payload.errors) throw new Error(`${url} answered with errors: ${JSON.stringify(payload.errors)}`);
  return payload.data;
}

/** SQL statements one request runs, from a traced in-process app (tracing stays off on the measured server). */
async function sqlStatementsPerRequest(connection: SqliteConnection, body: string): Promise<number | null> {
  const app = createApp({ connection, db: createDb(connection), apiTokens: [], traceSql: true });
  const response = await app.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const payload = (await response.json()) as { extensions?: { sql?: { count?: number } } };
  return payload.extensions?.sql?.count ?? null;
}

interface WorkloadResult {
  workload: Workload;
  real: LoadResult;
  floor: LoadResult;
  realRss: string;
  floorRss: string;
  sqlStatements: number | null;
  sameAnswer: boolean;
}

async function runExtractionBenchIfPresent(): Promise<string | null> {
  const module = join(benchFolder, "extract.ts");
  if (!existsSync(module)) return null;
  const { runExtractionBench } = (await import(pathToFileURL(module).href)) as {
    runExtractionBench?: () => unknown;
  };
  if (typeof runExtractionBench !== "function") return null;
  const result = await runExtractionBench();
  return typeof result === "string" ? result : JSON.stringify(result);
}

function machineDescription(): string {
  const cpu = cpus();
  return [
    `CPU: ${cpu[0]?.model ?? "unknown"} × ${cpu.length} cores`,
    `memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node ${process.version}`,
    `load average at start ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  ].join(", ");
}

const format = {
  number: (value: number | null, digits = 0) => (value === null ? "n/a" : value.toFixed(digits)),
};

function resultTable(results: WorkloadResult[]): string {
  const header =
    "| workload | req/s | p50 ms | p99 ms | SQL/req | RSS MB private / total | floor req/s | floor p50 ms | floor RSS MB | ratio | same data | errors |";
  const rows = results.map((result) => {
    const errors = result.real.errors + result.real.non2xx + result.floor.errors + result.floor.non2xx;
    return `| ${result.workload.name}: ${result.workload.description} | ${format.number(result.real.requestsPerSecond)} | ${result.real.p50Ms} | ${result.real.p99Ms} | ${format.number(result.sqlStatements)} | ${result.realRss} | ${format.number(result.floor.requestsPerSecond)} | ${result.floor.p50Ms} | ${result.floorRss} | ${(result.real.requestsPerSecond / Math.max(result.floor.requestsPerSecond, 1)).toFixed(2)} | ${result.sameAnswer ? "yes" : "NO"} | ${errors} |`;
  });
  return [header, `|${" --- |".repeat(12)}`, ...rows].join("\n");
}

async function main(): Promise<void> {
  const options = readOptions();
  const corpus = options.out ? resolve(options.out) : cachedCorpusPath(options.size);
  if (options.generateOnly || !existsSync(corpus)) {
    const { seconds } = await timed(() => generateCorpus(options.size, corpus));
    console.log(`Generated ${corpus} in ${seconds.toFixed(1)} s`);
    if (options.generateOnly) return;
  }

  const databaseFolder = await mkdtemp(join(tmpdir(), "quotegraph-bench-"));
  const databasePath = join(databaseFolder, "bench.db");
  const servers: BenchServer[] = [];
  try {
    const { connection } = openDatabase(databasePath);
    const imported = await importCorpus(connection, corpus);
    const importLine = `Import: ${imported.statementsCreated} statements, ${imported.articlesCreated} articles, ${imported.participantsCreated} participants in ${imported.seconds.toFixed(1)} s = ${Math.round(imported.statementsCreated / imported.seconds)} statements/s`;
    console.log(importLine);

    const random = createRandom(options.size.seed);
    const sample = drawSample(connection, random);
    const selected = workloads.filter(
      (workload) => options.only === null || options.only.some((name) => workload.name.startsWith(name)),
    );
    const profileFolder = options.profile ? join(benchFolder, "results", "profiles") : null;
    if (profileFolder) await mkdir(profileFolder, { recursive: true });
    const real = await startServer("real", databasePath, profileFolder);
    servers.push(real);
    const floor = await startServer("floor", databasePath, null);
    servers.push(floor);

    const results: WorkloadResult[] = [];
    for (const workload of selected) {
      const bodies = Array.from({ length: bodiesPerWorkload }, () =>
        JSON.stringify({ query: workload.query, variables: workload.variables(sample, random) }),
      );
      const firstBody = bodies[0] as string;
      const sameAnswer = isDeepStrictEqual(
        await postData(real.url, firstBody),
        await postData(floor.url, firstBody),
      );
      // Real then floor, workload by workload, so a change in the machine's load hits both sides alike.
      const realResult = await measure(real.url, bodies, options.load);
      const realRss = residentMemory(real.child.pid);
      const floorResult = await measure(floor.url, bodies, options.load);
      results.push({
        workload,
        real: realResult,
        floor: floorResult,
        realRss,
        floorRss: residentMemory(floor.child.pid),
        sqlStatements: await sqlStatementsPerRequest(connection, firstBody),
        sameAnswer,
      });
      console.log(
        `${workload.name}: ${realResult.requestsPerSecond.toFixed(0)} req/s vs floor ${floorResult.requestsPerSecond.toFixed(0)}`,
      );
    }
    connection.close();

    const extraction = await runExtractionBenchIfPresent();
    const report = [
      `# Quotegraph bench, ${new Date().toISOString()}`,
      "",
      `Machine: ${machineDescription()}.`,
      `Corpus: ${options.size.articles} articles, ${options.size.participants} participants, ${options.size.statements} statements (seed ${options.size.seed}).`,
      `Load: autocannon, ${options.load.connections} connections, ${options.load.warmupSeconds} s warm-up, ${options.load.durationSeconds} s measured per server and workload; no response cache.`,
      "",
      importLine,
      ...(extraction === null ? [] : [`Extraction: ${extraction}`]),
      "",
      resultTable(results),
      "",
    ].join("\n");
    console.log(`\n${report}`);
    const resultsFolder = join(benchFolder, "results");
    await mkdir(resultsFolder, { recursive: true });
    const reportFile = join(resultsFolder, `${new Date().toISOString().slice(0, 16).replace(":", "")}.md`);
    await writeFile(reportFile, report);
    console.log(`Written to ${reportFile}`);
  } finally {
    await Promise.all(servers.map(stopServer));
    await rm(databaseFolder, { recursive: true, force: true });
  }
}

if (process.argv.includes("--soak")) {
  // The soak run (issue 5): its own options, see bench/soak.ts.
  const { runSoakCli } = await import("./soak.ts");
  process.exitCode = await runSoakCli(process.argv.slice(2));
} else {
  await main();
}
