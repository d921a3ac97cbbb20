/**
 * Every query, every field of every type, each filter and each order, on a small corpus stored through the
 * ingest layer (test/support/corpus.ts). Expected answers are derived from the corpus literals.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FixtureArticle } from "../support/articles.ts";
import {
  acme,
  bridgeApproved,
  corpus,
  costsRise,
  janeRoe,
  johnDoe,
  undatedColumn,
} from "../support/corpus.ts";
import { createTestApp, dataOf, errorCodes, type Loose, type TestApp } from "../support/testApp.ts";

let t: TestApp;
/** Global IDs of the corpus articles, in corpus order. */
let articleIds: string[];

async function query(source: string, variables: Record<string, unknown> = {}): Promise<Loose> {
  return dataOf(await t.gql(source, variables));
}

async function participantId(name: string): Promise<string> {
  const data = await query(`query($name: String!) { participant(name: $name) { id } }`, { name });
  expect(data.participant, `participant ${name}`).not.toBeNull();
  return data.participant.id;
}

const nodesOf = (connection: Loose): Loose[] => connection.edges.map((edge: Loose) => edge.node);
const namesOf = (connection: Loose): string[] => nodesOf(connection).map((node) => node.name);
const textsOf = (connection: Loose): string[] => nodesOf(connection).map((node) => node.text);
const titlesOf = (connection: Loose): string[] => nodesOf(connection).map((node) => node.title);

/** SQLite's NOCASE: ASCII case folded, then compared by code unit. */
const nocase = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Statements of the corpus with their article, in storage order. */
const allStatements = corpus.flatMap((article) =>
  article.statements.map((statement) => ({ ...statement, article })),
);
/** Articles newest first, undated last: the default order of lists of articles and statements. */
const byDateDesc = [costsRise, bridgeApproved, undatedColumn];
/** Statement texts in a list ordered by (published_at, id) descending. */
const newestFirst = (keep: (statement: (typeof allStatements)[number]) => boolean) =>
  byDateDesc.flatMap((article) =>
    allStatements
      .filter((statement) => statement.article === article && keep(statement))
      .map((statement) => statement.text)
      .reverse(),
  );
/** Distinct participant names in the order they were first stored. */
const participantsInStorageOrder = [
  ...new Set(corpus.flatMap((article) => article.participants.map((participant) => participant.name))),
];

beforeAll(async () => {
  t = createTestApp();
  for (const article of corpus) t.store(article);
  const data = await query(
    `{ articles(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { id } } } }`,
  );
  articleIds = nodesOf(data.articles).map((node) => node.id);
  expect(articleIds).toHaveLength(corpus.length);
});
afterAll(() => t.close());

describe("article, node and nodes", () => {
  test("article(id) returns every scalar field", async () => {
    const data = await query(
      `query($id: ID!) { article(id: $id) { id title source url publishedAt body } }`,
      { id: articleIds[0] },
    );
    expect(data.article).toMatchObject({
      id: articleIds[0],
      title: bridgeApproved.title,
      source: bridgeApproved.source,
      url: bridgeApproved.url,
      publishedAt: bridgeApproved.publishedAt,
    });
    for (const statement of bridgeApproved.statements) expect(data.article.body).toContain(statement.text);
  });

  test("an article without source, url or date has them null", async () => {
    const data = await query(`query($id: ID!) { article(id: $id) { title source url publishedAt } }`, {
      id: articleIds[2],
    });
    expect(data.article).toEqual({ title: undatedColumn.title, source: null, url: null, publishedAt: null });
  });

  test("node(id) resolves each type by its global ID", async () => {
    const jane = await participantId("Jane Roe");
    const statements = await query(
      `query($id: ID!) { article(id: $id) { statements(first: 1) { edges { node { id } } } } }`,
      {
        id: articleIds[1],
      },
    );
    const statementId = statements.article.statements.edges[0].node.id;
    const nodeQuery = `query($id: ID!) { node(id: $id) { __typename id
      ... on Article { title } ... on Participant { name } ... on Statement { text } } }`;
    expect((await query(nodeQuery, { id: articleIds[1] })).node).toEqual({
      __typename: "Article",
      id: articleIds[1],
      title: costsRise.title,
    });
    expect((await query(nodeQuery, { id: jane })).node).toEqual({
      __typename: "Participant",
      id: jane,
      name: "Jane Roe",
    });
    expect((await query(nodeQuery, { id: statementId })).node).toEqual({
      __typename: "Statement",
      id: statementId,
      text: costsRise.statements[0]?.text,
    });
  });

  test("nodes(ids) returns the objects in the order asked, of mixed types", async () => {
    const acmeId = await participantId("Acme Corp");
    const data = await query(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Article { title } ... on Participant { name } } }`,
      { ids: [acmeId, articleIds[2], articleIds[0], acmeId] },
    );
    expect(data.nodes).toEqual([
      { __typename: "Participant", id: acmeId, name: "Acme Corp" },
      { __typename: "Article", id: articleIds[2], title: undatedColumn.title },
      { __typename: "Article", id: articleIds[0], title: bridgeApproved.title },
      { __typename: "Participant", id: acmeId, name: "Acme Corp" },
    ]);
  });
});

describe("Article fields", () => {
  test("statements: reading order, every field, offsets pointing into the body", async () => {
    const data = await query(
      `query($id: ID!) { article(id: $id) { body statements(first: 50) { totalCount edges { node {
        id text kind cue paragraph start end article { id } } } } } }`,
      { id: articleIds[0] },
    );
    const { body, statements } = data.article;
    expect(statements.totalCount).toBe(bridgeApproved.statements.length);
    expect(textsOf(statements)).toEqual(bridgeApproved.statements.map((statement) => statement.text));
    nodesOf(statements).forEach((node, index) => {
      const expected = bridgeApproved.statements[index];
      expect(node.kind).toBe((expected?.kind ?? "direct").toUpperCase());
      expect(node.cue).toBe(expected?.kind === "partial" ? "called" : "said");
      expect(body.slice(node.start, node.end)).toBe(node.text);
      expect(body.split("\n")[node.paragraph - 1]).toContain(node.text);
      expect(node.article.id).toBe(articleIds[0]);
    });
  });

  test("statements(filter) narrows within the article", async () => {
    const data = await query(
      `query($id: ID!) { article(id: $id) {
        direct: statements(filter: { kind: [DIRECT] }) { totalCount edges { node { text } } }
        byText: statements(filter: { text: "credit" }) { edges { node { text } } } } }`,
      { id: articleIds[0] },
    );
    const direct = bridgeApproved.statements.filter((statement) => (statement.kind ?? "direct") === "direct");
    expect(data.article.direct.totalCount).toBe(direct.length);
    expect(textsOf(data.article.direct)).toEqual(direct.map((statement) => statement.text));
    expect(textsOf(data.article.byText)).toEqual(["John Doe deserves the credit for this"]);
  });

  test("speakers: distinct, in order of first statement, unattributed statements left out", async () => {
    const data = await query(
      `query($a: ID!, $b: ID!) { a: article(id: $a) { speakers { name } } b: article(id: $b) { speakers { name } } }`,
      { a: articleIds[0], b: articleIds[1] },
    );
    const speakersOf = (article: FixtureArticle) => [
      ...new Set(article.statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : []))),
    ];
    expect(data.a.speakers.map((speaker: Loose) => speaker.name)).toEqual(speakersOf(bridgeApproved));
    expect(data.b.speakers.map((speaker: Loose) => speaker.name)).toEqual(speakersOf(costsRise));
    expect(speakersOf(bridgeApproved)).toHaveLength(4);
  });

  test("participants: everyone named, speaking or not, in order of first mention", async () => {
    const data = await query(
      `query($id: ID!) { article(id: $id) { participants(first: 20) { totalCount edges { node { name statementCount } } } } }`,
      { id: articleIds[0] },
    );
    expect(data.article.participants.totalCount).toBe(bridgeApproved.participants.length);
    expect(namesOf(data.article.participants)).toEqual(
      bridgeApproved.participants.map((participant) => participant.name),
    );
    const doe = nodesOf(data.article.participants).find((node) => node.name === johnDoe.name);
    expect(doe.statementCount).toBe(0);
  });
});

describe("Statement fields", () => {
  test("speaker, article and mentions", async () => {
    const data = await query(
      `query($id: ID!) { article(id: $id) { statements(first: 10) { edges { node {
        text speaker { name kind } article { title } mentions { name } } } } } }`,
      { id: articleIds[1] },
    );
    const nodes = nodesOf(data.article.statements);
    costsRise.statements.forEach((expected, index) => {
      expect(nodes[index].text).toBe(expected.text);
      expect(nodes[index].speaker?.name ?? null).toBe(expected.speaker);
      expect(nodes[index].article.title).toBe(costsRise.title);
      expect(nodes[index].mentions.map((mention: Loose) => mention.name)).toEqual(
        [...(expected.mentions ?? [])].sort(nocase),
      );
    });
    expect(nodes[0].speaker.kind).toBe("PERSON");
    expect(nodes.at(-1).speaker).toBeNull();
  });

  test("statement(id) fetches one statement", async () => {
    const list = await query(
      `{ statements(first: 1, filter: { text: "hangar" }) { edges { node { id } } } }`,
    );
    const id = list.statements.edges[0].node.id;
    const data = await query(
      `query($id: ID!) { statement(id: $id) { id text kind speaker { name kind } } }`,
      { id },
    );
    expect(data.statement).toEqual({
      id,
      text: bridgeApproved.statements[1]?.text,
      kind: "INDIRECT",
      speaker: { name: acme.name, kind: "ORGANIZATION" },
    });
  });
});

describe("participant and Participant fields", () => {
  test("participant(name) matches the full name or an alias, ignoring case", async () => {
    const fields = `name kind role aliases statementCount`;
    const byName = await query(`{ participant(name: "jane roe") { ${fields} } }`);
    expect(byName.participant).toEqual({
      name: janeRoe.name,
      kind: "PERSON",
      role: janeRoe.role,
      aliases: [...janeRoe.aliases],
      statementCount: allStatements.filter((statement) => statement.speaker === janeRoe.name).length,
    });
    expect((await query(`{ participant(name: "ACME") { name kind aliases } }`)).participant).toEqual({
      name: acme.name,
      kind: "ORGANIZATION",
      aliases: [...acme.aliases],
    });
    expect((await query(`{ participant(name: "Doe") { name } }`)).participant).toEqual({
      name: johnDoe.name,
    });
    expect((await query(`{ participant(name: "Nobody Atall") { name } }`)).participant).toBeNull();
  });

  test("participant(id) and the rule that exactly one of id and name is given", async () => {
    const id = await participantId("Mary Major");
    expect(
      (await query(`query($id: ID) { participant(id: $id) { id name role } }`, { id })).participant,
    ).toEqual({
      id,
      name: "Mary Major",
      role: "Columnist",
    });
    for (const args of [`id: "${id}", name: "Mary Major"`, ""]) {
      const response = await t.gql(`{ participant${args ? `(${args})` : ""} { name } }`);
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  test("statements: newest first, filterable", async () => {
    const jane = await participantId("Jane Roe");
    const [planet] = articleIds;
    const data = await query(
      `query($id: ID!, $article: ID!) { participant(id: $id) {
        all: statements(first: 20) { totalCount edges { node { text speaker { name } } } }
        inPlanet: statements(filter: { articleId: $article }) { totalCount edges { node { text } } }
        later: statements(filter: { publishedAfter: "2023-04-01" }) { edges { node { text } } } } }`,
      { id: jane, article: planet },
    );
    const { all, inPlanet, later } = data.participant;
    expect(textsOf(all)).toEqual(newestFirst((statement) => statement.speaker === janeRoe.name));
    expect(all.totalCount).toBe(3);
    expect(nodesOf(all).every((node) => node.speaker.name === janeRoe.name)).toBe(true);
    expect(textsOf(inPlanet)).toEqual(
      newestFirst((statement) => statement.speaker === janeRoe.name && statement.article === bridgeApproved),
    );
    expect(inPlanet.totalCount).toBe(2);
    expect(textsOf(later)).toEqual([costsRise.statements[1]?.text]);
  });

  test("articles: every article that names them, speaking or not, newest first", async () => {
    const data = await query(
      `{ jane: participant(name: "Jane Roe") { articles(first: 10) { totalCount edges { node { title } } } }
         doe: participant(name: "John Doe") { articles { totalCount edges { node { title } } } } }`,
    );
    const naming = (name: string) =>
      byDateDesc.filter((article) => article.participants.some((participant) => participant.name === name));
    expect(titlesOf(data.jane.articles)).toEqual(naming(janeRoe.name).map((article) => article.title));
    expect(data.jane.articles.totalCount).toBe(3);
    expect(titlesOf(data.doe.articles)).toEqual([bridgeApproved.title]);
  });

  test("quotedWith: other speakers of the articles where they speak, by name", async () => {
    const data = await query(
      `{ participant(name: "Jane Roe") { quotedWith(first: 20) { totalCount edges { node { name } } } } }`,
    );
    const articlesWhereJaneSpeaks = corpus.filter((article) =>
      article.statements.some((statement) => statement.speaker === janeRoe.name),
    );
    const expected = [
      ...new Set(
        articlesWhereJaneSpeaks.flatMap((article) =>
          article.statements.flatMap((statement) =>
            statement.speaker && statement.speaker !== janeRoe.name ? [statement.speaker] : [],
          ),
        ),
      ),
    ].sort(nocase);
    expect(namesOf(data.participant.quotedWith)).toEqual(expected);
    expect(data.participant.quotedWith.totalCount).toBe(expected.length);
    expect(expected).not.toContain("Mary Major");
  });

  test("mentionedIn: statements that talk about them, newest first", async () => {
    const data = await query(
      `{ doe: participant(name: "John Doe") { statementCount statements { totalCount }
           mentionedIn { totalCount edges { node { text speaker { name } } } } }
         jane: participant(name: "Jane Roe") { mentionedIn { edges { node { text } } } } }`,
    );
    expect(data.doe.statementCount).toBe(0);
    expect(data.doe.statements.totalCount).toBe(0);
    const mentioning = (name: string) =>
      newestFirst((statement) => (statement.mentions ?? []).includes(name));
    expect(textsOf(data.doe.mentionedIn)).toEqual(mentioning(johnDoe.name));
    expect(data.doe.mentionedIn.totalCount).toBe(2);
    expect(textsOf(data.jane.mentionedIn)).toEqual(mentioning(janeRoe.name));
  });
});

describe("articles: filters and orders", () => {
  const articlesQuery = `query($filter: ArticleFilter, $orderBy: ArticleOrder) {
    articles(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { title } } } }`;
  const titles = async (variables: Record<string, unknown>) => {
    const data = await query(articlesQuery, variables);
    expect(data.articles.totalCount).toBe(data.articles.edges.length);
    return titlesOf(data.articles);
  };

  test("default order is newest first, undated last", async () => {
    expect(await titles({})).toEqual(byDateDesc.map((article) => article.title));
  });

  test("filter by source ignores case", async () => {
    expect(await titles({ filter: { source: "daily planet" } })).toEqual([bridgeApproved.title]);
    expect(await titles({ filter: { source: "Morning Post" } })).toEqual([costsRise.title]);
    expect(await titles({ filter: { source: "Nowhere Gazette" } })).toEqual([]);
  });

  test("filter by full text over title and body", async () => {
    expect(await titles({ filter: { text: "steel prices" } })).toEqual([costsRise.title]);
    expect(await titles({ filter: { text: "zeppelin" } })).toEqual([
      bridgeApproved.title,
      undatedColumn.title,
    ]);
    expect(await titles({ filter: { text: "opinion" } })).toEqual([undatedColumn.title]);
  });

  test("filter by publication date; undated articles are neither before nor after", async () => {
    expect(await titles({ filter: { publishedAfter: "2023-04-01" } })).toEqual([costsRise.title]);
    expect(await titles({ filter: { publishedBefore: "2023-04-01" } })).toEqual([bridgeApproved.title]);
    expect(await titles({ filter: { publishedAfter: "2023-01-01", publishedBefore: "2023-12-31" } })).toEqual(
      [costsRise.title, bridgeApproved.title],
    );
    expect(await titles({ filter: { publishedAfter: "2023-01-01", source: "daily planet" } })).toEqual([
      bridgeApproved.title,
    ]);
  });

  test.each(["last week", "2023-02-30", "2023-13-01"])(
    "the DateTime %s is refused",
    async (publishedAfter) => {
      const response = await t.gql(articlesQuery, { filter: { publishedAfter } });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors?.[0]?.message).toMatch(/ISO 8601/);
    },
  );

  test.each([
    ["TITLE", "ASC", [...corpus].sort((a, b) => nocase(a.title, b.title))],
    ["TITLE", "DESC", [...corpus].sort((a, b) => nocase(b.title, a.title))],
    ["PUBLISHED_AT", "ASC", [...byDateDesc].reverse()],
    ["PUBLISHED_AT", "DESC", byDateDesc],
    ["CREATED_AT", "ASC", corpus],
    ["CREATED_AT", "DESC", [...corpus].reverse()],
  ])("orderBy %s %s", async (field, direction, expected) => {
    expect(await titles({ orderBy: { field, direction } })).toEqual(expected.map((article) => article.title));
  });
});

describe("participants: filters and orders", () => {
  const participantsQuery = `query($filter: ParticipantFilter, $orderBy: ParticipantOrder) {
    participants(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { name kind statementCount } } } }`;
  const list = async (variables: Record<string, unknown>) => {
    const data = await query(participantsQuery, variables);
    expect(data.participants.totalCount).toBe(data.participants.edges.length);
    return nodesOf(data.participants);
  };
  const names = async (variables: Record<string, unknown>) =>
    (await list(variables)).map((node) => node.name);
  const kindOf = new Map(
    corpus.flatMap((article) =>
      article.participants.map((participant) => [participant.name, participant.kind]),
    ),
  );

  test("default order is by name, ignoring case; one row per participant", async () => {
    expect(await names({})).toEqual([...participantsInStorageOrder].sort(nocase));
    expect(participantsInStorageOrder).toHaveLength(7);
  });

  test("filter by kind", async () => {
    const ofKinds = (...kinds: string[]) =>
      participantsInStorageOrder.filter((name) => kinds.includes(kindOf.get(name) ?? "")).sort(nocase);
    expect(await names({ filter: { kind: ["PERSON"] } })).toEqual(ofKinds("person"));
    expect(await names({ filter: { kind: ["ANONYMOUS", "GROUP"] } })).toEqual(ofKinds("anonymous", "group"));
    expect(await names({ filter: { kind: ["ORGANIZATION"] } })).toEqual(ofKinds("organization"));
    const people = await list({ filter: { kind: ["PERSON"] } });
    expect(people.every((node) => node.kind === "PERSON")).toBe(true);
  });

  test("filter by name: a case-insensitive substring of the name or an alias", async () => {
    expect(await names({ filter: { name: "ROE" } })).toEqual(["Jane Roe", "Richard Roe"]);
    // "the residents" is only an alias of Harbour residents.
    expect(await names({ filter: { name: "the resid" } })).toEqual(["Harbour residents"]);
    expect(await names({ filter: { name: "acme", kind: ["PERSON"] } })).toEqual([]);
    expect(await names({ filter: { name: "acme", kind: ["ORGANIZATION"] } })).toEqual(["Acme Corp"]);
    // LIKE wildcards in the input are taken literally.
    expect(await names({ filter: { name: "%" } })).toEqual([]);
  });

  test("orderBy NAME both ways", async () => {
    const ascending = await names({ orderBy: { field: "NAME", direction: "ASC" } });
    expect(ascending).toEqual([...participantsInStorageOrder].sort(nocase));
    expect(await names({ orderBy: { field: "NAME", direction: "DESC" } })).toEqual([...ascending].reverse());
  });

  test("orderBy CREATED_AT both ways", async () => {
    expect(await names({ orderBy: { field: "CREATED_AT", direction: "ASC" } })).toEqual(
      participantsInStorageOrder,
    );
    expect(await names({ orderBy: { field: "CREATED_AT", direction: "DESC" } })).toEqual(
      [...participantsInStorageOrder].reverse(),
    );
  });

  test("orderBy STATEMENT_COUNT both ways, ties broken by storage order", async () => {
    const countOf = (name: string) => allStatements.filter((statement) => statement.speaker === name).length;
    const rank = (name: string) => participantsInStorageOrder.indexOf(name);
    const expectedAscending = [...participantsInStorageOrder].sort(
      (a, b) => countOf(a) - countOf(b) || rank(a) - rank(b),
    );
    const ascending = await list({ orderBy: { field: "STATEMENT_COUNT", direction: "ASC" } });
    expect(ascending.map((node) => node.name)).toEqual(expectedAscending);
    expect(ascending.map((node) => node.statementCount)).toEqual(expectedAscending.map(countOf));
    expect(await names({ orderBy: { field: "STATEMENT_COUNT", direction: "DESC" } })).toEqual(
      [...expectedAscending].reverse(),
    );
  });
});

describe("statements: filters and orders", () => {
  const statementsQuery = `query($filter: StatementFilter, $orderBy: StatementOrder) {
    statements(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { text kind } } } }`;
  const texts = async (variables: Record<string, unknown>) => {
    const data = await query(statementsQuery, variables);
    expect(data.statements.totalCount).toBe(data.statements.edges.length);
    return textsOf(data.statements);
  };

  test("default order is newest first", async () => {
    expect(await texts({})).toEqual(newestFirst(() => true));
    expect(allStatements).toHaveLength(11);
  });

  test("filter by kind", async () => {
    const ofKinds = (...kinds: string[]) =>
      newestFirst((statement) => kinds.includes(statement.kind ?? "direct"));
    expect(await texts({ filter: { kind: ["INDIRECT"] } })).toEqual(ofKinds("indirect"));
    expect(await texts({ filter: { kind: ["DIRECT", "PARTIAL"] } })).toEqual(ofKinds("direct", "partial"));
    expect(await texts({ filter: { kind: ["PARTIAL"] } })).toEqual(ofKinds("partial"));
  });

  test("filter by speaker, article and mentioned participant", async () => {
    const jane = await participantId("Jane Roe");
    const doe = await participantId("John Doe");
    expect(await texts({ filter: { speakerId: jane } })).toEqual(
      newestFirst((statement) => statement.speaker === janeRoe.name),
    );
    expect(await texts({ filter: { articleId: articleIds[1] } })).toEqual(
      newestFirst((statement) => statement.article === costsRise),
    );
    expect(await texts({ filter: { mentionsId: doe } })).toEqual(
      newestFirst((statement) => (statement.mentions ?? []).includes(johnDoe.name)),
    );
    // Conditions combine: mentions John Doe and said by Jane Roe.
    expect(await texts({ filter: { mentionsId: doe, speakerId: jane } })).toEqual([
      "John Doe deserves the credit for this",
    ]);
  });

  test("filter by full text (stemmed, every word required)", async () => {
    expect(await texts({ filter: { text: "bridge" } })).toEqual(
      newestFirst((statement) => /\bbridge\b/i.test(statement.text)),
    );
    expect(await texts({ filter: { text: "bridge mistake" } })).toEqual(["the bridge was a mistake"]);
    expect(await texts({ filter: { text: "doubling" } })).toEqual(["Steel prices doubled since the spring"]);
    expect(await texts({ filter: { text: "bridge airships" } })).toEqual([]);
  });

  test("filter by publication date of the article", async () => {
    expect(await texts({ filter: { publishedAfter: "2023-04-01" } })).toEqual(
      newestFirst((statement) => statement.article === costsRise),
    );
    expect(await texts({ filter: { publishedBefore: "2023-04-01" } })).toEqual(
      newestFirst((statement) => statement.article === bridgeApproved),
    );
    const jane = await participantId("Jane Roe");
    expect(
      await texts({ filter: { publishedBefore: "2023-04-01", speakerId: jane, kind: ["DIRECT"] } }),
    ).toEqual(
      newestFirst((statement) => statement.article === bridgeApproved && statement.speaker === janeRoe.name),
    );
  });

  test.each([
    ["CREATED_AT", "ASC", allStatements.map((statement) => statement.text)],
    ["CREATED_AT", "DESC", allStatements.map((statement) => statement.text).reverse()],
    ["PUBLISHED_AT", "DESC", newestFirst(() => true)],
    ["PUBLISHED_AT", "ASC", newestFirst(() => true).reverse()],
  ])("orderBy %s %s", async (field, direction, expected) => {
    expect(await texts({ orderBy: { field, direction } })).toEqual(expected);
  });
});
