/**
 * The HTTP application: GraphQL (with GraphiQL) at /graphql, the quote explorer at /, and a health check at
 * /health. Built without listening, so tests call `app.fetch` directly and only the entry file opens a port.
 */

import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, type Plugin } from "graphql-yoga";
import { defaultServerSettings, type QueryLimits, type ServerSettings } from "../config.ts";
import type { Db } from "../db/client.ts";
import { createDb, type SqliteConnection } from "../db/client.ts";
import { createContext, type GraphQLContext, type SqlCounter } from "../graphql/context.ts";
import { schema } from "../graphql/schema.ts";
import { explorerPlugin } from "./explorer/plugin.ts";
import { graphiqlOptions } from "./graphiqlDefaultQuery.ts";
import { limitsPlugin } from "./limits.ts";
import { type ErrorLogger, logToStderr, requestErrorsPlugin, requestIdOf } from "./requestErrors.ts";
import { type TrustedDocuments, trustedDocumentsPlugin } from "./trustedDocuments.ts";

export interface AppOptions extends Partial<Omit<ServerSettings, "limits">> {
  connection: SqliteConnection;
  db: Db;
  apiTokens: readonly string[];
  traceSql: boolean;
  /** Query limits; those not given take their defaults. */
  limits?: Partial<QueryLimits>;
  /** Where unexpected errors are reported (stderr by default). */
  logError?: ErrorLogger;
  /** When given, only these documents (SHA-256 hex → text) run: see trustedDocuments.ts. */
  trustedDocuments?: TrustedDocuments;
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
  const settings: ServerSettings = {
    introspection: options.introspection ?? defaultServerSettings.introspection,
    graphiql: options.graphiql ?? defaultServerSettings.graphiql,
    maxRequestBytes: options.maxRequestBytes ?? defaultServerSettings.maxRequestBytes,
    maxArticleBytes: options.maxArticleBytes ?? defaultServerSettings.maxArticleBytes,
    limits: { ...defaultServerSettings.limits, ...options.limits },
  };
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
    graphiql: settings.graphiql ? graphiqlOptions : false,
    // GraphiQL's editor bundled with the server: the default page loads it from a CDN, which breaks offline.
    renderGraphiQL,
    maxRequestBodySize: settings.maxRequestBytes,
    batching: settings.limits.batch > 1 ? { limit: settings.limits.batch } : false,
    context: ({ request }) =>
      createContext(
        {
          db: options.db,
          apiTokens: options.apiTokens,
          maxArticleBytes: settings.maxArticleBytes,
          ...(tracedDb ? { tracedDb } : {}),
        },
        request,
        requestIdOf(request),
      ),
    plugins: [
      requestErrorsPlugin(options.logError ?? logToStderr),
      healthPlugin(options.connection),
      explorerPlugin(),
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments)] : []),
      limitsPlugin({ limits: settings.limits, introspection: settings.introspection }),
      ...(options.traceSql ? [sqlCountPlugin()] : []),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
