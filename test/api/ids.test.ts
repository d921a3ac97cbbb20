/**
 * Global IDs: unknown ones resolve to null, malformed ones and IDs of the wrong type are refused with a
 * clear BAD_USER_INPUT error, wherever an ID is taken.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bridgeApproved } from "../support/corpus.ts";
import {
  createTestApp,
  dataOf,
  errorCodes,
  type Loose,
  type TestApp,
  testToken,
} from "../support/testApp.ts";

let t: TestApp;
/** IDs of live objects, one of each type. */
const live = { article: "", participant: "", statement: "" };
/** IDs that were valid once: their article was deleted, taking its statement and its only speaker along. */
const gone = { article: "", participant: "", statement: "" };

async function firstIds(title: string, speaker: string) {
  const data = dataOf(
    await t.gql(
      `query($title: String!, $speaker: String!) {
        articles(filter: { text: $title }, first: 1) { edges { node { id statements(first: 1) { edges { node { id } } } } } }
        participant(name: $speaker) { id } }`,
      { title, speaker },
    ),
  );
  const article = data.articles.edges[0].node;
  return {
    article: article.id,
    statement: article.statements.edges[0].node.id,
    participant: data.participant.id,
  };
}

beforeAll(async () => {
  t = createTestApp();
  t.store(bridgeApproved);
  t.store({
    title: "Temporary notice",
    participants: [{ name: "Tess Temp" }],
    statements: [{ speaker: "Tess Temp", text: "This will not last" }],
  });
  Object.assign(live, await firstIds("harbour bridge approved", "Jane Roe"));
  Object.assign(gone, await firstIds("temporary notice", "Tess Temp"));
  const deleted = await t.gql(
    `mutation($id: ID!) { deleteArticle(input: { id: $id }) { deletedId errors { message } } }`,
    {
      id: gone.article,
    },
    { token: testToken },
  );
  expect(dataOf(deleted).deleteArticle).toEqual({ deletedId: gone.article, errors: [] });
});
afterAll(() => t.close());

const lookups = {
  node: `query($id: ID!) { result: node(id: $id) { id } }`,
  article: `query($id: ID!) { result: article(id: $id) { id } }`,
  participant: `query($id: ID) { result: participant(id: $id) { id } }`,
  statement: `query($id: ID!) { result: statement(id: $id) { id } }`,
};

describe("unknown IDs", () => {
  test("node, article, participant and statement answer null for IDs of deleted objects", async () => {
    const asked = [
      [lookups.node, gone.article],
      [lookups.node, gone.statement],
      [lookups.node, gone.participant],
      [lookups.article, gone.article],
      [lookups.participant, gone.participant],
      [lookups.statement, gone.statement],
    ] as const;
    for (const [query, id] of asked) {
      const response = await t.gql(query, { id });
      expect(response, query).toEqual({ data: { result: null } });
    }
  });

  test("nodes keeps a null in place of each unknown ID", async () => {
    const data = dataOf(
      await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        ids: [gone.statement, live.statement, gone.article, live.participant],
      }),
    );
    expect(data.nodes).toEqual([null, { id: live.statement }, null, { id: live.participant }]);
  });

  test("an unknown ID in a filter matches nothing", async () => {
    const data = dataOf(
      await t.gql(`query($id: ID!) { statements(filter: { speakerId: $id }) { totalCount } }`, {
        id: gone.participant,
      }),
    );
    expect(data.statements.totalCount).toBe(0);
  });
});

const malformed = [
  "garbage!",
  "",
  "12",
  Buffer.from("hello there").toString("base64url"),
  `${"A".repeat(40)}`,
];

describe("malformed IDs", () => {
  test.each(malformed)("%j is refused by node, nodes, article, participant and statement", async (id) => {
    for (const query of [...Object.values(lookups), `query($id: ID!) { result: nodes(ids: [$id]) { id } }`]) {
      const response = await t.gql(query, { id });
      expect(errorCodes(response), query).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors?.[0]?.message).toMatch(/is not a valid .*ID/);
    }
  });

  test.each(malformed)("%j is refused in statement filters", async (id) => {
    for (const field of ["speakerId", "articleId", "mentionsId"]) {
      const response = await t.gql(
        `query($id: ID!) { statements(filter: { ${field}: $id }) { totalCount } }`,
        { id },
      );
      expect(errorCodes(response), field).toEqual(["BAD_USER_INPUT"]);
    }
  });
});

describe("IDs of the wrong type", () => {
  test("typed lookups refuse another type's ID and say which type they wanted", async () => {
    const cases: [string, string, string][] = [
      [lookups.article, live.participant, "Article"],
      [lookups.article, live.statement, "Article"],
      [lookups.participant, live.article, "Participant"],
      [lookups.statement, live.participant, "Statement"],
    ];
    for (const [query, id, wanted] of cases) {
      const response = await t.gql(query, { id });
      expect(errorCodes(response), `${query} ${id}`).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors?.[0]?.message).toContain(`not a valid ${wanted} ID`);
      expect(response.data?.result).toBeNull();
    }
  });

  test("filters refuse another type's ID", async () => {
    const cases: [string, string][] = [
      ["speakerId", live.article],
      ["articleId", live.participant],
      ["mentionsId", live.statement],
    ];
    for (const [field, id] of cases) {
      const top = await t.gql(`query($id: ID!) { statements(filter: { ${field}: $id }) { totalCount } }`, {
        id,
      });
      expect(errorCodes(top), field).toEqual(["BAD_USER_INPUT"]);
      const nested: Loose = await t.gql(
        `query($article: ID!, $id: ID!) { article(id: $article) { statements(filter: { ${field}: $id }) { totalCount } } }`,
        { article: live.article, id },
      );
      expect(errorCodes(nested), `Article.statements ${field}`).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
