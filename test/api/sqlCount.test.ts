/**
 * Batching (issue 2, item 5): with QUOTEGRAPH_TRACE_SQL every response reports how many SQL statements it
 * ran, and a three-level nested query runs one statement per level however many rows each level holds,
 * plus exactly one per `totalCount` asked for.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FixtureArticle } from "../support/articles.ts";
import { createTestApp, dataOf, type GqlResponse, type Loose, type TestApp } from "../support/testApp.ts";

const nested = `{ participants(first: 50) { edges { node { name
  statements(first: 10) { edges { node { text article { title speakers { name } } } } } } } } }`;
const withParticipantTotal = `{ participants(first: 50) { totalCount edges { node { name
  statements(first: 10) { edges { node { text article { title speakers { name } } } } } } } } }`;
const withBothTotals = `{ participants(first: 50) { totalCount edges { node { name
  statements(first: 10) { totalCount edges { node { text article { title speakers { name } } } } } } } } }`;

/** Article `index` quotes `speakersPerArticle` new people, each several times, and one shared columnist. */
function generated(index: number, speakersPerArticle: number): FixtureArticle {
  const names = Array.from({ length: speakersPerArticle }, (_, n) => `Person ${index}-${n} Example`);
  return {
    title: `Generated article ${index}`,
    publishedAt: `2023-05-${String(1 + (index % 28)).padStart(2, "0")}`,
    participants: [...names, "Colin Columnist"].map((name) => ({ name })),
    statements: [...names, "Colin Columnist"].flatMap((speaker) =>
      [1, 2, 3].map((n) => ({ speaker, text: `Remark ${n} by ${speaker} in article ${index}` })),
    ),
  };
}

let t: TestApp;
beforeAll(() => {
  t = createTestApp({ traceSql: true });
});
afterAll(() => t.close());

function sqlCount(response: GqlResponse): number {
  expect(response.errors).toBeUndefined();
  const count = response.extensions?.sql?.count;
  expect(typeof count, "extensions.sql.count is reported").toBe("number");
  return count as number;
}

function shape(response: GqlResponse) {
  const participants: Loose[] = dataOf(response).participants.edges.map((edge: Loose) => edge.node);
  const statements = participants.flatMap((participant) =>
    participant.statements.edges.map((edge: Loose) => edge.node),
  );
  return {
    participants: participants.length,
    statements: statements.length,
    articles: new Set(statements.map((s) => s.article.title)).size,
  };
}

describe("SQL statements per request", () => {
  let small: { nested: number; participantTotal: number; bothTotals: number };

  test("a few rows: one statement per level, plus one per totalCount", async () => {
    t.store(generated(0, 4));
    const response = await t.gql(nested);
    expect(shape(response)).toEqual({ participants: 5, statements: 15, articles: 1 });
    small = {
      nested: sqlCount(response),
      participantTotal: sqlCount(await t.gql(withParticipantTotal)),
      bothTotals: sqlCount(await t.gql(withBothTotals)),
    };
    // participants, their statements, the statements' articles, the articles' speakers.
    expect(small.nested).toBe(4);
    expect(small.participantTotal).toBe(small.nested + 1);
    expect(small.bothTotals).toBe(small.nested + 2);
  });

  test("many rows at every level: the same counts", async () => {
    for (let index = 1; index <= 20; index++) t.store(generated(index, 4));
    const response = await t.gql(nested);
    const seen = shape(response);
    expect(seen.participants).toBe(50);
    expect(seen.statements).toBeGreaterThan(100);
    expect(seen.articles).toBeGreaterThan(10);
    const total = dataOf(await t.gql(withParticipantTotal)).participants.totalCount;
    expect(total).toBeGreaterThanOrEqual(60);

    expect(sqlCount(response)).toBe(small.nested);
    expect(sqlCount(await t.gql(withParticipantTotal))).toBe(small.participantTotal);
    expect(sqlCount(await t.gql(withBothTotals))).toBe(small.bothTotals);
  });

  test("every response carries the count, and each request counts only its own statements", async () => {
    const first = await t.gql(`{ articles(first: 1) { edges { node { title } } } }`);
    const second = await t.gql(`{ articles(first: 1) { edges { node { title } } } }`);
    expect(sqlCount(first)).toBe(1);
    expect(sqlCount(second)).toBe(1);
    expect(sqlCount(await t.gql(`{ __typename }`))).toBe(0);
  });

  test("without tracing, responses carry no count", async () => {
    const untraced = t.variant({ traceSql: false });
    const response = await untraced.gql(`{ articles(first: 1) { totalCount } }`);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.sql).toBeUndefined();
  });
});
