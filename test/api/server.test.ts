/**
 * The HTTP surface around GraphQL: the committed SDL, the GraphiQL page, /health, and one round trip over a
 * real socket on 127.0.0.1.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { printSortedSchema } from "../../src/graphql/schema.ts";
import { graphiqlDefaultQuery } from "../../src/server/graphiqlDefaultQuery.ts";
import { bridgeApproved } from "../support/corpus.ts";
import { createTestApp, type TestApp, testToken } from "../support/testApp.ts";

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
  t.store(bridgeApproved);
});
afterAll(() => t.close());

describe("schema.graphql", () => {
  test("matches the schema the code builds", () => {
    const committed = readFileSync(resolve(import.meta.dirname, "../../schema.graphql"), "utf8");
    expect(
      printSortedSchema(),
      "schema.graphql is out of date with src/graphql: run `npm run schema` and commit the result",
    ).toBe(committed);
  });
});

describe("GraphiQL and health", () => {
  test("GET /graphql from a browser serves GraphiQL opening on the default query", async () => {
    const response = await t.app.fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<html/i);
    // The page embeds the default query as a JSON string.
    expect(html).toContain(JSON.stringify(graphiqlDefaultQuery).slice(1, -1));
    expect(graphiqlDefaultQuery).toMatch(/participant\(name: "Blinken"\)[\s\S]*statements[\s\S]*article/);
  });

  test("the default query is valid against the schema and runs", async () => {
    const response = await t.gql(graphiqlDefaultQuery);
    expect(response.errors).toBeUndefined();
    // No Blinken in this database: the lookup answers null rather than failing.
    expect(response.data).toEqual({ participant: null });
  });

  test("GET /health reports ok", async () => {
    const response = await t.app.fetch("http://yoga/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET requests", () => {
  test("queries run over GET; mutations are refused there even with the token", async () => {
    const get = (query: string) =>
      t.app.fetch(`http://yoga/graphql?query=${encodeURIComponent(query)}`, {
        headers: { accept: "application/json", authorization: `Bearer ${testToken}` },
      });
    const read = await get(`{ articles { totalCount } }`);
    expect(await read.json()).toEqual({ data: { articles: { totalCount: 1 } } });
    const write = await get(`mutation { ingestArticle(input: { body: "Sent over GET." }) { created } }`);
    expect(write.status).toBe(405);
    expect(await (await get(`{ articles { totalCount } }`)).json()).toEqual({
      data: { articles: { totalCount: 1 } },
    });
  });
});

describe("over real HTTP", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer(t.app);
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())));
  });

  test("a query and an authenticated mutation round-trip through a listening server", async () => {
    const post = async (query: string, variables: object, headers: Record<string, string> = {}) => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/application\/(graphql-response\+)?json/);
      return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };

    const read = await post(
      `query($name: String!) { participant(name: $name) { name role statementCount } }`,
      {
        name: "Jane Roe",
      },
    );
    expect(read).toEqual({
      data: { participant: { name: "Jane Roe", role: "Mayor of Springfield", statementCount: 2 } },
    });

    const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created errors { message } article { title } } }`;
    const input = {
      title: "Over the wire",
      body: "A short article sent over HTTP.",
      url: "https://example.com/http",
    };
    expect(await post(ingest, { input }, { authorization: `Bearer ${testToken}` })).toEqual({
      data: { ingestArticle: { created: true, errors: [], article: { title: "Over the wire" } } },
    });

    const health = await fetch(`${base}/health`);
    expect(await health.json()).toEqual({ status: "ok" });
  });
});
