/**
 * Persisted (trusted) documents: the committed manifest is up to date with the operations the example client
 * and the explorer ship, and a server configured with it runs those documents, by ID or by identical text,
 * and refuses every other document with a clear error. Without a manifest (the default, as in development
 * with GraphiQL) any document runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createClient } from "../../examples/client.ts";
import { documentHash, documentText } from "../../examples/documents.ts";
import { IngestArticle, ParticipantsPage, Search, SpeakerStatements } from "../../examples/operations.ts";
import { manifestFile, manifestJson, shippedOperations } from "../../examples/persistedDocuments.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { loadTrustedDocuments, sha256Hex } from "../../src/server/trustedDocuments.ts";
import { ExplorerSpeakers } from "../../web/explorer/queries.ts";
import { type LiveServer, startLiveServer, testToken } from "./liveServer.ts";

describe("the manifest", () => {
  test("examples/persisted-documents.json is up to date", async () => {
    expect(
      readFileSync(manifestFile, "utf8"),
      "examples/persisted-documents.json is out of date: run `npm run gql:generate` and commit the result",
    ).toBe(await manifestJson());
  });

  test("holds every shipped operation under the SHA-256 of its text", async () => {
    const documents = loadTrustedDocuments(manifestFile);
    expect(documents.size).toBe(Object.keys(shippedOperations).length);
    for (const document of Object.values(shippedOperations)) {
      const text = documentText(document);
      expect(documents.get(await documentHash(text))).toBe(text);
      expect(await documentHash(text)).toBe(sha256Hex(text));
    }
  });

  test("a manifest whose key does not match its document, or that is not JSON, is a configuration error", () => {
    const folder = mkdtempSync(join(tmpdir(), "quotegraph-manifest-"));
    try {
      const tampered = join(folder, "tampered.json");
      writeFileSync(
        tampered,
        JSON.stringify({ [sha256Hex("{ __typename }")]: "{ articles { totalCount } }" }),
      );
      expect(() => loadTrustedDocuments(tampered)).toThrow(ConfigError);
      expect(() => loadTrustedDocuments(tampered)).toThrow(/QUOTEGRAPH_TRUSTED_DOCUMENTS.*not the SHA-256/);
      const broken = join(folder, "broken.json");
      writeFileSync(broken, "{");
      expect(() => loadTrustedDocuments(broken)).toThrow(/could not be read as JSON/);
      expect(() => loadTrustedDocuments(join(folder, "missing.json"))).toThrow(ConfigError);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("QUOTEGRAPH_TRUSTED_DOCUMENTS names the manifest; unset means any document runs", () => {
    expect(loadConfig({}).trustedDocuments).toBeNull();
    expect(
      loadConfig({ QUOTEGRAPH_TRUSTED_DOCUMENTS: " examples/persisted-documents.json " }).trustedDocuments,
    ).toBe("examples/persisted-documents.json");
  });
});

describe("a server that runs only trusted documents", () => {
  let server: LiveServer;
  let url: string;
  const post = async (body: object) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      json: (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string } }[];
      },
    };
  };

  beforeAll(async () => {
    server = await startLiveServer({ trustedDocuments: loadTrustedDocuments(manifestFile) });
    url = `${server.base}/graphql`;
  });
  afterAll(() => server.close());

  test("the example client runs every operation by documentId", async () => {
    const client = createClient({ url, persisted: true });
    const { participant } = await client.request(SpeakerStatements, { name: "Blinken", first: 2 });
    expect(participant?.name).toBe("Antony Blinken");
    const { search } = await client.request(Search, { query: "constructive" });
    expect(search.totalCount).toBeGreaterThan(0);
    const { participants } = await client.request(ParticipantsPage, { first: 3, after: null });
    expect(participants.edges.length).toBe(3);
    const writer = createClient({ url, persisted: true, token: testToken });
    const { ingestArticle } = await writer.request(IngestArticle, {
      input: { title: "Persisted", body: "“Only trusted documents run here,” Jane Roe said." },
    });
    expect(ingestArticle.errors).toEqual([]);
  });

  test("Apollo's extensions.persistedQuery.sha256Hash is accepted too", async () => {
    const hash = sha256Hex(documentText(ParticipantsPage));
    const { status, json } = await post({
      variables: { first: 1 },
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data).toMatchObject({ participants: { edges: [{ node: { name: "Antony Blinken" } }] } });
  });

  test("the exact text of a trusted document runs (the explorer sends text)", async () => {
    const client = createClient({ url });
    const { participants } = await client.request(ExplorerSpeakers, {
      name: "blinken",
      first: 5,
      after: null,
    });
    expect(participants.edges.map(({ node }) => node.name)).toContain("Antony Blinken");
  });

  test("free-form documents are refused with PERSISTED_QUERY_ONLY, before anything runs", async () => {
    const { status, json } = await post({ query: "{ articles { totalCount } }" });
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ONLY");
    expect(json.errors?.[0]?.message).toMatch(/only trusted documents/);
    // A trusted document with a single character changed is free-form too.
    const edited = `${documentText(ParticipantsPage)} `;
    expect((await post({ query: edited, variables: { first: 1 } })).json.errors?.[0]?.extensions?.code).toBe(
      "PERSISTED_QUERY_ONLY",
    );
    // A free-form mutation does not run either, even with the token.
    const write = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${testToken}` },
      body: JSON.stringify({
        query: `mutation { ingestArticle(input: { body: "Free-form." }) { created } }`,
      }),
    });
    expect(
      ((await write.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
        ?.code,
    ).toBe("PERSISTED_QUERY_ONLY");
  });

  test("an unknown ID is refused with PERSISTED_QUERY_NOT_FOUND; an ID with other text with PERSISTED_QUERY_MISMATCH", async () => {
    const unknown = await post({ documentId: "0".repeat(64) });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const mismatch = await post({
      documentId: sha256Hex(documentText(ParticipantsPage)),
      query: "{ articles { totalCount } }",
    });
    expect(mismatch.json.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_MISMATCH");
  });

  test("a server without a manifest (the default) runs any document", async () => {
    const open = await startLiveServer();
    try {
      const response = await fetch(`${open.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ articles { totalCount } }" }),
      });
      expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 } } });
    } finally {
      await open.close();
    }
  });
});
