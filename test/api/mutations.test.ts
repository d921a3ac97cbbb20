/**
 * Mutations: the bearer-token gate (refused with UNAUTHENTICATED, nothing written), payload errors for
 * invalid input (nothing written), and the effect of each mutation as the API then shows it.
 * Data is stored through the ingest layer from hand-written articles, so only `ingestArticle` itself runs
 * text extraction here.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bridgeApproved, costsRise } from "../support/corpus.ts";
import { snapshot } from "../support/snapshot.ts";
import {
  createTestApp,
  dataOf,
  errorCodes,
  type Gql,
  type Loose,
  type TestApp,
  testToken,
} from "../support/testApp.ts";

let t: TestApp;
/** The test app's gql with the token sent. */
let write: Gql;
/** IDs that were valid once (their article was deleted in beforeAll). */
const gone = { article: "", participant: "", statement: "" };

const mutations = {
  ingestArticle: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
    created errors { field message } article { id title source url publishedAt body
      statements(first: 50) { totalCount edges { node { text kind } } } } } }`,
  updateStatement: `mutation($input: UpdateStatementInput!) { updateStatement(input: $input) {
    errors { field message } statement { id text kind start end speaker { id name statementCount } } } }`,
  mergeParticipants: `mutation($input: MergeParticipantsInput!) { mergeParticipants(input: $input) {
    errors { field message } participant { id name aliases statementCount } } }`,
  deleteArticle: `mutation($input: DeleteArticleInput!) { deleteArticle(input: $input) { deletedId errors { field message } } }`,
};

async function read(query: string, variables: Record<string, unknown> = {}): Promise<Loose> {
  return dataOf(await t.gql(query, variables));
}

async function participantByName(name: string): Promise<Loose> {
  return (
    await read(
      `query($name: String!) { participant(name: $name) { id name aliases statementCount
        statements(first: 50) { totalCount edges { node { id text } } }
        articles(first: 50) { edges { node { id title } } }
        mentionedIn(first: 50) { edges { node { id text } } } } }`,
      { name },
    )
  ).participant;
}

async function statementByText(text: string): Promise<Loose> {
  const data = await read(
    `query($text: String!) { statements(first: 50, filter: { text: $text }) { edges { node {
      id text kind start end speaker { id name } article { id body speakers { name } } mentions { id name } } } } }`,
    { text },
  );
  const match = data.statements.edges
    .map((edge: Loose) => edge.node)
    .filter((node: Loose) => node.text === text);
  expect(match, `one statement says "${text}"`).toHaveLength(1);
  return match[0];
}

async function articleId(title: string): Promise<string> {
  const data = await read(
    `query($title: String!) { articles(first: 50, filter: { text: $title }) { edges { node { id title } } } }`,
    {
      title,
    },
  );
  const match = data.articles.edges
    .map((edge: Loose) => edge.node)
    .filter((node: Loose) => node.title === title);
  expect(match, `one article is titled "${title}"`).toHaveLength(1);
  return match[0].id;
}

beforeAll(async () => {
  t = createTestApp();
  write = (query, variables, options) => t.gql(query, variables, { token: testToken, ...options });
  t.store(bridgeApproved);
  t.store(costsRise);
  t.store({
    title: "Ephemeral notice",
    participants: [{ name: "Tess Temp" }],
    statements: [{ speaker: "Tess Temp", text: "This notice will not last" }],
  });
  gone.article = await articleId("Ephemeral notice");
  gone.participant = (await participantByName("Tess Temp")).id;
  gone.statement = (await statementByText("This notice will not last")).id;
  const deleted = dataOf(await write(mutations.deleteArticle, { input: { id: gone.article } }));
  expect(deleted.deleteArticle).toEqual({ deletedId: gone.article, errors: [] });
});
afterAll(() => t.close());

/** Valid input for each mutation, built from live data. */
async function validInputs(): Promise<Record<keyof typeof mutations, Record<string, unknown>>> {
  const jane = await participantByName("Jane Roe");
  const richard = await participantByName("Richard Roe");
  return {
    ingestArticle: { input: { title: "Should not be stored", body: "“Nothing to see,” Jane Roe said." } },
    updateStatement: {
      input: { id: jane.statements.edges[0].node.id, speakerId: richard.id, text: "Changed" },
    },
    mergeParticipants: { input: { keepId: jane.id, mergeId: richard.id } },
    deleteArticle: { input: { id: jane.articles.edges[0].node.id } },
  };
}

describe("authentication", () => {
  test("with no token configured every mutation is refused, whatever the request sends", async () => {
    const closed = t.variant({ token: null });
    const inputs = await validInputs();
    const before = await snapshot(t.gql);
    for (const [name, mutation] of Object.entries(mutations) as [keyof typeof mutations, string][]) {
      for (const token of [undefined, testToken]) {
        const response = await closed.gql(mutation, inputs[name], token === undefined ? {} : { token });
        expect(errorCodes(response), name).toEqual(["UNAUTHENTICATED"]);
        expect(response.errors?.[0]?.message).toMatch(/no API token is configured/);
        expect(response.data ?? null).toBeNull();
      }
    }
    expect(await snapshot(t.gql)).toEqual(before);
  });

  test("a missing or wrong token is refused with UNAUTHENTICATED and nothing is written", async () => {
    const inputs = await validInputs();
    const before = await snapshot(t.gql);
    const refusedHeaders: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong-token-0123456789" },
      { authorization: `Bearer ${testToken.toUpperCase()}` },
      { authorization: `Bearer ${testToken}x` },
      { authorization: `Basic ${testToken}` },
      { authorization: testToken },
      { authorization: "Bearer" },
    ];
    for (const [name, mutation] of Object.entries(mutations) as [keyof typeof mutations, string][]) {
      for (const headers of refusedHeaders) {
        const response = await t.gql(mutation, inputs[name], { headers });
        expect(errorCodes(response), `${name} ${JSON.stringify(headers)}`).toEqual(["UNAUTHENTICATED"]);
        expect(response.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
      }
    }
    expect(await snapshot(t.gql)).toEqual(before);
  });

  test("reads need no token", async () => {
    expect(dataOf(await t.gql(`{ articles { totalCount } }`)).articles.totalCount).toBe(2);
  });
});

describe("payload errors leave everything as it was", () => {
  async function expectRefused(
    name: keyof typeof mutations,
    input: Record<string, unknown>,
    field: string | null,
  ): Promise<void> {
    const before = await snapshot(t.gql);
    const payload = dataOf(await write(mutations[name], { input }))[name];
    expect(payload.errors, `${name} ${JSON.stringify(input)}`).toHaveLength(1);
    expect(payload.errors[0].field).toBe(field);
    expect(payload.errors[0].message).toMatch(/\w/);
    for (const [key, value] of Object.entries(payload)) {
      if (key !== "errors") expect(value === null || value === false, `${name}.${key}`).toBe(true);
    }
    expect(await snapshot(t.gql)).toEqual(before);
  }

  test("ingestArticle: empty body, bad url, blank title", async () => {
    await expectRefused("ingestArticle", { title: "Empty", body: "" }, "input.body");
    await expectRefused("ingestArticle", { title: "Blank", body: "  \n\t \n" }, "input.body");
    for (const url of ["not a url", "ftp://example.com/article", "https://", "javascript:alert(1)"]) {
      await expectRefused("ingestArticle", { body: "A fine body.", url }, "input.url");
    }
    await expectRefused("ingestArticle", { title: "   ", body: "A fine body." }, "input.title");
  });

  test("ingestArticle: a publishedAt that is not ISO 8601 is refused before anything runs", async () => {
    const before = await snapshot(t.gql);
    const response = await write(mutations.ingestArticle, {
      input: { body: "A fine body.", publishedAt: "last Tuesday" },
    });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(await snapshot(t.gql)).toEqual(before);
  });

  test("updateStatement: unknown, malformed or wrong-type statement and speaker IDs, empty text", async () => {
    const statement = await statementByText(bridgeApproved.statements[0]?.text ?? "");
    const article = await articleId(bridgeApproved.title);
    await expectRefused("updateStatement", { id: gone.statement, kind: "PARTIAL" }, "input.id");
    await expectRefused("updateStatement", { id: "garbage!", kind: "PARTIAL" }, "input.id");
    await expectRefused("updateStatement", { id: article, kind: "PARTIAL" }, "input.id");
    await expectRefused(
      "updateStatement",
      { id: statement.id, speakerId: gone.participant },
      "input.speakerId",
    );
    await expectRefused("updateStatement", { id: statement.id, speakerId: "garbage!" }, "input.speakerId");
    await expectRefused("updateStatement", { id: statement.id, speakerId: statement.id }, "input.speakerId");
    await expectRefused("updateStatement", { id: statement.id, text: "   " }, "input.text");
  });

  test("mergeParticipants: unknown, malformed or wrong-type IDs, and merging into itself", async () => {
    const jane = await participantByName("Jane Roe");
    const article = await articleId(bridgeApproved.title);
    await expectRefused("mergeParticipants", { keepId: gone.participant, mergeId: jane.id }, "input.keepId");
    await expectRefused("mergeParticipants", { keepId: jane.id, mergeId: gone.participant }, "input.mergeId");
    await expectRefused("mergeParticipants", { keepId: "garbage!", mergeId: jane.id }, "input.keepId");
    await expectRefused("mergeParticipants", { keepId: jane.id, mergeId: article }, "input.mergeId");
    await expectRefused("mergeParticipants", { keepId: jane.id, mergeId: jane.id }, "input.mergeId");
  });

  test("deleteArticle: unknown, malformed or wrong-type IDs", async () => {
    const jane = await participantByName("Jane Roe");
    await expectRefused("deleteArticle", { id: gone.article }, "input.id");
    await expectRefused("deleteArticle", { id: "garbage!" }, "input.id");
    await expectRefused("deleteArticle", { id: jane.id }, "input.id");
  });
});

describe("ingestArticle", () => {
  const body = [
    "Springfield – The council met on Monday to discuss the new tram line.",
    "“We will open the tram line next spring,” Tom Tramway said.",
    "“The tram is a waste of money,” Olive Oyle said.",
  ].join("\n");
  const input = {
    title: "Council debates tram line",
    source: "Springfield Gazette",
    url: "https://example.com/tram",
    publishedAt: "2023-09-04",
    body,
  };

  test("stores the article and its quotes, and the article is then queryable", async () => {
    const before = (await read(`{ articles { totalCount } }`)).articles.totalCount;
    const payload = dataOf(await write(mutations.ingestArticle, { input })).ingestArticle;
    expect(payload.errors).toEqual([]);
    expect(payload.created).toBe(true);
    expect(payload.article).toMatchObject({
      title: input.title,
      source: input.source,
      url: input.url,
      publishedAt: input.publishedAt,
    });
    expect(payload.article.body).toContain("We will open the tram line next spring");
    const texts = payload.article.statements.edges.map((edge: Loose) => edge.node.text);
    expect(texts.some((text: string) => text.includes("We will open the tram line next spring"))).toBe(true);
    expect(texts.some((text: string) => text.includes("The tram is a waste of money"))).toBe(true);

    expect((await read(`{ articles { totalCount } }`)).articles.totalCount).toBe(before + 1);
    const stored = await read(`query($id: ID!) { article(id: $id) { title url } }`, {
      id: payload.article.id,
    });
    expect(stored.article).toEqual({ title: input.title, url: input.url });
    const found = await read(`{ search(query: "tram waste") { edges { node { __typename } } } }`);
    expect(found.search.edges.length).toBeGreaterThan(0);
  });

  test("is idempotent: the same url, or the same body without a url, is not stored again", async () => {
    const first = dataOf(await write(mutations.ingestArticle, { input })).ingestArticle;
    const before = await snapshot(t.gql);
    const sameUrl = dataOf(
      await write(mutations.ingestArticle, { input: { ...input, body: `${body}\nA later correction.` } }),
    ).ingestArticle;
    expect(sameUrl).toMatchObject({ created: false, errors: [], article: { id: first.article.id } });
    const sameBody = dataOf(
      await write(mutations.ingestArticle, { input: { title: "Another title", body } }),
    ).ingestArticle;
    expect(sameBody).toMatchObject({ created: false, errors: [], article: { id: first.article.id } });
    expect(await snapshot(t.gql)).toEqual(before);

    const noUrl = { title: "Letter to the editor", body: "“Fix the potholes,” a reader wrote." };
    const created = dataOf(await write(mutations.ingestArticle, { input: noUrl })).ingestArticle;
    expect(created.created).toBe(true);
    const again = dataOf(await write(mutations.ingestArticle, { input: noUrl })).ingestArticle;
    expect(again).toMatchObject({ created: false, article: { id: created.article.id } });
  });

  test("derives a title from the text when none is given", async () => {
    const payload = dataOf(
      await write(mutations.ingestArticle, {
        input: { body: "Lighthouse keepers gathered in Dover on Friday. More follows." },
      }),
    ).ingestArticle;
    expect(payload.created).toBe(true);
    expect(payload.article.title).toMatch(/Lighthouse keepers/);
  });
});

describe("updateStatement", () => {
  test("changing the speaker moves the statement and both statement counts", async () => {
    const text = bridgeApproved.statements[0]?.text ?? "";
    const janeBefore = await participantByName("Jane Roe");
    const richardBefore = await participantByName("Richard Roe");
    const statement = await statementByText(text);
    expect(statement.speaker.name).toBe("Jane Roe");

    const payload = dataOf(
      await write(mutations.updateStatement, { input: { id: statement.id, speakerId: richardBefore.id } }),
    ).updateStatement;
    expect(payload.errors).toEqual([]);
    expect(payload.statement.speaker).toEqual({
      id: richardBefore.id,
      name: "Richard Roe",
      statementCount: richardBefore.statementCount + 1,
    });

    const jane = await participantByName("Jane Roe");
    const richard = await participantByName("Richard Roe");
    expect(jane.statementCount).toBe(janeBefore.statementCount - 1);
    expect(jane.statements.totalCount).toBe(janeBefore.statements.totalCount - 1);
    expect(jane.statements.edges.map((edge: Loose) => edge.node.id)).not.toContain(statement.id);
    expect(richard.statementCount).toBe(richardBefore.statementCount + 1);
    expect(richard.statements.edges.map((edge: Loose) => edge.node.id)).toContain(statement.id);
    expect((await statementByText(text)).article.speakers.map((speaker: Loose) => speaker.name)).toContain(
      "Richard Roe",
    );
    const bySpeaker = await read(
      `query($id: ID!) { statements(filter: { speakerId: $id }) { totalCount } }`,
      {
        id: richard.id,
      },
    );
    expect(bySpeaker.statements.totalCount).toBe(richard.statementCount);
  });

  test("speakerId: null removes the attribution", async () => {
    const text = bridgeApproved.statements[3]?.text ?? "";
    const statement = await statementByText(text);
    const speakerBefore = await participantByName(statement.speaker.name);
    const payload = dataOf(
      await write(mutations.updateStatement, { input: { id: statement.id, speakerId: null } }),
    ).updateStatement;
    expect(payload).toMatchObject({ errors: [], statement: { id: statement.id, speaker: null } });
    expect((await participantByName(speakerBefore.name)).statementCount).toBe(
      speakerBefore.statementCount - 1,
    );
  });

  test("kind and text change; the text's position follows it in the body, and search follows the text", async () => {
    const original = costsRise.statements[2]?.text ?? "";
    const statement = await statementByText(original);
    const body: string = statement.article.body;

    const shorter = "Steel prices doubled";
    const located = dataOf(
      await write(mutations.updateStatement, { input: { id: statement.id, kind: "PARTIAL", text: shorter } }),
    ).updateStatement;
    expect(located.errors).toEqual([]);
    expect(located.statement).toMatchObject({
      text: shorter,
      kind: "PARTIAL",
      speaker: { name: "Acme Corp" },
    });
    expect(body.slice(located.statement.start, located.statement.end)).toBe(shorter);

    const rewritten = "Aluminium prices tripled overnight";
    const unplaced = dataOf(
      await write(mutations.updateStatement, { input: { id: statement.id, text: rewritten } }),
    ).updateStatement;
    expect(unplaced.statement).toMatchObject({ text: rewritten, kind: "PARTIAL", start: null, end: null });

    const search = async (q: string) =>
      (
        await read(
          `query($q: String!) { search(query: $q) { edges { node { ... on Statement { id } } } } }`,
          { q },
        )
      ).search.edges.map((edge: Loose) => edge.node.id);
    expect(await search("aluminium tripled")).toContain(statement.id);
    expect(await search("since spring doubled")).not.toContain(statement.id);
  });
});

describe("mergeParticipants", () => {
  test("statements, mentions, articles and names move to the kept participant; the merged ID resolves to it", async () => {
    t.store({
      title: "Mayor visits the docks",
      publishedAt: "2023-07-01",
      participants: [
        { name: "Janie Roe", role: "Mayor", aliases: ["Mayor Janie"] },
        { name: "Dock Worker Union", kind: "organization" },
      ],
      statements: [
        { speaker: "Janie Roe", text: "The docks need a new crane" },
        { speaker: "Janie Roe", text: "I will ask the council for funds" },
        { speaker: "Dock Worker Union", text: "Janie Roe listened to us", mentions: ["Janie Roe"] },
      ],
    });
    const jane = await participantByName("Jane Roe");
    const janie = await participantByName("Janie Roe");
    expect(janie.id).not.toBe(jane.id);

    const payload = dataOf(
      await write(mutations.mergeParticipants, { input: { keepId: jane.id, mergeId: janie.id } }),
    ).mergeParticipants;
    expect(payload.errors).toEqual([]);
    expect(payload.participant.id).toBe(jane.id);
    expect(payload.participant.name).toBe("Jane Roe");
    expect(payload.participant.statementCount).toBe(jane.statementCount + janie.statementCount);
    expect(payload.participant.aliases).toEqual(
      expect.arrayContaining([...jane.aliases, "Janie Roe", "Mayor Janie"]),
    );

    const kept = await participantByName("Jane Roe");
    const statementIds = kept.statements.edges.map((edge: Loose) => edge.node.id);
    expect(statementIds).toEqual(
      expect.arrayContaining(janie.statements.edges.map((edge: Loose) => edge.node.id)),
    );
    expect(kept.statements.totalCount).toBe(jane.statements.totalCount + janie.statements.totalCount);
    expect(kept.articles.edges.map((edge: Loose) => edge.node.title)).toContain("Mayor visits the docks");
    expect(kept.mentionedIn.edges.map((edge: Loose) => edge.node.text)).toContain("Janie Roe listened to us");
    expect((await statementByText("Janie Roe listened to us")).mentions).toEqual([
      { id: jane.id, name: "Jane Roe" },
    ]);

    // The merged participant's ID and names now lead to the kept one.
    const resolved = await read(
      `query($id: ID!) { node(id: $id) { id ... on Participant { name } } participant(id: $id) { id name } }`,
      { id: janie.id },
    );
    expect(resolved).toEqual({
      node: { id: jane.id, name: "Jane Roe" },
      participant: { id: jane.id, name: "Jane Roe" },
    });
    expect((await participantByName("Janie Roe")).id).toBe(jane.id);
    expect((await participantByName("Mayor Janie")).id).toBe(jane.id);
    const everyone = await read(
      `{ participants(first: 100, filter: { name: "Janie" }) { edges { node { id } } } }`,
    );
    expect(everyone.participants.edges).toEqual([{ node: { id: jane.id } }]);
    const search = await read(`{ search(query: "Janie") { edges { node { ... on Participant { id } } } } }`);
    expect(search.search.edges.map((edge: Loose) => edge.node.id)).toContain(jane.id);
  });
});

describe("mergeParticipants: merged IDs keep working", () => {
  test("in lookups, filters and later mutations, also after a chain of merges", async () => {
    const names = ["Alan Alpha", "Bea Beta", "Cy Gamma"];
    names.forEach((name, index) => {
      t.store({
        title: `Chain ${index}`,
        participants: [{ name }, { name: "Zed Zeta" }],
        statements: [
          { speaker: name, text: `Words of ${name}` },
          { speaker: "Zed Zeta", text: `Zed on ${name}`, mentions: [name] },
        ],
      });
    });
    const [alan, bea, cy] = await Promise.all(names.map(async (name) => (await participantByName(name)).id));
    const merge = async (keepId: string, mergeId: string) =>
      dataOf(await write(mutations.mergeParticipants, { input: { keepId, mergeId } })).mergeParticipants;
    expect((await merge(bea, alan)).errors).toEqual([]);
    expect((await merge(cy, bea)).errors).toEqual([]);

    // Alan was merged into Bea, and Bea into Cy: both old IDs lead to Cy.
    const resolved = await read(
      `query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: participant(id: $b) { id name statementCount }
        spoken: statements(filter: { speakerId: $a }) { totalCount edges { node { speaker { id } } } }
        about: statements(filter: { mentionsId: $b }) { totalCount } }`,
      { a: alan, b: bea },
    );
    expect(resolved.a).toEqual({ id: cy });
    expect(resolved.b).toEqual({ id: cy, name: "Cy Gamma", statementCount: 3 });
    expect(resolved.spoken.totalCount).toBe(3);
    expect(resolved.spoken.edges.every((edge: Loose) => edge.node.speaker.id === cy)).toBe(true);
    expect(resolved.about.totalCount).toBe(3);

    // A merged ID given to a mutation means the participant it was merged into.
    const statement = await statementByText("Zed on Cy Gamma");
    const updated = dataOf(
      await write(mutations.updateStatement, { input: { id: statement.id, speakerId: alan } }),
    ).updateStatement;
    expect(updated.errors).toEqual([]);
    expect(updated.statement.speaker).toMatchObject({ id: cy, statementCount: 4 });
    expect((await merge(cy, alan)).errors).toEqual([
      { field: "input.mergeId", message: expect.stringMatching(/itself/) },
    ]);
  });
});

describe("deleteArticle", () => {
  test("removes the article, its statements and the participants it leaves orphaned, and search forgets them", async () => {
    t.store({
      title: "Quixotic plans for a canal",
      publishedAt: "2023-08-01",
      participants: [
        { name: "Olga Only" },
        { name: "Acme Corp", kind: "organization", aliases: ["Acme"] },
        { name: "Richard Roe" },
      ],
      statements: [
        { speaker: "Olga Only", text: "The quixotic canal will never be dug" },
        { speaker: "Richard Roe", text: "A quixotic idea indeed" },
      ],
    });
    const id = await articleId("Quixotic plans for a canal");
    const olga = await participantByName("Olga Only");
    const richardBefore = await participantByName("Richard Roe");
    const acmeBefore = await participantByName("Acme Corp");
    const statementIds = (
      await read(`query($id: ID!) { article(id: $id) { statements { edges { node { id } } } } }`, { id })
    ).article.statements.edges.map((edge: Loose) => edge.node.id);
    const totals = async () =>
      await read(`{ articles { totalCount } statements { totalCount } participants { totalCount } }`);
    const before = await totals();
    const search = async () =>
      (await read(`{ search(query: "quixotic") { edges { node { __typename } } } }`)).search.edges;
    expect((await search()).length).toBeGreaterThanOrEqual(3);

    const payload = dataOf(await write(mutations.deleteArticle, { input: { id } })).deleteArticle;
    expect(payload).toEqual({ deletedId: id, errors: [] });

    expect(await read(`query($id: ID!) { article(id: $id) { id } node(id: $id) { id } }`, { id })).toEqual({
      article: null,
      node: null,
    });
    const statements = await read(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: statementIds });
    expect(statements.nodes).toEqual(statementIds.map(() => null));
    expect(await participantByName("Olga Only")).toBeNull();
    expect(
      (await read(`query($id: ID) { participant(id: $id) { id } }`, { id: olga.id })).participant,
    ).toBeNull();

    // Participants that other articles still name stay, with their counts brought up to date.
    const richard = await participantByName("Richard Roe");
    expect(richard.statementCount).toBe(richardBefore.statementCount - 1);
    expect(richard.articles.edges.map((edge: Loose) => edge.node.id)).not.toContain(id);
    const acme = await participantByName("Acme Corp");
    expect(acme.statementCount).toBe(acmeBefore.statementCount);

    expect(await totals()).toEqual({
      articles: { totalCount: before.articles.totalCount - 1 },
      statements: { totalCount: before.statements.totalCount - 2 },
      participants: { totalCount: before.participants.totalCount - 1 },
    });
    expect(await search()).toEqual([]);
    expect((await read(`{ search(query: "Olga") { edges { snippet } } }`)).search.edges).toEqual([]);
  });
});
