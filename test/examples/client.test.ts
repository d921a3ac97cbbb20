/**
 * The typed example client (examples/) against a live server on 127.0.0.1 over the seed: every operation it
 * ships runs and answers what its types promise.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createClient, GraphQLRequestError } from "../../examples/client.ts";
import type { ResultOf } from "../../examples/graphql.ts";
import { IngestArticle, ParticipantsPage, Search, SpeakerStatements } from "../../examples/operations.ts";
import { type LiveServer, startLiveServer, testToken } from "./liveServer.ts";

let server: LiveServer;
let url: string;
beforeAll(async () => {
  server = await startLiveServer();
  url = `${server.base}/graphql`;
});
afterAll(() => server.close());

describe("the example client over HTTP", () => {
  test("nested lookup: Blinken, his statements, and each one's article with its speakers", async () => {
    const client = createClient({ url });
    const { participant } = await client.request(SpeakerStatements, { name: "Blinken", first: 3 });
    expect(participant).not.toBeNull();
    if (!participant) return;
    expect(participant.name).toBe("Antony Blinken");
    expect(participant.kind).toBe("PERSON");
    expect(participant.aliases).toContain("Blinken");
    expect(participant.statementCount).toBeGreaterThan(0);
    expect(participant.statements.totalCount).toBe(participant.statementCount);
    expect(participant.statements.edges.length).toBe(Math.min(3, participant.statementCount));
    for (const { node } of participant.statements.edges) {
      expect(node.text.length).toBeGreaterThan(0);
      expect(["DIRECT", "PARTIAL", "INDIRECT"]).toContain(node.kind);
      expect(node.article.title).toMatch(/Blinken/);
      expect(node.article.source).toBe("CNN");
      expect(node.article.publishedAt).toMatch(/^2023-07-13/);
      expect(node.article.speakers.map((speaker) => speaker.id)).toContain(participant.id);
    }
  });

  test("search finds the seed's phrase with highlighted snippets", async () => {
    const { search } = await createClient({ url }).request(Search, { query: "constructive", first: 5 });
    expect(search.totalCount).toBeGreaterThan(0);
    expect(search.edges.length).toBe(Math.min(5, search.totalCount));
    expect(search.edges.some(({ snippet }) => snippet.includes("<mark>constructive</mark>"))).toBe(true);
    const kinds = new Set(search.edges.map(({ node }) => node.__typename));
    expect([...kinds].every((kind) => ["Statement", "Article", "Participant"].includes(kind))).toBe(true);
    const ranks = search.edges.map(({ rank }) => rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  test("cursor pagination walks every participant once, most quoted first", async () => {
    const client = createClient({ url });
    type Page = ResultOf<typeof ParticipantsPage>["participants"];
    const seen: Page["edges"][number]["node"][] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 50; pages++) {
      const { participants }: { participants: Page } = await client.request(ParticipantsPage, {
        first: 4,
        after,
      });
      total = participants.totalCount;
      seen.push(...participants.edges.map(({ node }) => node));
      if (!participants.pageInfo.hasNextPage) break;
      expect(participants.pageInfo.endCursor).toBe(participants.edges.at(-1)?.cursor);
      after = participants.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen.map(({ id }) => id)).size).toBe(total);
    const counts = seen.map(({ statementCount }) => statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(seen.map(({ name }) => name)).toContain("Antony Blinken");
  });

  test("the mutation stores an article with the bearer token, and is refused without it", async () => {
    const input = {
      title: "Example wire story",
      source: "Example Wire",
      url: "https://example.com/typed-client",
      body: `“The typed client works,” Jane Roe, the project's lead engineer, said on Monday.`,
    };
    await expect(createClient({ url }).request(IngestArticle, { input })).rejects.toBeInstanceOf(
      GraphQLRequestError,
    );
    const { ingestArticle } = await createClient({ url, token: testToken }).request(IngestArticle, { input });
    expect(ingestArticle.errors).toEqual([]);
    expect(ingestArticle.created).toBe(true);
    expect(ingestArticle.article?.title).toBe("Example wire story");
    // The extractor is not under test here: only that the mutation's nested result came back typed.
    const texts = ingestArticle.article?.statements.edges.map(({ node }) => node.text) ?? [];
    expect(texts.some((text) => text.includes("The typed client works"))).toBe(true);
    const again = await createClient({ url, token: testToken }).request(IngestArticle, { input });
    expect(again.ingestArticle.created).toBe(false);
  });
});
