/**
 * Relay pagination on keyset cursors: walking every list forward (first/after) and backward (last/before)
 * visits each item exactly once, in the list's order, with truthful pageInfo and totalCount; the page-size
 * cap and malformed cursors are refused clearly. The corpus is generated with many ties (repeated titles,
 * shared dates, equal statement counts) so that cursors must break ties to be right.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FixtureArticle } from "../support/articles.ts";
import { createTestApp, dataOf, errorCodes, type Loose, type TestApp } from "../support/testApp.ts";

const people = [
  "Ada Archer",
  "Ben Baker",
  "Cleo Carter",
  "Dan Dover",
  "Eve Ellis",
  "Finn Ford",
  "Gail Grant",
];
const reporter = "Pat Quill";

function generatedArticle(index: number): FixtureArticle {
  const speakers = [0, 2, 5].map((offset) => people[(index + offset) % people.length] as string);
  return {
    title: `Report ${index % 4}`,
    source: index % 2 === 0 ? "Even Times" : "Odd Herald",
    url: `https://example.com/generated/${index}`,
    publishedAt: `2023-02-${String(10 + Math.floor(index / 3)).padStart(2, "0")}`,
    participants: [...speakers, reporter].map((name) => ({ name, kind: "person", aliases: [] })),
    statements: [
      ...speakers.map((speaker, position) => ({
        speaker,
        text: `Statement ${position} of article ${index} by ${speaker}`,
        mentions: position === 0 ? [reporter] : [],
      })),
      { speaker: reporter, text: `Pat reports on article ${index}`, mentions: [speakers[0] as string] },
    ],
  };
}

const articleCount = 14;
let t: TestApp;

beforeAll(() => {
  t = createTestApp();
  for (let index = 0; index < articleCount; index++) t.store(generatedArticle(index));
});
afterAll(() => t.close());

/**
 * A list to page through: `field` is the connection's path in the response; the query takes
 * $first/$after/$last/$before and returns `totalCount`, `pageInfo` and `edges { cursor node { id } }`.
 */
interface ListCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  path: string[];
}

const connectionFields = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }`;
const pageArgs = `first: $first, after: $after, last: $last, before: $before`;
const pageVars = `$first: Int, $after: String, $last: Int, $before: String`;

async function connectionAt(list: ListCase, args: Record<string, unknown>): Promise<Loose> {
  const data = dataOf(await t.gql(list.query, { ...list.variables, ...args }));
  return list.path.reduce((value, key) => value[key], data);
}

const idsOf = (connection: Loose): string[] => connection.edges.map((edge: Loose) => edge.node.id);

function checkPageInfo(connection: Loose) {
  const edges = connection.edges;
  expect(connection.pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
  expect(connection.pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
}

async function walkForward(list: ListCase, size: number, total: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; ; page++) {
    expect(page, "forward walk does not end").toBeLessThan(total + 2);
    const connection = await connectionAt(list, { first: size, after });
    checkPageInfo(connection);
    expect(connection.totalCount).toBe(total);
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    seen.push(...idsOf(connection));
    expect(connection.pageInfo.hasNextPage).toBe(seen.length < total);
    expect(connection.edges.length).toBe(Math.min(size, total - (seen.length - connection.edges.length)));
    if (!connection.pageInfo.hasNextPage) return seen;
    after = connection.pageInfo.endCursor;
  }
}

async function walkBackward(list: ListCase, size: number, total: number): Promise<string[]> {
  let seen: string[] = [];
  let before: string | null = null;
  for (let page = 0; ; page++) {
    expect(page, "backward walk does not end").toBeLessThan(total + 2);
    const connection = await connectionAt(list, { last: size, before });
    checkPageInfo(connection);
    expect(connection.totalCount).toBe(total);
    expect(connection.pageInfo.hasNextPage).toBe(before !== null);
    seen = [...idsOf(connection), ...seen];
    expect(connection.pageInfo.hasPreviousPage).toBe(seen.length < total);
    if (!connection.pageInfo.hasPreviousPage) return seen;
    before = connection.pageInfo.startCursor;
  }
}

const lists: ListCase[] = [
  ...["CREATED_AT", "PUBLISHED_AT", "TITLE"].flatMap((field) =>
    ["ASC", "DESC"].map((direction) => ({
      name: `articles ordered by ${field} ${direction}`,
      query: `query(${pageVars}, $orderBy: ArticleOrder) { articles(${pageArgs}, orderBy: $orderBy) { ${connectionFields} } }`,
      variables: { orderBy: { field, direction } },
      path: ["articles"],
    })),
  ),
  {
    name: "articles filtered by source",
    query: `query(${pageVars}) { articles(${pageArgs}, filter: { source: "Odd Herald" }) { ${connectionFields} } }`,
    path: ["articles"],
  },
  ...["NAME", "STATEMENT_COUNT", "CREATED_AT"].flatMap((field) =>
    ["ASC", "DESC"].map((direction) => ({
      name: `participants ordered by ${field} ${direction}`,
      query: `query(${pageVars}, $orderBy: ParticipantOrder) { participants(${pageArgs}, orderBy: $orderBy) { ${connectionFields} } }`,
      variables: { orderBy: { field, direction } },
      path: ["participants"],
    })),
  ),
  ...["PUBLISHED_AT", "CREATED_AT"].flatMap((field) =>
    ["ASC", "DESC"].map((direction) => ({
      name: `statements ordered by ${field} ${direction}`,
      query: `query(${pageVars}, $orderBy: StatementOrder) { statements(${pageArgs}, orderBy: $orderBy) { ${connectionFields} } }`,
      variables: { orderBy: { field, direction } },
      path: ["statements"],
    })),
  ),
  {
    name: "statements filtered by full text",
    query: `query(${pageVars}) { statements(${pageArgs}, filter: { text: "statement" }) { ${connectionFields} } }`,
    path: ["statements"],
  },
  ...["statements", "articles", "quotedWith", "mentionedIn"].map((field) => ({
    name: `Participant.${field}`,
    query: `query(${pageVars}, $name: String!) { participant(name: $name) { ${field}(${pageArgs}) { ${connectionFields} } } }`,
    variables: { name: reporter },
    path: ["participant", field],
  })),
  ...["statements", "participants"].map((field) => ({
    name: `Article.${field}`,
    query: `query(${pageVars}) { articles(first: 1, orderBy: { field: CREATED_AT, direction: ASC }) {
      edges { node { ${field}(${pageArgs}) { ${connectionFields} } } } } }`,
    path: ["articles", "edges", "0", "node", field],
  })),
];

describe.each(lists)("$name", (list) => {
  let everything: string[];
  beforeAll(async () => {
    const connection = await connectionAt(list, { first: 100 });
    everything = idsOf(connection);
    expect(connection.totalCount).toBe(everything.length);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test("first/after visits every item once, in order", async () => {
    expect(everything.length).toBeGreaterThan(3);
    expect(new Set(everything).size).toBe(everything.length);
    for (const size of [1, 3, everything.length]) {
      expect(await walkForward(list, size, everything.length)).toEqual(everything);
    }
  });

  test("last/before visits every item once, in order", async () => {
    for (const size of [1, 3, everything.length]) {
      expect(await walkBackward(list, size, everything.length)).toEqual(everything);
    }
  });

  test("after and before are exclusive bounds in the same order", async () => {
    const middle = Math.floor(everything.length / 2);
    const all = await connectionAt(list, { first: 100 });
    const cursor = all.edges[middle].cursor;
    expect(idsOf(await connectionAt(list, { first: 100, after: cursor }))).toEqual(
      everything.slice(middle + 1),
    );
    expect(idsOf(await connectionAt(list, { last: 100, before: cursor }))).toEqual(
      everything.slice(0, middle),
    );
    // `before` alone pages backward with the default page size.
    expect(idsOf(await connectionAt(list, { before: cursor }))).toEqual(
      everything.slice(0, middle).slice(-20),
    );
  });
});

describe("the generated corpus has the ties the walks rely on", () => {
  test("repeated titles, shared dates, equal statement counts", async () => {
    const data = dataOf(
      await t.gql(`{ articles(first: 100) { edges { node { title publishedAt } } }
        participants(first: 100) { edges { node { statementCount } } } }`),
    );
    const articles = data.articles.edges.map((edge: Loose) => edge.node);
    expect(new Set(articles.map((article: Loose) => article.title)).size).toBeLessThan(articles.length);
    expect(new Set(articles.map((article: Loose) => article.publishedAt)).size).toBeLessThan(articles.length);
    const counts = data.participants.edges.map((edge: Loose) => edge.node.statementCount);
    expect(new Set(counts).size).toBeLessThan(counts.length);
  });
});

describe("page sizes", () => {
  test("first or last above 100 is refused with BAD_USER_INPUT", async () => {
    for (const args of ["first: 101", "last: 101", "first: -1", "last: -5"]) {
      const response = await t.gql(`{ statements(${args}) { totalCount } }`);
      expect(errorCodes(response), args).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors?.[0]?.message).toMatch(/between 0 and 100/);
    }
    const nested = await t.gql(
      `{ participant(name: "${reporter}") { statements(first: 101) { totalCount } } }`,
    );
    expect(errorCodes(nested)).toEqual(["BAD_USER_INPUT"]);
    expect(dataOf(await t.gql(`{ statements(first: 100) { totalCount } }`)).statements.totalCount).toBe(
      articleCount * 4,
    );
  });

  test("without first or last a page holds 20 items", async () => {
    const data = dataOf(
      await t.gql(`{ statements { totalCount pageInfo { hasNextPage } edges { cursor } } }`),
    );
    expect(data.statements.edges).toHaveLength(20);
    expect(data.statements.pageInfo.hasNextPage).toBe(data.statements.totalCount > 20);
  });

  test("contradictory arguments are refused", async () => {
    const first = dataOf(await t.gql(`{ statements(first: 2) { pageInfo { endCursor } } }`)).statements
      .pageInfo.endCursor;
    for (const args of [
      "first: 2, last: 2",
      `after: "${first}", before: "${first}"`,
      `last: 2, after: "${first}"`,
      `first: 2, before: "${first}"`,
    ]) {
      expect(errorCodes(await t.gql(`{ statements(${args}) { totalCount } }`)), args).toEqual([
        "BAD_USER_INPUT",
      ]);
    }
  });
});

describe("malformed cursors", () => {
  const bad = [
    "garbage",
    "!!!not base64!!!",
    Buffer.from("hello", "utf8").toString("base64url"),
    Buffer.from('{"a":1}', "utf8").toString("base64url"),
    Buffer.from('["x"]', "utf8").toString("base64url"),
    "",
  ];
  test.each(bad)("%j is refused as after and as before", async (cursor) => {
    for (const args of [
      `first: 2, after: ${JSON.stringify(cursor)}`,
      `last: 2, before: ${JSON.stringify(cursor)}`,
    ]) {
      const response = await t.gql(`{ articles(${args}) { totalCount } }`);
      expect(errorCodes(response), args).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors?.[0]?.message).toMatch(/not a valid cursor/);
    }
  });

  test("a cursor from search does not pass as a list cursor", async () => {
    const search = dataOf(await t.gql(`{ search(query: "article", first: 1) { edges { cursor } } }`));
    const cursor = search.search.edges[0].cursor;
    expect(
      errorCodes(await t.gql(`query($c: String) { statements(after: $c) { totalCount } }`, { c: cursor })),
    ).toEqual(["BAD_USER_INPUT"]);
  });
});
