/**
 * The workloads of issue 4, each as the GraphQL query the real server answers and the floor: the same
 * answer built by hand from prepared better-sqlite3 statements, with no GraphQL in between. Keeping both
 * side by side is what makes the ratio honest: the bench checks that they return the same data.
 */
import type { SqliteConnection } from "../src/db/client.ts";
import { encodeGlobalId, parseGlobalId } from "../src/graphql/globalIds.ts";
import { encodePosition } from "../src/graphql/pagination.ts";
import { searchWords } from "./corpus.ts";

/** Ids and cursors drawn from the imported corpus, so requests vary the way real traffic does. */
export interface BenchSample {
  participantIds: number[];
  articleIds: number[];
  statementIds: number[];
  /** Cursors into the statements connection at least half-way in. */
  deepCursors: string[];
}

export type Variables = Record<string, unknown>;
/** Answers one request's variables with the `data` the real server would return. */
export type FloorResolver = (variables: Variables) => unknown;

export interface Workload {
  name: string;
  description: string;
  query: string;
  variables: (sample: BenchSample, random: () => number) => Variables;
  floor: (connection: SqliteConnection) => FloorResolver;
}

function pick<Item>(items: readonly Item[], random: () => number): Item {
  return items[Math.floor(random() * items.length)] as Item;
}

function pickMany<Item>(items: readonly Item[], count: number, random: () => number): Item[] {
  return Array.from({ length: count }, () => pick(items, random));
}

const articleId = (id: number) => encodeGlobalId("Article", id);
const participantId = (id: number) => encodeGlobalId("Participant", id);
const statementId = (id: number) => encodeGlobalId("Statement", id);

interface SpeakerRow {
  speakerId: number | null;
  speakerName: string | null;
}

function speakerOf(row: SpeakerRow): { id: string; name: string } | null {
  return row.speakerId === null ? null : { id: participantId(row.speakerId), name: row.speakerName ?? "" };
}

/** A speaker's newest statements with their article, as `Participant.statements` orders them. */
function newestStatementsOfSpeaker(connection: SqliteConnection) {
  const statement = connection.prepare<
    [number, number],
    { id: number; text: string; articleId: number; title: string }
  >(
    `select s.id, s.text, a.id as articleId, a.title from statements s join articles a on a.id = s.article_id
     where s.speaker_id = ? order by s.published_at desc, s.id desc limit ?`,
  );
  return (speaker: number, limit: number) => ({
    edges: statement.all(speaker, limit).map((row) => ({
      node: {
        id: statementId(row.id),
        text: row.text,
        article: { id: articleId(row.articleId), title: row.title },
      },
    })),
  });
}

const w1: Workload = {
  name: "W1",
  description: "50 participants by id, each with 20 statements and their article",
  query: `query W1($ids: [ID!]!) { nodes(ids: $ids) { ... on Participant { id name
    statements(first: 20) { edges { node { id text article { id title } } } } } } }`,
  variables: (sample, random) => ({ ids: pickMany(sample.participantIds, 50, random).map(participantId) }),
  floor: (connection) => {
    const participant = connection.prepare<[number], { id: number; name: string }>(
      "select id, name from participants where id = ?",
    );
    const statementsOf = newestStatementsOfSpeaker(connection);
    return (variables) => ({
      nodes: (variables.ids as string[]).map((id) => {
        const row = participant.get(parseGlobalId(id, "Participant"));
        return row
          ? { id: participantId(row.id), name: row.name, statements: statementsOf(row.id, 20) }
          : null;
      }),
    });
  },
};

const w2: Workload = {
  name: "W2",
  description: "one article with all its statements and each speaker's name",
  query: `query W2($id: ID!) { article(id: $id) { id title publishedAt
    statements(first: 100) { edges { node { id text kind speaker { id name } } } } } }`,
  variables: (sample, random) => ({ id: articleId(pick(sample.articleIds, random)) }),
  floor: (connection) => {
    const article = connection.prepare<[number], { id: number; title: string; publishedAt: string }>(
      "select id, title, published_at as publishedAt from articles where id = ?",
    );
    const statements = connection.prepare<[number], SpeakerRow & { id: number; text: string; kind: string }>(
      `select s.id, s.text, s.kind, p.id as speakerId, p.name as speakerName
       from statements s left join participants p on p.id = s.speaker_id
       where s.article_id = ? order by s.id limit 100`,
    );
    return (variables) => {
      const row = article.get(parseGlobalId(variables.id as string, "Article"));
      if (!row) return { article: null };
      return {
        article: {
          id: articleId(row.id),
          title: row.title,
          publishedAt: row.publishedAt === "" ? null : row.publishedAt,
          statements: {
            edges: statements.all(row.id).map((statement) => ({
              node: {
                id: statementId(statement.id),
                text: statement.text,
                kind: statement.kind.toUpperCase(),
                speaker: speakerOf(statement),
              },
            })),
          },
        },
      };
    };
  },
};

const w3: Workload = {
  name: "W3",
  description: "one statement by id with its speaker's name",
  query: "query W3($id: ID!) { statement(id: $id) { id text kind speaker { id name } } }",
  variables: (sample, random) => ({ id: statementId(pick(sample.statementIds, random)) }),
  floor: (connection) => {
    const statement = connection.prepare<[number], SpeakerRow & { id: number; text: string; kind: string }>(
      `select s.id, s.text, s.kind, p.id as speakerId, p.name as speakerName
       from statements s left join participants p on p.id = s.speaker_id where s.id = ?`,
    );
    return (variables) => {
      const row = statement.get(parseGlobalId(variables.id as string, "Statement"));
      return {
        statement: row
          ? { id: statementId(row.id), text: row.text, kind: row.kind.toUpperCase(), speaker: speakerOf(row) }
          : null,
      };
    };
  },
};

const w4: Workload = {
  name: "W4",
  description: "20 articles × 10 statements × speaker × 5 of their statements × article title",
  query: `query W4($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { id title
    statements(first: 10) { edges { node { id text speaker { id name
      statements(first: 5) { edges { node { id text article { id title } } } } } } } } } } }`,
  variables: (sample, random) => ({ ids: pickMany(sample.articleIds, 20, random).map(articleId) }),
  floor: (connection) => {
    const article = connection.prepare<[number], { id: number; title: string }>(
      "select id, title from articles where id = ?",
    );
    const statements = connection.prepare<[number], SpeakerRow & { id: number; text: string }>(
      `select s.id, s.text, p.id as speakerId, p.name as speakerName
       from statements s left join participants p on p.id = s.speaker_id
       where s.article_id = ? order by s.id limit 10`,
    );
    const statementsOf = newestStatementsOfSpeaker(connection);
    return (variables) => {
      // A speaker quoted in several of the articles is looked up once, as the real server's loaders do.
      const speakerStatements = new Map<number, ReturnType<typeof statementsOf>>();
      const statementsOfOnce = (speaker: number) => {
        const known = speakerStatements.get(speaker);
        if (known) return known;
        const loaded = statementsOf(speaker, 5);
        speakerStatements.set(speaker, loaded);
        return loaded;
      };
      const nodes = (variables.ids as string[]).map((id) => {
        const row = article.get(parseGlobalId(id, "Article"));
        if (!row) return null;
        return {
          id: articleId(row.id),
          title: row.title,
          statements: {
            edges: statements.all(row.id).map((statement) => ({
              node: {
                id: statementId(statement.id),
                text: statement.text,
                speaker:
                  statement.speakerId === null
                    ? null
                    : { ...speakerOf(statement), statements: statementsOfOnce(statement.speakerId) },
              },
            })),
          },
        };
      });
      return { nodes };
    };
  },
};

const markStart = "\u0002";
const markEnd = "\u0003";

function htmlSnippet(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
    .replaceAll(markStart, "<mark>")
    .replaceAll(markEnd, "</mark>");
}

function searchWorkload(name: string, which: keyof typeof searchWords): Workload {
  return {
    name,
    description: `search for a ${which} word, 20 results`,
    query: `query W5($q: String!) { search(query: $q, first: 20) { edges { rank snippet node { __typename
      ... on Statement { id text } ... on Article { id title } ... on Participant { id name } } } } }`,
    variables: (_sample, random) => ({ q: pick(searchWords[which], random) }),
    floor: (connection) => {
      const hits = connection.prepare<
        [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          number,
        ],
        { type: "Statement" | "Article" | "Participant"; id: number; bm25: number; snippet: string }
      >(
        `select * from (
          select 'Statement' as type, rowid as id, bm25(statements_fts) as bm25,
            snippet(statements_fts, 0, ?, ?, ?, 16) as snippet from statements_fts where statements_fts match ?
          union all
          select 'Article', rowid, bm25(articles_fts, 10.0, 1.0), snippet(articles_fts, -1, ?, ?, ?, 16)
          from articles_fts where articles_fts match ?
          union all
          select 'Participant', rowid, bm25(participants_fts, 10.0, 5.0), snippet(participants_fts, -1, ?, ?, ?, 16)
          from participants_fts where participants_fts match ?
        ) order by bm25, type, id limit ?`,
      );
      const statementText = connection.prepare<[number], { text: string }>(
        "select text from statements where id = ?",
      );
      const articleTitle = connection.prepare<[number], { title: string }>(
        "select title from articles where id = ?",
      );
      const participantName = connection.prepare<[number], { name: string }>(
        "select name from participants where id = ?",
      );
      const nodeOf = {
        Statement: (id: number) => ({
          __typename: "Statement",
          id: statementId(id),
          text: statementText.get(id)?.text,
        }),
        Article: (id: number) => ({
          __typename: "Article",
          id: articleId(id),
          title: articleTitle.get(id)?.title,
        }),
        Participant: (id: number) => ({
          __typename: "Participant",
          id: participantId(id),
          name: participantName.get(id)?.name,
        }),
      };
      return (variables) => {
        const match = `"${variables.q as string}"`;
        const snippetArgs = [markStart, markEnd, "…"] as const;
        const rows = hits.all(...snippetArgs, match, ...snippetArgs, match, ...snippetArgs, match, 20);
        return {
          search: {
            edges: rows.map((row) => ({
              rank: -row.bm25,
              snippet: htmlSnippet(row.snippet),
              node: nodeOf[row.type](row.id),
            })),
          },
        };
      };
    },
  };
}

function statementsPage(name: string, description: string, deep: boolean): Workload {
  return {
    name,
    description,
    query: `query W6($after: String) { statements(first: 20, after: $after) {
      edges { cursor node { id text } } pageInfo { hasNextPage endCursor } } }`,
    variables: (sample, random) => ({ after: deep ? pick(sample.deepCursors, random) : null }),
    floor: (connection) => {
      type Row = { id: number; text: string; publishedAt: string };
      const columns = "select id, text, published_at as publishedAt from statements";
      const order = "order by published_at desc, id desc limit 21";
      const firstPage = connection.prepare<[], Row>(`${columns} ${order}`);
      const pageAfter = connection.prepare<[string, number], Row>(
        `${columns} where (published_at, id) < (?, ?) ${order}`,
      );
      return (variables) => {
        const after = variables.after as string | null;
        const position =
          after === null
            ? null
            : (JSON.parse(Buffer.from(after, "base64url").toString()) as [string, number]);
        const rows = position === null ? firstPage.all() : pageAfter.all(...position);
        const edges = rows.slice(0, 20).map((row) => ({
          cursor: encodePosition([row.publishedAt, row.id]),
          node: { id: statementId(row.id), text: row.text },
        }));
        return {
          statements: {
            edges,
            pageInfo: { hasNextPage: rows.length > 20, endCursor: edges.at(-1)?.cursor ?? null },
          },
        };
      };
    },
  };
}

export const workloads: Workload[] = [
  w1,
  w2,
  w3,
  w4,
  searchWorkload("W5 common", "common"),
  searchWorkload("W5 rare", "rare"),
  statementsPage("W6 first", "first page of 20 statements (baseline for W6)", false),
  statementsPage("W6 deep", "a page of 20 statements after a cursor half-way or further in", true),
];

/** Draws the ids and cursors the workloads pick from. */
export function drawSample(connection: SqliteConnection, random: () => number): BenchSample {
  const ids = (sql: string) =>
    connection
      .prepare<[], { id: number }>(sql)
      .all()
      .map((row) => row.id);
  const statementTotal = (
    connection.prepare("select count(*) as total from statements").get() as { total: number }
  ).total;
  const positionAt = connection.prepare<[number], { publishedAt: string; id: number }>(
    "select published_at as publishedAt, id from statements order by published_at desc, id desc limit 1 offset ?",
  );
  const deepCursors = Array.from({ length: 50 }, () => {
    const row = positionAt.get(Math.floor(statementTotal * (0.5 + 0.45 * random())));
    return row ? encodePosition([row.publishedAt, row.id]) : null;
  }).filter((cursor): cursor is string => cursor !== null);
  return {
    participantIds: ids("select id from participants where statement_count > 0"),
    articleIds: ids("select id from articles"),
    statementIds: pickMany(ids("select id from statements"), 10_000, random),
    deepCursors,
  };
}
