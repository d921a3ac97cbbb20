/**
 * Trusted (persisted) documents: with a manifest configured, the server runs only the GraphQL documents it
 * lists, so a production frontend's API surface is exactly the operations it was built with.
 *
 * A request names its document by ID, as `documentId` or Apollo's `extensions.persistedQuery.sha256Hash`;
 * a request that sends the document's text is accepted when that text is in the manifest too (its SHA-256
 * is a manifest key). Anything else is refused before parsing with PERSISTED_QUERY_NOT_FOUND (an unknown ID)
 * or PERSISTED_QUERY_ONLY (free-form text). The manifest is a JSON object, SHA-256 hex → document text: see
 * examples/persisted-documents.json, written by `npm run gql:generate`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ConfigError } from "../config.ts";

export type TrustedDocuments = ReadonlyMap<string, string>;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Reads and checks a manifest file: a JSON object whose every key is the SHA-256 hex of its document (a
 * "sha256:" prefix is allowed). Fails with a ConfigError naming QUOTEGRAPH_TRUSTED_DOCUMENTS otherwise.
 */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  const fail = (reason: string) => new ConfigError(`QUOTEGRAPH_TRUSTED_DOCUMENTS: ${file} ${reason}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw fail(`could not be read as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw fail("is not a JSON object of SHA-256 hex → document");
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    const hash = id.replace(/^sha256:/, "");
    if (typeof document !== "string" || sha256Hex(document) !== hash) {
      throw fail(`has an entry "${id}" that is not the SHA-256 of its document`);
    }
    documents.set(hash, document);
  }
  if (documents.size === 0) throw fail("lists no documents, so nothing could run");
  return documents;
}

function refuse(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

interface PersistedQueryExtension {
  sha256Hash?: unknown;
}

export function trustedDocumentsPlugin(documents: TrustedDocuments): Plugin {
  return {
    onParams({ params, setParams }) {
      const { documentId, ...rest } = params as typeof params & { documentId?: unknown };
      const persisted = (params.extensions?.persistedQuery ?? undefined) as
        | PersistedQueryExtension
        | undefined;
      const id = documentId ?? persisted?.sha256Hash;
      if (id !== undefined && id !== null) {
        const document = typeof id === "string" ? documents.get(id.replace(/^sha256:/, "")) : undefined;
        if (document === undefined) {
          throw refuse("PERSISTED_QUERY_NOT_FOUND", `No trusted document has the ID ${JSON.stringify(id)}.`);
        }
        if (typeof params.query === "string" && params.query !== document) {
          throw refuse(
            "PERSISTED_QUERY_MISMATCH",
            "The query sent differs from the trusted document its ID names.",
          );
        }
        setParams({ ...rest, query: document });
        return;
      }
      if (typeof params.query === "string" && documents.has(sha256Hex(params.query))) return;
      throw refuse(
        "PERSISTED_QUERY_ONLY",
        "This server runs only trusted documents: send the `documentId` (SHA-256) of an operation from its manifest.",
      );
    },
  };
}
