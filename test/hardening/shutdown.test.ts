/**
 * Graceful shutdown (issue 5, item 5), on the real entry point: `tsx src/server/main.ts` on 127.0.0.1
 * with a temporary database and a free port. SIGTERM stops accepting connections, lets the request in
 * flight finish, closes the database and exits 0. A bad setting stops it at start-up instead.
 *
 * The test runs node_modules/.bin/tsx, what `npx tsx` runs, but not through npx: npm 11's `npx` exits on
 * SIGTERM without passing it on, leaving the server running. tsx relays the signal and the exit code.
 *
 * The in-flight request is held open deterministically, without sleeps: it is sent with
 * `Expect: 100-continue`, so the server has taken it (and answered "100 Continue") before SIGTERM is sent,
 * and its body is only sent once the server has logged that it is stopping.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "../..");

interface Started {
  child: ChildProcess;
  databaseFile: string;
  output: () => string;
  /** Resolves with the first match of `pattern` in stdout/stderr. */
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function start(env: Record<string, string>): Started {
  const directory = mkdtempSync(join(tmpdir(), "quotegraph-shutdown-"));
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["src/server/main.ts"], {
    cwd: root,
    // Its own process group, so that clean-up can end tsx and the server under it together.
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: join(directory, "quotegraph.db"),
      HOST: "127.0.0.1",
      PORT: "0",
      QUOTEGRAPH_API_TOKEN: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid)
      process.kill(-child.pid, "SIGKILL");
    rmSync(directory, { recursive: true, force: true });
  });
  let output = "";
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on("exit", (code, signal) => done({ code, signal })),
  );
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((done, fail) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          listeners.delete(check);
          done(match);
        }
      };
      listeners.add(check);
      check();
      void exited.then(() => {
        check();
        if (listeners.has(check)) fail(new Error(`exited before printing ${pattern}:\n${output}`));
      });
    });
  return { child, databaseFile: join(directory, "quotegraph.db"), output: () => output, waitFor, exited };
}

/** Reads from a socket until `pattern` has arrived or the socket ends; returns what arrived. */
function readUntil(socket: Socket, pattern: RegExp | "end"): Promise<string> {
  return new Promise((done, fail) => {
    let received = "";
    const onData = (chunk: Buffer) => {
      received += chunk.toString("utf8");
      if (pattern !== "end" && pattern.test(received)) finish();
    };
    const finish = () => {
      socket.off("data", onData);
      socket.off("end", finish);
      socket.off("error", fail);
      done(received);
    };
    socket.on("data", onData);
    socket.on("end", finish);
    socket.on("error", fail);
  });
}

describe("tsx src/server/main.ts", () => {
  test("SIGTERM: stops accepting, finishes the request in flight, closes the database, exits 0", async () => {
    const server = start({});
    const [, base] = await server.waitFor(/at (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
    const { port } = new URL(base as string);

    // An ordinary request first.
    const first = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    expect(first.status).toBe(200);
    const { data } = (await first.json()) as { data: { articles: { totalCount: number } } };
    expect(data.articles.totalCount).toBeGreaterThan(0);

    // A request in flight: headers sent and taken, body withheld.
    const body = JSON.stringify({ query: "{ articles { totalCount edges { node { title } } } }" });
    const socket = connect(Number(port), "127.0.0.1");
    socket.write(
      [
        "POST /graphql HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        "Content-Type: application/json",
        "Accept: application/json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Expect: 100-continue",
        "",
        "",
      ].join("\r\n"),
    );
    expect(await readUntil(socket, /100 Continue\r\n\r\n/)).toMatch(/^HTTP\/1\.1 100 Continue/);

    server.child.kill("SIGTERM");
    await server.waitFor(/SIGTERM received/);

    // No new connections are accepted...
    await expect(fetch(`${base}/health`)).rejects.toThrow();

    // ...but the request in flight is answered in full.
    const answered = readUntil(socket, "end");
    socket.write(body);
    const response = await answered;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    const json = JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4)) as {
      data: { articles: { totalCount: number; edges: { node: { title: string } }[] } };
    };
    expect(json.data.articles.totalCount).toBe(data.articles.totalCount);
    expect(json.data.articles.edges.length).toBe(data.articles.totalCount);

    expect(await server.exited).toEqual({ code: 0, signal: null });
    // The database was closed cleanly: SQLite folds the write-ahead log back and removes it on close.
    expect(existsSync(server.databaseFile)).toBe(true);
    expect(existsSync(`${server.databaseFile}-wal`)).toBe(false);
  });

  test("a bad setting stops it at start-up with a message naming the variable", async () => {
    const server = start({ QUOTEGRAPH_MAX_DEPTH: "deep" });
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output()).toMatch(/Configuration error: QUOTEGRAPH_MAX_DEPTH must be a whole number/);
  });
});
