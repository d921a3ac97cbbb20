/**
 * `npm start`: migrate, seed an empty database, serve, and shut down cleanly on SIGTERM/SIGINT.
 */
import { createServer } from "node:http";
import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { createApp } from "./app.ts";
import { seedIfEmpty } from "./seed.ts";
import { loadTrustedDocuments } from "./trustedDocuments.ts";

function start(): void {
  const config = loadConfig();
  // Read before touching the database, so that a bad manifest stops start-up before anything is written.
  const trustedDocuments = config.trustedDocuments
    ? loadTrustedDocuments(config.trustedDocuments)
    : undefined;
  const { connection, db } = openDatabase(config.databaseUrl);
  const seeded = seedIfEmpty(db);
  for (const outcome of seeded ?? []) {
    if (outcome.error) console.error(`Seed file ${outcome.file} was not loaded: ${outcome.error}`);
    else console.log(`Seeded ${outcome.file}: ${outcome.result?.statementsCreated ?? 0} statements`);
  }
  const app = createApp({
    connection,
    db,
    apiTokens: config.apiTokens,
    traceSql: config.traceSql,
    limits: config.limits,
    introspection: config.introspection,
    graphiql: config.graphiql,
    maxRequestBytes: config.maxRequestBytes,
    maxArticleBytes: config.maxArticleBytes,
    ...(trustedDocuments ? { trustedDocuments } : {}),
  });
  const server = createServer(app);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests in flight, then closing.`);
    server.close(() => {
      connection.close();
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  server.on("error", (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${config.port} on ${config.host} is already in use (set PORT to another one)`
        : error.code === "EACCES"
          ? `no permission to listen on port ${config.port} (use one above 1023)`
          : error.message;
    console.error(`Cannot serve: ${reason}`);
    connection.close();
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    console.log(`Quotegraph GraphQL API at http://${host}:${port}/graphql (GraphiQL in a browser)`);
    console.log(`Quote explorer at http://${host}:${port}/`);
  });
}

try {
  start();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
