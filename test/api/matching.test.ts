/**
 * Participants across articles: one person quoted in two articles is one participant (matched by full
 * name or a full-name alias); people who only share a surname, and anonymous sources, stay apart.
 * First through the ingest layer with hand-written extractions, then end to end through `ingestArticle`
 * and text extraction, on articles written with plain, unambiguous attributions.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestApp, dataOf, type Loose, type TestApp, testToken } from "../support/testApp.ts";

const participantFields = `name kind statementCount aliases
  statements(first: 50) { totalCount edges { node { text article { title } } } }
  articles(first: 50) { totalCount edges { node { title } } }`;

async function participant(t: TestApp, name: string): Promise<Loose> {
  const data = dataOf(
    await t.gql(`query($name: String!) { participant(name: $name) { ${participantFields} } }`, { name }),
  );
  return data.participant;
}

async function namesMatching(t: TestApp, name: string): Promise<string[]> {
  const data = dataOf(
    await t.gql(
      `query($name: String!) { participants(first: 100, filter: { name: $name }) { edges { node { name } } } }`,
      {
        name,
      },
    ),
  );
  return data.participants.edges.map((edge: Loose) => edge.node.name);
}

describe("through the ingest layer", () => {
  let t: TestApp;
  beforeAll(() => {
    t = createTestApp();
    t.store({
      title: "Harbour plan unveiled",
      participants: [
        { name: "Jane Roe", aliases: ["Roe", "Mayor Jane Roe"] },
        { name: "Acme Corp", kind: "organization" },
        { name: "senior official", kind: "anonymous" },
      ],
      statements: [
        { speaker: "Jane Roe", text: "The harbour plan is ready" },
        { speaker: "Acme Corp", text: "We can build it" },
        { speaker: "senior official", text: "It is expensive" },
      ],
    });
    t.store({
      title: "Harbour plan criticised",
      participants: [
        { name: "Mayor Jane Roe", aliases: ["Roe"] },
        { name: "Richard Roe", aliases: ["Roe"] },
        { name: "Acme Corp", kind: "organization" },
        { name: "senior official", kind: "anonymous" },
      ],
      statements: [
        { speaker: "Mayor Jane Roe", text: "The critics are wrong" },
        { speaker: "Richard Roe", text: "The plan is too costly" },
        { speaker: "Acme Corp", text: "Our price is fair" },
        { speaker: "senior official", text: "Talks continue" },
      ],
    });
    t.store({
      title: "A Roe speaks",
      participants: [{ name: "Roe", aliases: [] }],
      statements: [{ speaker: "Roe", text: "Nobody asked me" }],
    });
  });
  afterAll(() => t.close());

  test("a person named in two articles, by full name or a full-name alias, is one participant", async () => {
    const jane = await participant(t, "Jane Roe");
    expect(jane.statementCount).toBe(2);
    expect(jane.articles.totalCount).toBe(2);
    expect(jane.statements.edges.map((edge: Loose) => edge.node.text).sort()).toEqual([
      "The critics are wrong",
      "The harbour plan is ready",
    ]);
  });

  test("an organisation quoted in two articles is one participant", async () => {
    const acme = await participant(t, "Acme Corp");
    expect(acme).toMatchObject({ kind: "ORGANIZATION", statementCount: 2, articles: { totalCount: 2 } });
  });

  test("people sharing only a surname stay apart, and a bare surname matching two people is a third", async () => {
    expect((await namesMatching(t, "Roe")).sort()).toEqual(["Jane Roe", "Richard Roe", "Roe"]);
    expect((await participant(t, "Richard Roe")).statementCount).toBe(1);
  });

  test("anonymous sources of different articles stay apart", async () => {
    const data = dataOf(
      await t.gql(
        `{ participants(filter: { kind: [ANONYMOUS] }) { totalCount edges { node { statementCount } } } }`,
      ),
    );
    expect(data.participants.totalCount).toBe(2);
    expect(data.participants.edges.map((edge: Loose) => edge.node.statementCount)).toEqual([1, 1]);
  });
});

describe("through ingestArticle and text extraction", () => {
  let t: TestApp;
  const ingest = async (input: Record<string, unknown>) => {
    const response = await t.gql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created errors { field message } } }`,
      { input },
      { token: testToken },
    );
    expect(dataOf(response).ingestArticle).toEqual({ created: true, errors: [] });
  };

  beforeAll(async () => {
    t = createTestApp();
    await ingest({
      title: "Bridge approved",
      url: "https://example.com/extraction/1",
      publishedAt: "2023-03-01",
      body: [
        "The city council approved the new bridge on Monday.",
        "“We will build the bridge within two years,” Jane Roe said.",
        "“The costs are under control,” Jane Roe said.",
      ].join("\n"),
    });
    await ingest({
      title: "Bridge costs questioned",
      url: "https://example.com/extraction/2",
      publishedAt: "2023-06-15",
      body: [
        "Questions were raised about the bridge budget on Tuesday.",
        "“The budget is sound,” Jane Roe said.",
        "“The costs are out of control,” Richard Roe said.",
      ].join("\n"),
    });
  });
  afterAll(() => t.close());

  test("the same full name in two articles is one participant with the statements of both", async () => {
    const jane = await participant(t, "Jane Roe");
    expect(jane, "Jane Roe extracted as a participant").not.toBeNull();
    expect(jane.kind).toBe("PERSON");
    expect(jane.articles.totalCount).toBe(2);
    expect(jane.statementCount).toBe(3);
    expect(jane.statements.edges.map((edge: Loose) => edge.node.text)).toEqual([
      expect.stringContaining("The budget is sound"),
      expect.stringContaining("The costs are under control"),
      expect.stringContaining("We will build the bridge within two years"),
    ]);
  });

  test("two people who share a surname stay two participants", async () => {
    expect((await namesMatching(t, "Roe")).sort()).toEqual(["Jane Roe", "Richard Roe"]);
    const richard = await participant(t, "Richard Roe");
    expect(richard.statementCount).toBe(1);
    expect(richard.statements.edges[0].node.text).toContain("The costs are out of control");
  });
});
