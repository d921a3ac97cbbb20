/**
 * What a typed document is sent as: graphql-js's canonical print of it (fragments included), so that a client
 * and the persisted-documents manifest send and hash the very same string whatever the source's layout.
 */
import { type DocumentNode, print } from "graphql";

const printed = new WeakMap<DocumentNode, string>();

export function documentText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** The document's ID in the manifest: the SHA-256 of its text, in lowercase hex (Web Crypto: Node and browsers). */
export async function documentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The name of a document's first operation, sent as `operationName`. */
export function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === "OperationDefinition") return definition.name?.value;
  }
  return undefined;
}
