/**
 * A request id per request (the `x-request-id` response header) and unexpected errors masked for clients
 * but logged for operators with their stack, path and that id.
 */
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { GraphQLContext } from "../graphql/context.ts";

const requestIds = new WeakMap<Request, string>();

/** The id of this request, made on first use. */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (id === undefined) {
    id = randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

export interface UnexpectedErrorLog {
  requestId: string;
  /** The field path where it happened, when it happened while resolving. */
  path: string | undefined;
  error: unknown;
}

export type ErrorLogger = (entry: UnexpectedErrorLog) => void;

export const logToStderr: ErrorLogger = ({ requestId, path, error }) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[request ${requestId}] unexpected error${path ? ` at ${path}` : ""}: ${detail}`);
};

/** An error the code did not mean to send: anything thrown that is not a GraphQLError. */
function isUnexpected(error: GraphQLError): boolean {
  return error.originalError != null && !(error.originalError instanceof GraphQLError);
}

export const maskedMessage = "Unexpected error.";

/**
 * graphql-js reports some problems with a request without a code: variable values that do not fit their
 * types ("Variable \"$first\" got invalid value …"), or an operation type the schema lacks. They are the
 * client's, so they get one: BAD_USER_INPUT for variables, BAD_REQUEST otherwise.
 */
function withCode(error: GraphQLError): GraphQLError {
  if (typeof error.extensions?.code === "string" || isUnexpected(error)) return error;
  const code = error.message.startsWith('Variable "$') ? "BAD_USER_INPUT" : "BAD_REQUEST";
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    extensions: { ...error.extensions, code },
  });
}

/** Bodies yoga reads: JSON (with any parameters), a bare GraphQL document, a form, multipart uploads. */
const READABLE_CONTENT_TYPE =
  /^(application\/json|application\/graphql|application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * A POST whose body yoga cannot read would get a bare 415 with no body: it gets a GraphQL error that says which
 * content type to send, with a code.
 */
function unreadableBody(request: Request, endpoint: string, path: string): Response | null {
  const contentType = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || path !== endpoint || READABLE_CONTENT_TYPE.test(contentType)) return null;
  const sent = contentType === "" ? "no content type" : `content type "${contentType.split(";")[0]}"`;
  const message = `Cannot read a request body with ${sent}: send the operation as application/json.`;
  return Response.json(
    { errors: [{ message, extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } }] },
    { status: 415, headers: { "x-request-id": requestIdOf(request) } },
  );
}

export function requestErrorsPlugin(logError: ErrorLogger, endpoint = "/graphql"): Plugin<GraphQLContext> {
  return {
    onRequest: ({ request, url, endResponse }) => {
      requestIdOf(request);
      const refused = unreadableBody(request, endpoint, url.pathname);
      if (refused) endResponse(refused);
    },
    onResponse: ({ request, response }) => {
      response.headers.set("x-request-id", requestIdOf(request));
    },
    // Runs before yoga's own masking (plugins run in order), which then leaves these errors as they are.
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result || !result.errors?.some(isUnexpected)) return;
        const requestId = (args.contextValue as GraphQLContext).requestId;
        const errors = result.errors.map((error) => {
          if (!isUnexpected(error)) return error;
          logError({ requestId, path: error.path?.join("."), error: error.originalError });
          return new GraphQLError(maskedMessage, {
            ...(error.nodes ? { nodes: error.nodes } : {}),
            ...(error.path ? { path: error.path } : {}),
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
          });
        });
        setResult({ ...result, errors });
      },
    }),
    onExecutionResult: ({ result, setResult }) => {
      if (!result || Symbol.asyncIterator in result || Array.isArray(result)) return;
      const errors = result.errors as readonly GraphQLError[] | undefined;
      if (!errors?.some((error) => typeof error.extensions?.code !== "string")) return;
      setResult({ ...result, errors: errors.map(withCode) });
    },
  };
}
