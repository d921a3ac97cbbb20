/**
 * A bench server in its own process, so the load generator and the server do not share an event loop:
 * `real` is the Quotegraph app (createApp), `floor` the hand-written prepared statements of workloads.ts.
 * Started by bench/main.ts with fork(); reports its port over IPC and exits cleanly on SIGTERM, which is
 * also what lets `--cpu-prof` write its profile.
 */
import { createServer, type RequestListener } from "node:http";
import { createDb, openConnection, type SqliteConnection } from "../src/db/client.ts";
import { createApp } from "../src/server/app.ts";
import { type FloorResolver, workloads } from "./workloads.ts";

export type ServerKind = "real" | "floor";

function floorListener(connection: SqliteConnection): RequestListener {
  const resolverByQuery = new Map<string, FloorResolver>(
    workloads.map((workload) => [workload.query, workload.floor(connection)]),
  );
  return (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const resolve = resolverByQuery.get(body.query);
      const payload = resolve
        ? { data: resolve(body.variables ?? {}) }
        : { errors: [{ message: "unknown query" }] };
      response.writeHead(resolve ? 200 : 400, { "content-type": "application/json" });
      response.end(JSON.stringify(payload));
    });
  };
}

function realListener(connection: SqliteConnection): RequestListener {
  return createApp({ connection, db: createDb(connection), apiTokens: [], traceSql: false });
}

const [kind, databasePath] = process.argv.slice(2);
if ((kind !== "real" && kind !== "floor") || databasePath === undefined) {
  throw new Error("usage: server.ts real|floor DATABASE");
}
const connection = openConnection(databasePath);
const server = createServer(kind === "real" ? realListener(connection) : floorListener(connection));
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
});
process.on("SIGTERM", () => {
  server.close(() => {
    connection.close();
    process.exit(0);
  });
  server.closeAllConnections();
});
