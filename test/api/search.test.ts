/**
 * Full-text search over statements, articles and participants: highlighted snippets, best match first,
 * paging with `after`, and clear errors for input that cannot be searched.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bridgeApproved, corpus, undatedColumn } from "../support/corpus.ts";
import { createTestApp, dataOf, errorCodes, type Loose, type TestApp } from "../support/testApp.ts";

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
  for (const article of corpus) t.store(article);
});
afterAll(() => t.close());

const searchQuery = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor rank snippet node { __typename
      ... on Statement { id text } ... on Article { id title } ... on Participant { id name } } } } }`;

async function search(q: string, first?: number, after?: string | null): Promise<Loose> {
  return dataOf(await t.gql(searchQuery, { q, first, after })).search;
}

const marked = (snippet: string) => [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);

describe("search", () => {
  test("finds statements and articles, with the matched words in <mark> and best matches first", async () => {
    const result = await search("zeppelin");
    const edges: Loose[] = result.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(edge.snippet).toContain("<mark>");
      expect(marked(edge.snippet).every((word) => /^zeppelin$/i.test(word ?? ""))).toBe(true);
    }
    const ranks = edges.map((edge) => edge.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const types = new Set(edges.map((edge) => edge.node.__typename));
    expect(types).toEqual(new Set(["Statement", "Article"]));

    // The short statement that says "zeppelin" three times beats the long one that says it once.
    const statements = edges
      .filter((edge) => edge.node.__typename === "Statement")
      .map((edge) => edge.node.text);
    expect(statements).toEqual([undatedColumn.statements[1]?.text, bridgeApproved.statements[1]?.text]);
    const articles = edges
      .filter((edge) => edge.node.__typename === "Article")
      .map((edge) => edge.node.title);
    expect(new Set(articles)).toEqual(new Set([bridgeApproved.title, undatedColumn.title]));
  });

  test("finds participants by name and by alias", async () => {
    const byName = await search("Richard");
    expect(byName.edges.map((edge: Loose) => edge.node)).toContainEqual(
      expect.objectContaining({ __typename: "Participant", name: "Richard Roe" }),
    );
    const byAlias = await search("residents");
    const residents = byAlias.edges.find((edge: Loose) => edge.node.__typename === "Participant");
    expect(residents.node.name).toBe("Harbour residents");
    expect(residents.snippet).toMatch(/<mark>residents<\/mark>/i);
  });

  test("matches stemmed words", async () => {
    const result = await search("doubling");
    const statement = result.edges.find((edge: Loose) => edge.node.__typename === "Statement");
    expect(statement.node.text).toBe("Steel prices doubled since the spring");
    expect(statement.snippet).toContain("<mark>doubled</mark>");
  });

  test("snippets are HTML-escaped around the marks", async () => {
    const result = await search("chips worried");
    const statement = result.edges.find((edge: Loose) => edge.node.__typename === "Statement");
    expect(statement.node.text).toContain("fish & chips shops <b>worried</b>");
    expect(statement.snippet).toContain("&#38;");
    expect(statement.snippet).toContain("&#60;b&#62;<mark>worried</mark>&#60;/b&#62;");
    expect(statement.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  test("words that occur nowhere find nothing; every word must occur", async () => {
    expect((await search("xylophone")).edges).toEqual([]);
    expect((await search("zeppelin budget")).edges).toEqual([]);
  });

  test("FTS5 syntax in the input is taken as plain words, never as an error", async () => {
    for (const q of ['bridge" OR *', "NEAR(bridge", "-bridge", "bridge AND"]) {
      const response = await t.gql(searchQuery, { q });
      expect(response.errors, q).toBeUndefined();
    }
    // "OR" is a word to find like any other, so nothing has all of them.
    expect((await search('bridge" OR zeppelin')).edges).toEqual([]);
    const filtered = await t.gql(
      `{ statements(filter: { text: "\\"bridge\\" NOT mistake" }) { totalCount } }`,
    );
    expect(filtered.errors).toBeUndefined();
  });

  test("paging with after visits every result once, in rank order", async () => {
    const all = await search("bridge", 100);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(all.edges.length).toBeGreaterThan(4);
    const seen: Loose[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result = await search("bridge", 2, after);
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(result.pageInfo.startCursor).toBe(result.edges[0]?.cursor ?? null);
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? null);
      seen.push(...result.edges);
      expect(result.pageInfo.hasNextPage).toBe(seen.length < all.edges.length);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen.map((edge) => [edge.node.__typename, edge.node.id])).toEqual(
      all.edges.map((edge: Loose) => [edge.node.__typename, edge.node.id]),
    );
    const ranks = seen.map((edge) => edge.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  test("unsearchable input, the page-size cap and malformed cursors are refused", async () => {
    const cases = [
      { q: "  !?  ", first: 5, after: null },
      { q: "bridge", first: 101, after: null },
      { q: "bridge", first: 5, after: "garbage" },
      { q: "bridge", first: 5, after: Buffer.from("[1,2]").toString("base64url") },
    ];
    for (const variables of cases) {
      expect(errorCodes(await t.gql(searchQuery, variables)), JSON.stringify(variables)).toEqual([
        "BAD_USER_INPUT",
      ]);
    }
  });
});
