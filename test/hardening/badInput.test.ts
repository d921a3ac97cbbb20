/**
 * Bad input (issue 5, item 3) gets a clear answer with a code and changes nothing: malformed JSON bodies,
 * malformed GraphQL, wrong variable types, empty or whitespace articles, text that is not plain text
 * (control characters, lone surrogates, invalid UTF-8 files), sizes counted in bytes, invalid front matter,
 * NDJSON lines that are not JSON. (Unknown, malformed and wrong-type IDs: test/api/ids.test.ts; the article
 * size limit: server.test.ts; an NDJSON line with a bad field, and resuming: test/import/import.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { ImportLineError, importCorpus } from "../../src/ingest/importCorpus.ts";
import { codesOf, createHardeningApp, type HardeningApp } from "./hardeningApp.ts";

const folder = mkdtempSync(join(tmpdir(), "quotegraph-bad-input-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  created errors { field message } article { id body } } }`;

describe("malformed requests are refused with a code, and nothing runs", () => {
  let t: HardeningApp;
  beforeAll(() => {
    t = createHardeningApp();
  });
  afterAll(() => t.close());

  test("a body that is not JSON", async () => {
    const before = t.counts();
    for (const body of ["{not json", '{"query": "{ __typename }"', "\u0000\u00ff", ""]) {
      const posted = await t.post(body);
      expect(posted.status, body).toBe(400);
      expect(codesOf(posted), body).toEqual(["BAD_REQUEST"]);
      expect(posted.body.errors?.[0]?.message).toBeTruthy();
    }
    expect(t.counts()).toEqual(before);
  });

  test("JSON that is not a GraphQL request", async () => {
    for (const body of [
      "null",
      '"{ __typename }"',
      "42",
      '{"query": 5}',
      '{"query": "{ __typename }", "variables": "x"}',
    ]) {
      const posted = await t.post(body);
      expect(posted.status, body).toBe(400);
      expect(codesOf(posted), body).toEqual(["BAD_REQUEST"]);
    }
  });

  test("malformed GraphQL: GRAPHQL_PARSE_FAILED with where; unknown fields: GRAPHQL_VALIDATION_FAILED", async () => {
    const before = t.counts();
    const truncated = await t.query(
      `mutation { ingestArticle(input: { body: "“Hi,” she said." ) { created } }`,
    );
    expect(codesOf(truncated)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(truncated.body.errors?.[0]).toMatchObject({ message: /Syntax Error/, locations: [{ line: 1 }] });
    const unknown = await t.query("{ articles { totalCount wordCount } }");
    expect(codesOf(unknown)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(unknown.body.errors?.[0]?.message).toMatch(/Cannot query field "wordCount"/);
    expect(t.counts()).toEqual(before);
  });

  test("variables of the wrong type, or missing: BAD_USER_INPUT, 400, nothing written", async () => {
    const before = t.counts();
    const cases: [string, Record<string, unknown>][] = [
      ["query($first: Int) { articles(first: $first) { totalCount } }", { first: "ten" }],
      ["query($first: Int) { articles(first: $first) { totalCount } }", { first: 2 ** 40 }],
      ["query($id: ID!) { node(id: $id) { id } }", { id: { nested: true } }],
      ["query($id: ID!) { node(id: $id) { id } }", {}],
      [
        "query($kinds: [StatementKind!]) { statements(filter: { kind: $kinds }) { totalCount } }",
        { kinds: ["SHOUTED"] },
      ],
      [ingest, { input: { body: 42 } }],
      [ingest, { input: { body: "“We will,” she said.", publishedAt: "last Tuesday" } }],
      [ingest, { input: { title: "No body" } }],
    ];
    for (const [query, variables] of cases) {
      const posted = await t.query(query, variables);
      const label = JSON.stringify(variables);
      expect(posted.status, label).toBe(400);
      expect(codesOf(posted), label).toEqual(["BAD_USER_INPUT"]);
      expect(posted.body.errors?.[0]?.message, label).toMatch(/^Variable "\$\w+"|DateTime/);
      expect(posted.body.data, label).toBeUndefined();
    }
    expect(t.counts()).toEqual(before);
  });

  test("an operation type the schema does not have: BAD_REQUEST", async () => {
    const posted = await t.query("subscription { articles { totalCount } }");
    expect(codesOf(posted)).toEqual(["BAD_REQUEST"]);
  });
});

describe("article text ingestArticle refuses, writing nothing", () => {
  let t: HardeningApp;
  beforeAll(() => {
    t = createHardeningApp({ maxArticleBytes: 1024 });
  });
  afterAll(() => t.close());

  async function refusedWith(input: Record<string, unknown>): Promise<{ field: string; message: string }[]> {
    const before = t.counts();
    const posted = await t.query(ingest, { input });
    expect(posted.status).toBe(200);
    const payload = posted.body.data.ingestArticle;
    expect(payload.created, JSON.stringify(input)).toBe(false);
    expect(payload.article).toBeNull();
    expect(t.counts()).toEqual(before);
    return payload.errors;
  }

  test("empty and whitespace-only bodies (any kind of space)", async () => {
    for (const body of ["", " ", "\n\t\r\n", "\u00a0\u3000\u2003", "\ufeff\n"]) {
      expect(await refusedWith({ body }), JSON.stringify(body)).toEqual([
        { field: "input.body", message: "The body is empty." },
      ]);
    }
  });

  test("NUL and other control characters: refused, naming the character and where it is", async () => {
    expect(await refusedWith({ body: "“We will build it,” the mayor\u0000 said." })).toEqual([
      {
        field: "input.body",
        message: "article body contains a control character (U+0000) at offset 29: send plain text",
      },
    ]);
    for (const character of ["\u0001", "\u0008", "\u001b", "\u007f"]) {
      const [error] = await refusedWith({ body: `“Yes,” she said.${character}` });
      expect(error?.message).toMatch(/control character \(U\+00[0-7][0-9A-F]\) at offset 16/);
    }
    expect(await refusedWith({ body: "“Yes,” she said.", title: "Title\u0000" })).toEqual([
      {
        field: "input.title",
        message: "The title contains a control character (U+0000) at offset 5: send plain text.",
      },
    ]);
  });

  test("lone UTF-16 surrogates (not well-formed Unicode, which SQLite would rewrite) are refused", async () => {
    expect(await refusedWith({ body: "“Broken \ud800 text,” she said." })).toEqual([
      {
        field: "input.body",
        message: "article body is not well-formed Unicode (a lone surrogate at offset 8)",
      },
    ]);
    expect((await refusedWith({ body: "“Broken \udc00 text,” she said." }))[0]?.message).toMatch(
      /lone surrogate/,
    );
  });

  test("tabs, line breaks of every kind and paired surrogates (emoji) are text, stored as sent", async () => {
    const body = "“We will build it,”\tthe mayor said.\r\nShe added: “It is 🌉 time.”\f\u000bEnd.";
    const posted = await t.query(ingest, { input: { body } });
    expect(posted.body.data.ingestArticle).toMatchObject({ created: true, errors: [], article: { body } });
  });

  test("the size limit counts bytes, not characters", async () => {
    const body = `“${"é".repeat(600)},” she said.`; // about 620 characters, over 1,200 bytes
    expect(body.length).toBeLessThan(1024);
    expect(await refusedWith({ body })).toEqual([{ field: "input.body", message: "The body is over 1 KB." }]);
  });
});

describe("npm run ingest refuses files that are not valid articles", () => {
  const articles = join(folder, "articles");
  const good =
    "---\ntitle: Bridge approved\n---\n“We will build the bridge,” Mayor Jane Roe said on Tuesday.\n";
  const bad: Record<string, string | Buffer> = {
    "invalid-utf8.txt": Buffer.concat([
      Buffer.from("“We will,” she said. "),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(" End."),
    ]),
    "unclosed-front-matter.md": "---\ntitle: [unclosed\n---\n“We will,” she said.\n",
    "list-front-matter.md": "---\n- one\n- two\n---\n“We will,” she said.\n",
    "list-title.md": "---\ntitle: [a, b]\n---\n“We will,” she said.\n",
    "nul.txt": "“We will,” she\u0000 said.\n",
    "empty.txt": " \n\n",
  };

  beforeAll(() => {
    mkdirSync(articles, { recursive: true });
    writeFileSync(join(articles, "good.md"), good);
    for (const [name, content] of Object.entries(bad)) writeFileSync(join(articles, name), content);
  });

  const ingestCli = (database: string, ...paths: string[]) =>
    spawnSync("node_modules/.bin/tsx", ["src/cli/ingest.ts", ...paths], {
      env: { ...process.env, DATABASE_URL: database },
      encoding: "utf8",
      timeout: 60_000,
    });

  const articleCount = (database: string) => {
    const { connection } = openDatabase(database);
    try {
      return (connection.prepare("select count(*) as n from articles").get() as { n: number }).n;
    } finally {
      connection.close();
    }
  };

  test("a file of invalid UTF-8 alone: a clear error, exit code 1, nothing stored", () => {
    const database = join(folder, "utf8.db");
    const run = ingestCli(database, join(articles, "invalid-utf8.txt"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/failed: .*invalid-utf8\.txt: .*not valid for encoding utf-8/i);
    expect(run.stdout).toContain("1 failed");
    expect(articleCount(database)).toBe(0);
  });

  test("a folder: each bad file is reported with its reason, the good one is stored, exit code 1", () => {
    const database = join(folder, "folder.db");
    const run = ingestCli(database, articles);
    expect(run.status).toBe(1);
    const failures = run.stderr.split("\n").filter((line) => line.startsWith("failed: "));
    expect(failures).toHaveLength(Object.keys(bad).length);
    const reasonOf = (name: string) => failures.find((line) => line.includes(`${name}: `)) ?? "";
    expect(reasonOf("invalid-utf8.txt")).toMatch(/utf-8/i);
    expect(reasonOf("unclosed-front-matter.md")).toMatch(/invalid front matter/);
    expect(reasonOf("list-front-matter.md")).toMatch(/invalid front matter: expected a mapping/);
    expect(reasonOf("list-title.md")).toMatch(/front matter field "title" must be text, got a list/);
    expect(reasonOf("nul.txt")).toMatch(/control character \(U\+0000\)/);
    expect(reasonOf("empty.txt")).toMatch(/article body is empty/);
    expect(run.stdout).toContain(`1 articles stored, 0 already stored, ${Object.keys(bad).length} failed`);
    expect(articleCount(database)).toBe(1);
  });
});

describe("NDJSON import: a line that is not valid UTF-8", () => {
  test("stops with its line number instead of storing replacement characters", async () => {
    const file = join(folder, "not-utf8.ndjson");
    const good = [
      { type: "participant", id: "p1", name: "Jane Roe", kind: "person" },
      { type: "article", id: "a1", title: "Bridge", body: "“We will,” Jane Roe said." },
    ].map((record) => Buffer.from(`${JSON.stringify(record)}\r\n`));
    const broken = Buffer.concat([
      Buffer.from(
        '{"type":"statement","id":"s1","articleId":"a1","speakerId":"p1","kind":"direct","text":"We ',
      ),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
    ]);
    writeFileSync(file, Buffer.concat([...good, broken]));
    const { connection } = openDatabase(join(folder, "not-utf8.db"));
    try {
      const failure = await importCorpus(connection, file).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ImportLineError);
      expect((failure as Error).message).toBe("line 3: is not valid UTF-8 text");
      const count = (table: string) =>
        (connection.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      expect([count("participants"), count("articles"), count("statements")]).toEqual([0, 0, 0]);
    } finally {
      connection.close();
    }
  });
});

describe("NDJSON import: a line that is not JSON", () => {
  test("stops with its line number and writes nothing of its batch", async () => {
    const file = join(folder, "not-json.ndjson");
    const lines = [
      { type: "participant", id: "p1", name: "Jane Roe", kind: "person" },
      { type: "article", id: "a1", title: "Bridge", body: "“We will,” Jane Roe said." },
      { type: "statement", id: "s1", articleId: "a1", speakerId: "p1", text: "We will", kind: "direct" },
    ].map((record) => JSON.stringify(record));
    writeFileSync(file, `${[...lines, '{"type": "statement", "id": "s2",'].join("\n")}\n`);
    const { connection } = openDatabase(join(folder, "not-json.db"));
    try {
      const failure = await importCorpus(connection, file).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ImportLineError);
      expect((failure as ImportLineError).line).toBe(4);
      expect((failure as Error).message).toMatch(/^line 4: not valid JSON/);
      const count = (table: string) =>
        (connection.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      expect([count("participants"), count("articles"), count("statements")]).toEqual([0, 0, 0]);
    } finally {
      connection.close();
    }
  });
});
