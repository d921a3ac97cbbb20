/**
 * The seed acceptance of issue 2, item 3: after `seedIfEmpty` (what `npm start` runs on an empty database,
 * through the extraction pipeline), the seed article answers the questions Quotegraph exists for.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedIfEmpty } from "../../src/server/seed.ts";
import { createTestApp, dataOf, type Loose, type TestApp } from "../support/testApp.ts";

let t: TestApp;
beforeAll(() => {
  t = createTestApp({ seed: true });
});
afterAll(() => t.close());

const personFields = `id name kind role aliases statementCount
  statements(first: 50) { totalCount edges { node { id text kind speaker { name } article { title source publishedAt } } } }`;

async function person(name: string): Promise<Loose> {
  return dataOf(
    await t.gql(`query($name: String!) { participant(name: $name) { ${personFields} } }`, { name }),
  ).participant;
}

describe("the seed article", () => {
  test("is stored once, from CNN, published 2023-07-13; seeding again changes nothing", async () => {
    const query = `{ articles { totalCount edges { node { title source publishedAt } } } }`;
    const data = dataOf(await t.gql(query));
    expect(data.articles.totalCount).toBe(1);
    expect(data.articles.edges[0].node).toMatchObject({ source: "CNN", publishedAt: "2023-07-13" });
    expect(data.articles.edges[0].node.title).toMatch(/Blinken/);
    expect(seedIfEmpty(t.db)).toBeNull();
    expect(dataOf(await t.gql(query))).toEqual(data);
  });

  test('participant(name: "Blinken") is Antony Blinken, with his role and his statements', async () => {
    const blinken = await person("Blinken");
    expect(blinken).not.toBeNull();
    expect(blinken.name).toBe("Antony Blinken");
    expect(blinken.kind).toBe("PERSON");
    expect(blinken.role).toMatch(/Secretary of State/);
    expect(blinken.statementCount).toBeGreaterThan(0);
    expect(blinken.statements.totalCount).toBe(blinken.statementCount);
    const texts = blinken.statements.edges.map((edge: Loose) => edge.node.text);
    expect(texts.some((text: string) => /relationship was at a point of instability/.test(text))).toBe(true);
    for (const edge of blinken.statements.edges) expect(edge.node.speaker.name).toBe("Antony Blinken");
    expect((await person("Antony Blinken")).id).toBe(blinken.id);
  });

  test("Janet Yellen has her statements", async () => {
    const yellen = await person("Yellen");
    expect(yellen?.name).toBe("Janet Yellen");
    expect(yellen.role).toMatch(/Treasury/);
    expect(yellen.statementCount).toBeGreaterThan(0);
    const texts = yellen.statements.edges.map((edge: Loose) => edge.node.text);
    expect(texts.some((text: string) => /bilateral meetings/.test(text))).toBe(true);
  });

  test("the anonymous senior administration official has his statements", async () => {
    const data = dataOf(
      await t.gql(`{ participants(filter: { kind: [ANONYMOUS] }) { edges { node { name statementCount
        statements(first: 50) { edges { node { text } } } } } } }`),
    );
    const official = data.participants.edges
      .map((edge: Loose) => edge.node)
      .find((node: Loose) => /senior administration official/i.test(node.name));
    expect(official, "an anonymous participant named for the senior administration official").toBeDefined();
    expect(official.statementCount).toBeGreaterThan(0);
    const texts = official.statements.edges.map((edge: Loose) => edge.node.text);
    expect(
      texts.some((text: string) => /getting back to normal|not actively being considered/.test(text)),
    ).toBe(true);
  });

  test("Wang Yi is a participant of the article though he is never quoted", async () => {
    const wang = await person("Wang Yi");
    expect(wang?.name).toBe("Wang Yi");
    expect(wang.statementCount).toBe(0);
    const data = dataOf(
      await t.gql(`{ articles(first: 1) { edges { node { speakers { name }
        participants(first: 100) { edges { node { name } } } } } } }`),
    );
    const article = data.articles.edges[0].node;
    expect(article.participants.edges.map((edge: Loose) => edge.node.name)).toContain("Wang Yi");
    expect(article.speakers.map((speaker: Loose) => speaker.name)).not.toContain("Wang Yi");
  });

  test("statements(filter: { mentionsId: Wang Yi }) lists what was said about him; adding speakerId narrows it", async () => {
    const wang = await person("Wang Yi");
    const query = `query($filter: StatementFilter) { statements(first: 100, filter: $filter) {
      totalCount edges { node { id text speaker { id name } mentions { name } } } } }`;
    const about = dataOf(await t.gql(query, { filter: { mentionsId: wang.id } })).statements;
    expect(about.totalCount).toBeGreaterThan(0);
    for (const edge of about.edges) {
      expect(edge.node.mentions.map((mention: Loose) => mention.name)).toContain("Wang Yi");
    }
    // The State Department's readout names him.
    const speakers = about.edges.map((edge: Loose) => edge.node.speaker?.name);
    expect(speakers).toContain("Matt Miller");

    const miller = about.edges.find((edge: Loose) => edge.node.speaker?.name === "Matt Miller").node.speaker;
    const narrowed = dataOf(
      await t.gql(query, { filter: { mentionsId: wang.id, speakerId: miller.id } }),
    ).statements;
    expect(narrowed.totalCount).toBeGreaterThan(0);
    expect(narrowed.totalCount).toBeLessThanOrEqual(about.totalCount);
    for (const edge of narrowed.edges) expect(edge.node.speaker.id).toBe(miller.id);
    const expected = about.edges
      .filter((edge: Loose) => edge.node.speaker?.id === miller.id)
      .map((edge: Loose) => edge.node.id);
    expect(narrowed.edges.map((edge: Loose) => edge.node.id)).toEqual(expected);

    const mentionedIn = dataOf(
      await t.gql(`query($id: ID) { participant(id: $id) { mentionedIn(first: 100) { totalCount } } }`, {
        id: wang.id,
      }),
    );
    expect(mentionedIn.participant.mentionedIn.totalCount).toBe(about.totalCount);
  });
});
