/**
 * Every typed document a frontend in this repository ships (the example client's and the explorer's) is valid
 * against the schema. TypeScript catches a client that uses a field the schema no longer has; this catches a
 * document that merely asks for one (gql.tada types such a field as `unknown` rather than failing to compile).
 */
import { validate } from "graphql";
import { describe, expect, test } from "vitest";
import { documentText } from "../../examples/documents.ts";
import { shippedOperations } from "../../examples/persistedDocuments.ts";
import { schema } from "../../src/graphql/schema.ts";

describe("typed documents", () => {
  test.each(Object.entries(shippedOperations))("%s is valid against the schema", (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    expect(documentText(document)).toMatch(/^(query|mutation) \w+/);
  });
});
