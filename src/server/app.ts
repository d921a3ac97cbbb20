/**
 * The HTTP application: GraphQL (with GraphiQL) at /graphql and a health check at /health. Built without
 * listening, so tests call `app.fetch` directly and only the entry file opens a port.
 */
import { createYoga, type Plugin } from "graphql-yoga";
import type { Db } from "../db/client.ts";
import { createDb, type SqliteConnection } from "../db/client.ts";
import { createContext, type GraphQLContext, type SqlCounter } from "../graphql/context.ts";
import { schema } from "../graphql/schema.ts";
import { graphiqlDefaultQuery } from "./graphiqlDefaultQuery.ts";

export interface AppOptions {
  connection: SqliteConnection;
  db: Db;
  apiTokens: readonly string[];
  traceSql: boolean;
}

/** Adds `extensions.sql.count`, the SQL statements the request ran, when tracing is on. */
function sqlCountPlugin(): Plugin<GraphQLContext> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const counter = (args.contextValue as GraphQLContext).sqlCounter;
        if (!counter || Symbol.asyncIterator in result) return;
        setResult({ ...result, extensions: { ...result.extensions, sql: { count: counter.count } } });
      },
    }),
  };
}

function healthPlugin(connection: SqliteConnection): Plugin {
  return {
    onRequest: ({ url, endResponse, fetchAPI }) => {
      if (url.pathname !== "/health") return;
      const ok = connection.open && connection.prepare("select 1 as ok").get() !== undefined;
      endResponse(fetchAPI.Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503 }));
    },
  };
}

export function createApp(options: AppOptions) {
  const tracedDb = options.traceSql
    ? (counter: SqlCounter) => createDb(options.connection, counter)
    : undefined;
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    // Yoga answers its own health endpoint (an empty 200) before any plugin runs: move it off /health so
    // that /health is ours and checks the database. Yoga's stays as a bare liveness probe.
    healthCheckEndpoint: "/live",
    landingPage: false,
    graphiql: { title: "Quotegraph", defaultQuery: graphiqlDefaultQuery },
    context: ({ request }) =>
      createContext(
        { db: options.db, apiTokens: options.apiTokens, ...(tracedDb ? { tracedDb } : {}) },
        request,
      ),
    plugins: [healthPlugin(options.connection), ...(options.traceSql ? [sqlCountPlugin()] : [])],
  });
}

export type App = ReturnType<typeof createApp>;
