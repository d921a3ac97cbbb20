/**
 * Production switches and request hygiene (issue 5, items 2 and 3): introspection and GraphiQL can be
 * turned off, request and article bodies have size limits, every response carries a request id, and
 * unexpected errors are masked for clients but logged with detail and that id.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { graphiqlDefaultQuery } from "../../src/server/graphiqlDefaultQuery.ts";
import { codesOf, createHardeningApp, type HardeningApp } from "./hardeningApp.ts";

const introspection = `{ __schema { queryType { name } } }`;

describe("introspection and GraphiQL are on by default", () => {
  let t: HardeningApp;
  beforeAll(() => {
    t = createHardeningApp();
  });
  afterAll(() => t.close());

  test("introspection answers", async () => {
    const posted = await t.query(introspection);
    expect(posted.body).toMatchObject({ data: { __schema: { queryType: { name: "Query" } } } });
  });

  test("GET /graphql from a browser serves GraphiQL", async () => {
    const response = await t.app.fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<html/i);
  });
});

describe("turned off for production", () => {
  let t: HardeningApp;
  beforeAll(() => {
    t = createHardeningApp({ introspection: false, graphiql: false });
  });
  afterAll(() => t.close());

  test("introspection queries are refused with INTROSPECTION_DISABLED; __typename still works", async () => {
    const refused = await t.query(introspection);
    expect(refused.status).toBe(400);
    expect(codesOf(refused)).toEqual(["INTROSPECTION_DISABLED"]);
    expect(refused.body.errors?.[0]?.message).toMatch(/Introspection is turned off/);
    expect(refused.body.data).toBeUndefined();
    expect(codesOf(await t.query(`{ __type(name: "Article") { name } }`))).toEqual([
      "INTROSPECTION_DISABLED",
    ]);
    const typename = await t.query(`{ __typename articles { totalCount } }`);
    expect(typename.body.data).toEqual({ __typename: "Query", articles: { totalCount: 3 } });
  });

  test("ordinary queries still run", async () => {
    const posted = await t.query(graphiqlDefaultQuery);
    expect(posted.body.errors).toBeUndefined();
  });

  test("GET /graphql from a browser no longer serves GraphiQL", async () => {
    const response = await t.app.fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    expect(response.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/<html/i);
  });
});

describe("request body limit", () => {
  let t: HardeningApp;
  beforeAll(() => {
    t = createHardeningApp({ maxRequestBytes: 4096 });
  });
  afterAll(() => t.close());

  const bodyOf = (bytes: number) => {
    const frame = JSON.stringify({ query: "{ articles { totalCount } }", variables: { pad: "" } });
    return frame.replace('"pad":""', `"pad":"${"x".repeat(bytes - frame.length)}"`);
  };

  test("a body at the limit is served; one byte over is 413", async () => {
    expect(bodyOf(4096).length).toBe(4096);
    const served = await t.post(bodyOf(4096));
    expect(served.status).toBe(200);
    expect(served.body.data).toEqual({ articles: { totalCount: 3 } });
    const refused = await t.post(bodyOf(4097));
    expect(refused.status).toBe(413);
    expect(codesOf(refused)).toEqual(["REQUEST_ENTITY_TOO_LARGE"]);
  });

  test("a streamed body without Content-Length is cut off at the limit too", async () => {
    const chunk = new TextEncoder().encode(bodyOf(4097));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk.subarray(0, 2000));
        controller.enqueue(chunk.subarray(2000));
        controller.close();
      },
    });
    const response = await t.app.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  test("the default limit is 1 MB", async () => {
    const defaults = createHardeningApp();
    try {
      const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1024 * 1024) } });
      expect((await defaults.post(big)).status).toBe(413);
    } finally {
      defaults.close();
    }
  });
});

describe("article size limit", () => {
  const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created errors { field message } } }`;
  const article = (bytes: number) => {
    const sentence = "“We will build it,” the mayor said. ";
    const body = sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence)));
    return Buffer.from(body)
      .subarray(0, bytes)
      .toString("utf8")
      .replace(/\uFFFD$/, ".");
  };

  test("QUOTEGRAPH_MAX_ARTICLE_BYTES reaches ingestArticle: over it is refused and nothing is written", async () => {
    const t = createHardeningApp({ maxArticleBytes: 1024 });
    try {
      const before = t.counts();
      const body = "x".repeat(1025);
      const refused = await t.query(ingest, { input: { title: "Too long", body } });
      expect(refused.body.data.ingestArticle).toEqual({
        created: false,
        errors: [{ field: "input.body", message: "The body is over 1 KB." }],
      });
      expect(t.counts()).toEqual(before);
      const served = await t.query(ingest, { input: { title: "Short enough", body: article(1000) } });
      expect(served.body.data.ingestArticle).toEqual({ created: true, errors: [] });
    } finally {
      t.close();
    }
  });
});

describe("a body the server cannot read", () => {
  let t: HardeningApp;
  beforeAll(() => {
    t = createHardeningApp();
  });
  afterAll(() => t.close());

  test("is a 415 with a coded GraphQL error naming the content type to send", async () => {
    for (const contentType of ["text/plain", "application/xml; charset=utf-8", undefined]) {
      const response = await t.app.fetch("http://yoga/graphql", {
        method: "POST",
        headers: contentType ? { "content-type": contentType } : {},
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(415);
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(body.errors[0]?.message).toMatch(/send the operation as application\/json/);
      if (contentType) expect(body.errors[0]?.message).toContain(`"${contentType.split(";")[0]}"`);
    }
  });

  test("JSON with parameters, GraphQL documents and forms are still read", async () => {
    const forms: [string, string][] = [
      ["application/json; charset=utf-8", JSON.stringify({ query: "{ __typename }" })],
      ["application/graphql", "{ __typename }"],
      ["application/x-www-form-urlencoded", "query=%7B__typename%7D"],
    ];
    for (const [contentType, body] of forms) {
      const response = await t.app.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": contentType },
        body,
      });
      expect(await response.json()).toMatchObject({ data: { __typename: "Query" } });
    }
  });
});

describe("request ids and unexpected errors", () => {
  let t: HardeningApp;
  beforeAll(() => {
    t = createHardeningApp();
  });
  afterAll(() => t.close());

  test("every response carries a fresh x-request-id", async () => {
    const first = await t.query(`{ articles { totalCount } }`);
    const second = await t.query(`{ articles { totalCount } }`);
    const refused = await t.query(`{ ${"a: __typename ".repeat(31)} }`);
    const health = await t.app.fetch("http://yoga/health");
    const ids = [first, second, refused].map((posted) => posted.headers.get("x-request-id"));
    ids.push(health.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("an unexpected failure is masked for the client, with the request id, and logged in detail", async () => {
    const broken = createHardeningApp();
    try {
      broken.connection.close(); // every query now fails inside the database driver
      const posted = await broken.query(`{ articles { totalCount } }`);
      const requestId = posted.headers.get("x-request-id");
      expect(posted.body.errors).toEqual([
        {
          message: "Unexpected error.",
          locations: [{ line: 1, column: 3 }],
          path: ["articles"],
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
        },
      ]);
      expect(JSON.stringify(posted.body)).not.toMatch(/database|sqlite|connection/i);
      expect(broken.logged).toHaveLength(1);
      const [entry] = broken.logged;
      expect(entry?.requestId).toBe(requestId);
      expect(entry?.path).toBe("articles");
      expect(String((entry?.error as Error | undefined)?.stack)).toMatch(/database connection is not open/);
    } finally {
      broken.close();
    }
  });

  test("expected errors are not masked or logged", async () => {
    const posted = await t.query(`{ article(id: "not-an-id") { title } }`);
    expect(codesOf(posted)).toEqual(["BAD_USER_INPUT"]);
    expect(t.logged).toEqual([]);
  });
});
