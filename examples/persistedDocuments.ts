/**
 * The persisted (trusted) documents manifest: every operation the example client and the quote explorer
 * send, as SHA-256 hex → document text (the exact text they send, see documents.ts). A server started with
 * QUOTEGRAPH_TRUSTED_DOCUMENTS=examples/persisted-documents.json runs these and nothing else.
 *
 * `npm run gql:generate` rewrites the committed file; a test fails when it is out of date.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { DocumentNode } from "graphql";
import { explorerOperations } from "../web/explorer/queries.ts";
import { documentHash, documentText } from "./documents.ts";
import { exampleOperations } from "./operations.ts";

export const manifestFile = resolve(import.meta.dirname, "persisted-documents.json");

/** Every operation shipped by a frontend in this repository, by operation name. */
export const shippedOperations: Record<string, DocumentNode> = {
  ...exampleOperations,
  ...explorerOperations,
};

/** The manifest's JSON text, keys in operation-name order so that the file diffs well. */
export async function manifestJson(): Promise<string> {
  const manifest: Record<string, string> = {};
  for (const name of Object.keys(shippedOperations).sort()) {
    const text = documentText(shippedOperations[name] as DocumentNode);
    manifest[await documentHash(text)] = text;
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(manifestFile, await manifestJson());
  console.log(`Wrote ${Object.keys(shippedOperations).length} trusted documents to ${manifestFile}`);
}
