/**
 * A small typed GraphQL client over `fetch`: `request(Document, variables)` returns the document's result type,
 * inferred by gql.tada. With `persisted: true` it sends only the document's hash (`documentId`), which a server
 * configured with trusted documents looks up in its manifest.
 */
import type { TadaDocumentNode } from "gql.tada";
import { documentHash, documentText, operationNameOf } from "./documents.ts";

export interface ClientOptions {
  /** The GraphQL endpoint, such as http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent as `Authorization: Bearer TOKEN`; mutations need it. */
  token?: string;
  /** Send `documentId` (the document's SHA-256) instead of its text. */
  persisted?: boolean;
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The response carried errors: the first one's message, and all of them. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    readonly errors: GraphQLErrorBody[],
    readonly status: number,
  ) {
    super(errors.map((error) => error.message).join("; ") || `HTTP ${status}`);
  }
}

export interface Client {
  request<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    variables: Variables,
  ): Promise<Result>;
}

export function createClient(options: ClientOptions): Client {
  return {
    async request<Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables: Variables) {
      const text = documentText(document);
      const body: Record<string, unknown> = { variables, operationName: operationNameOf(document) };
      if (options.persisted) body.documentId = await documentHash(text);
      else body.query = text;
      const headers: Record<string, string> = {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
      };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const response = await fetch(options.url, { method: "POST", headers, body: JSON.stringify(body) });
      const json = (await response.json()) as { data?: unknown; errors?: GraphQLErrorBody[] };
      if (json.errors?.length || json.data == null)
        throw new GraphQLRequestError(json.errors ?? [], response.status);
      return json.data as Result;
    },
  };
}
