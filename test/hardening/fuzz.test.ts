/**
 * Fuzzing (issue 5, item 6): fast-check builds random valid queries by walking the schema, random invalid
 * documents and request bodies, and random mutation inputs with and without the token, and sends them to a
 * real server on 127.0.0.1. For every request: no 5xx, a JSON answer, every error with a message and an
 * `extensions.code`, no unexpected (masked) error, and nothing written unless a mutation was accepted.
 * Afterwards /health still answers ok.
 *
 * The seed is fixed and printed; QUOTEGRAPH_FUZZ_SEED and QUOTEGRAPH_FUZZ_RUNS (a multiplier) change them.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLUnionType,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { defaultQueryLimits } from "../../src/config.ts";
import { encodeGlobalId } from "../../src/graphql/globalIds.ts";
import { schema } from "../../src/graphql/schema.ts";
import type { GqlResponse } from "../support/testApp.ts";
import { createHardeningApp, type HardeningApp, token } from "./hardeningApp.ts";

const seed = Number(process.env.QUOTEGRAPH_FUZZ_SEED ?? 20_261_128);
const scale = Number(process.env.QUOTEGRAPH_FUZZ_RUNS ?? 1);
const runs = {
  valid: Math.round(1200 * scale),
  invalid: Math.round(1200 * scale),
  mutations: Math.round(600 * scale),
};

type Generate = fc.GeneratorValue;

/** A request that hangs fails the test with its document rather than at the test's timeout. */
const requestTimeoutMs = 15_000;

// ---------------------------------------------------------------------------------------------------------
// The server, what was sent and what came back

let t: HardeningApp;
let server: Server;
let origin = "";

/** Real IDs (of every type), cursors and names from the stored data, grown with what ingestArticle creates. */
const pool = { ids: [] as string[], cursors: [] as string[], names: [] as string[] };
const words = ["harbour", "bridge", "mayor", "Roe", "budget", "residents", "Acme", "said", "the"];

const figures = {
  documents: { valid: 0, invalid: 0, mutations: 0 },
  status: new Map<number, number>(),
  codes: new Map<string, number>(),
  accepted: 0,
  /** Valid queries answered with data and no error at all. */
  clean: 0,
  serverErrors: 0,
};

const bump = <Key>(map: Map<Key, number>, key: Key) => map.set(key, (map.get(key) ?? 0) + 1);

/** Everything a write would change: rows modified on the server's connection, and the main tables' sizes. */
function fingerprint(): string {
  const changes = t.connection.prepare("select total_changes() as n").get() as { n: number };
  return JSON.stringify({ changes: changes.n, ...t.counts() });
}

interface Sent {
  body: string;
  contentType?: string | null;
  authorization?: string | null;
}

interface Answer {
  status: number;
  json: GqlResponse;
}

async function send({ body, contentType = "application/json", authorization = null }: Sent): Promise<Answer> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (contentType !== null) headers["content-type"] = contentType;
  if (authorization !== null) headers.authorization = authorization;
  const response = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers,
    body,
    signal: AbortSignal.timeout(requestTimeoutMs),
  }).catch((error: unknown) => {
    throw new Error(
      `no answer within ${requestTimeoutMs / 1000} s (${String(error)}) for ${body.slice(0, 500)}`,
    );
  });
  const text = await response.text();
  bump(figures.status, response.status);
  if (response.status >= 500) figures.serverErrors++;
  expect(response.status, `5xx for ${body.slice(0, 500)}: ${text.slice(0, 500)}`).toBeLessThan(500);
  let json: GqlResponse;
  try {
    json = JSON.parse(text) as GqlResponse;
  } catch {
    throw new Error(
      `HTTP ${response.status} without a JSON body for ${body.slice(0, 300)}: ${text.slice(0, 300)}`,
    );
  }
  for (const error of json.errors ?? []) {
    const code = error.extensions?.code;
    bump(figures.codes, typeof code === "string" ? code : "(none)");
    expect(typeof error.message === "string" && error.message.length > 0, "error message").toBe(true);
    expect(typeof code, `error without a code for ${body.slice(0, 300)}: ${JSON.stringify(error)}`).toBe(
      "string",
    );
    expect(code, `unexpected error for ${body.slice(0, 300)}`).not.toBe("INTERNAL_SERVER_ERROR");
  }
  return { status: response.status, json };
}

/** Sends a request that must not write anything (a read, or anything refused). */
async function sendRead(sent: Sent): Promise<Answer> {
  const before = fingerprint();
  const answer = await send(sent);
  expect(fingerprint(), `a read or a refused request wrote: ${sent.body.slice(0, 300)}`).toBe(before);
  return answer;
}

const json = (query: string, variables?: unknown) =>
  JSON.stringify(variables === undefined ? { query } : { query, variables });

// ---------------------------------------------------------------------------------------------------------
// Random values for arguments, as GraphQL literals

const pick = <Item>(g: Generate, items: readonly Item[]): Item =>
  items[g(fc.integer, { min: 0, max: items.length - 1 })] as Item;

/** Some of `items`, in order (by index: fc.gen compares its arguments, and schema objects are cyclic). */
const someOf = <Item>(g: Generate, items: readonly Item[], min: number, max = items.length): Item[] =>
  g(fc.subarray, [...items.keys()], { minLength: min, maxLength: Math.min(max, items.length) }).map(
    (index: number) => items[index] as Item,
  );

function pageSize(g: Generate): number {
  return g(fc.boolean) ? g(fc.integer, { min: 0, max: 5 }) : g(fc.integer, { min: 0, max: 100 });
}

function randomId(g: Generate): string {
  const roll = g(fc.integer, { min: 0, max: 9 });
  if (roll < 6 && pool.ids.length > 0) return pick(g, pool.ids);
  if (roll < 9) {
    const type = pick(g, ["Article", "Participant", "Statement"]);
    return encodeGlobalId(type, g(fc.integer, { min: 1, max: 1000 }));
  }
  return g(fc.string, { maxLength: 12 });
}

function randomDate(g: Generate): string {
  const day = new Date(Date.UTC(2000, 0, 1) + g(fc.integer, { min: 0, max: 12_000 }) * 86_400_000);
  return g(fc.boolean) ? day.toISOString().slice(0, 10) : day.toISOString();
}

function randomText(g: Generate, argument: string): string {
  if (argument === "after" || argument === "before") {
    return pool.cursors.length > 0 && g(fc.integer, { min: 0, max: 4 }) > 0
      ? pick(g, pool.cursors)
      : g(fc.string, { maxLength: 20 });
  }
  if (argument === "name" && pool.names.length > 0 && g(fc.boolean)) return pick(g, pool.names);
  const roll = g(fc.integer, { min: 0, max: 3 });
  if (roll === 0) return g(fc.string, { maxLength: 30 });
  if (roll === 1) return g(fc.string, { unit: "grapheme", maxLength: 20 });
  const count = g(fc.integer, { min: 1, max: 3 });
  return Array.from({ length: count }, () => pick(g, words)).join(" ");
}

/** A literal for an argument or input field of `type`; undefined leaves an optional one out. */
function literal(g: Generate, type: GraphQLInputType, name: string, required: boolean): string | undefined {
  if (!required && !isNonNullType(type) && g(fc.integer, { min: 0, max: 2 }) > 0) return undefined;
  const inner = getNullableType(type);
  if (!isNonNullType(type) && !required && g(fc.integer, { min: 0, max: 15 }) === 0) return "null";
  if (isListType(inner)) {
    const count = name === "ids" ? g(fc.integer, { min: 0, max: 8 }) : g(fc.integer, { min: 0, max: 3 });
    const items = Array.from({ length: count }, () => literal(g, inner.ofType, name, true));
    return `[${items.join(", ")}]`;
  }
  if (isEnumType(inner)) return pick(g, inner.getValues()).name;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields())
      .map((field) => {
        const value = literal(g, field.type, field.name, isNonNullType(field.type));
        return value === undefined ? null : `${field.name}: ${value}`;
      })
      .filter((field) => field !== null);
    return `{ ${fields.join(", ")} }`;
  }
  switch (inner.name) {
    case "Int":
      return String(name === "first" || name === "last" ? pageSize(g) : g(fc.integer, { min: 0, max: 100 }));
    case "Boolean":
      return String(g(fc.boolean));
    case "ID":
      return JSON.stringify(randomId(g));
    case "DateTime":
      return JSON.stringify(randomDate(g));
    default:
      return JSON.stringify(randomText(g, name));
  }
}

function argumentsOf(g: Generate, args: readonly GraphQLArgument[]): string {
  // Connections take first or last, not both.
  const direction = g(fc.boolean) ? "first" : "last";
  const given = args
    .filter((arg) => !((arg.name === "first" || arg.name === "last") && arg.name !== direction))
    .filter(
      (arg) => !((arg.name === "after" || arg.name === "before") && direction === "last") || g(fc.boolean),
    )
    .map((arg) => {
      const value = literal(g, arg.type, arg.name, isNonNullType(arg.type));
      return value === undefined ? null : `${arg.name}: ${value}`;
    })
    .filter((arg) => arg !== null);
  return given.length > 0 ? `(${given.join(", ")})` : "";
}

// ---------------------------------------------------------------------------------------------------------
// Random selections, walking the schema

type Composite = GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType;

/**
 * A selection set on `type` nesting at most `depthLeft` fields. Fields of sibling fragments that share a
 * response name must have the same type (`kind` is StatementKind on Statement, ParticipantKind on
 * Participant): `taken` keeps the names used, so a conflicting field is left out.
 */
function selection(
  g: Generate,
  type: Composite,
  depthLeft: number,
  taken = new Map<string, string>(),
  fragments = true,
): string {
  if (isUnionType(type) || (fragments && isInterfaceType(type) && g(fc.boolean))) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    const chosen = someOf(g, members, 1);
    const own = isInterfaceType(type) ? selection(g, type, depthLeft, taken, false) : "";
    const spreads = chosen.map((member) => {
      const inner = selection(g, member, depthLeft, taken);
      return `... on ${member.name} { ${inner} }`;
    });
    return ["__typename", own, ...spreads].filter(Boolean).join(" ");
  }
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const usable = fields.filter((field) => depthLeft > 1 || isLeafType(getNamedType(field.type)));
  if (usable.length === 0) return "__typename";
  const chosen = someOf(g, usable, 1, 4);
  const parts: string[] = [];
  for (const field of chosen) {
    const typeName = String(field.type);
    const known = taken.get(field.name);
    if (known !== undefined && known !== typeName) continue;
    taken.set(field.name, typeName);
    const args = argumentsOf(g, field.args);
    const named = getNamedType(field.type);
    if (isCompositeType(named)) parts.push(`${field.name}${args} { ${selection(g, named, depthLeft - 1)} }`);
    else parts.push(`${field.name}${args}`);
  }
  if (parts.length === 0 || g(fc.integer, { min: 0, max: 9 }) === 0) parts.push("__typename");
  return parts.join(" ");
}

/** A random valid query: depth mostly modest, sometimes up to the limit. */
function validQuery(g: Generate): string {
  const depth = g(fc.boolean)
    ? g(fc.integer, { min: 1, max: 6 })
    : g(fc.integer, { min: 1, max: defaultQueryLimits.depth });
  const root = schema.getQueryType() as GraphQLObjectType;
  return `query Fuzz { ${selection(g, root, depth)} }`;
}

// ---------------------------------------------------------------------------------------------------------
// Random invalid requests

const connectionPaths = [
  (args: string) => `{ articles(${args}) { totalCount } }`,
  (args: string) => `{ participants(${args}) { edges { node { id } } } }`,
  (args: string) => `{ statements(${args}) { pageInfo { hasNextPage } } }`,
  (args: string) => `{ search(query: "bridge", ${args}) { totalCount } }`,
];

const variableTemplates = [
  "query($n: Int) { articles(first: $n) { totalCount } }",
  "query($id: ID!) { node(id: $id) { id } }",
  "query($q: String!) { search(query: $q) { totalCount } }",
  "query($f: StatementFilter) { statements(filter: $f, first: 5) { totalCount } }",
  "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
  "query($o: ArticleOrder) { articles(orderBy: $o) { totalCount } }",
  "query($k: [ParticipantKind!]) { participants(filter: { kind: $k }) { totalCount } }",
  "query($n: String) { articles(first: $n) { totalCount } }",
  "query($d: DateTime) { articles(filter: { publishedAfter: $d }) { totalCount } }",
  "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }",
];

const idFields = ["node", "article", "participant", "statement"];

function malformedId(g: Generate): string {
  return pick(g, [
    g(fc.string, { maxLength: 40 }),
    g(fc.string, { unit: "binary", maxLength: 20 }),
    encodeGlobalId(pick(g, ["Article", "Participant", "Statement", "Nope", "article"]), g(fc.string)),
    encodeGlobalId("Article", pick(g, ["0", "-1", "1.5", "99999999999999999999", "01", " 1"])),
    Buffer.from(g(fc.string)).toString("base64"),
    "x".repeat(g(fc.integer, { min: 100, max: 5000 })),
  ]);
}

function deepQuery(levels: number): string {
  let inner = "id";
  for (let level = 0; level < levels; level++) {
    inner =
      level % 2 === 0
        ? `articles(first: 1) { edges { node { ${inner} } } }`
        : `participants(first: 1) { edges { node { ${inner} } } }`;
  }
  return `{ participants(first: 1) { edges { node { ${inner} } } } }`;
}

/** One invalid request body (and its content type). */
function invalidRequest(g: Generate): Sent {
  const kind = g(fc.integer, { min: 0, max: 11 });
  switch (kind) {
    case 0: // garbage text as the document
      return {
        body: json(g(fc.string, { unit: pick(g, ["binary", "grapheme-ascii"] as const), maxLength: 200 })),
      };
    case 1: {
      // a valid query cut short
      const query = validQuery(g);
      return { body: json(query.slice(0, g(fc.integer, { min: 0, max: query.length - 1 }))) };
    }
    case 2: {
      // an unknown field somewhere
      const query = validQuery(g);
      const braces = [...query.matchAll(/\{/g)].map((match) => match.index);
      const at = pick(g, braces) + 1;
      const name = g(fc.stringMatching, /^[a-z][A-Za-z]{0,10}$/);
      return { body: json(`${query.slice(0, at)} ${name} ${query.slice(at)}`) };
    }
    case 3: // wrong variable types
      return {
        body: json(pick(g, variableTemplates), {
          [pick(g, ["n", "id", "q", "f", "ids", "o", "k", "d", "input", "x"])]: g(fc.jsonValue, {
            maxDepth: 3,
          }),
        }),
      };
    case 4: {
      // page sizes out of range, or beyond Int
      const size = pick(g, [
        String(g(fc.integer, { min: 101, max: 2 ** 31 - 1 })),
        String(g(fc.integer, { min: -(2 ** 31), max: -1 })),
        String(g(fc.bigInt, { min: 2n ** 31n, max: 2n ** 80n })),
        "1.5",
        '"10"',
      ]);
      return { body: json(pick(g, connectionPaths)(`${pick(g, ["first", "last"])}: ${size}`)) };
    }
    case 5: {
      // malformed IDs, inline or as variables
      const id = malformedId(g);
      if (g(fc.boolean))
        return { body: json(`query($id: ID!) { ${pick(g, idFields)}(id: $id) { id } }`, { id }) };
      return {
        body: json(
          `query($ids: [ID!]!) { nodes(ids: $ids) { id } statements(filter: { speakerId: $ids }) { totalCount } }`,
          { ids: [id] },
        ),
      };
    }
    case 6: // deeper than the limit
      return { body: json(deepQuery(g(fc.integer, { min: defaultQueryLimits.depth, max: 40 }))) };
    case 7: {
      // too many aliases or directives
      const count = g(fc.integer, { min: defaultQueryLimits.aliases + 1, max: 200 });
      const fields = g(fc.boolean)
        ? Array.from({ length: count }, (_, index) => `a${index}: __typename`)
        : Array.from({ length: count }, () => "__typename @include(if: true)");
      return { body: json(`{ ${fields.join(" ")} }`) };
    }
    case 8: // a document over the size limit (a long comment)
      return {
        body: json(`# ${"x".repeat(defaultQueryLimits.documentBytes + g(fc.nat, 1000))}\n{ __typename }`),
      };
    case 9: // a body that is not JSON, or not a request
      return { body: g(fc.string, { unit: pick(g, ["binary", "grapheme-ascii"] as const), maxLength: 200 }) };
    case 10: // JSON of the wrong shape: arrays (batches), scalars, wrong fields
      return {
        body: JSON.stringify(
          pick(g, [
            g(fc.jsonValue, { maxDepth: 3 }),
            [{ query: "{ __typename }" }, { query: "{ __typename }" }],
            { query: "{ __typename }", variables: g(fc.jsonValue, { maxDepth: 2 }) },
            { query: "{ __typename }", operationName: g(fc.jsonValue, { maxDepth: 1 }) },
            { query: "{ __typename }", extensions: g(fc.jsonValue, { maxDepth: 2 }) },
            { query: g(fc.jsonValue, { maxDepth: 2 }) },
          ]),
        ),
      };
    default:
      // other content types
      return {
        body: pick(g, ["{ __typename }", json("{ __typename }"), "query=%7B__typename%7D", g(fc.string)]),
        contentType: pick(g, [
          null,
          "text/plain",
          "application/graphql",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json; charset=latin1",
        ]),
      };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Random mutations

const articleSentences = [
  "“We will reopen the harbour bridge by spring,” the mayor said.",
  "Jane Roe, the mayor, said the budget was balanced.",
  "“Nobody asked us,” said a resident of the old town.",
  "Acme Corp said in a statement that it would appeal.",
];

function articleBody(g: Generate): string {
  const roll = g(fc.integer, { min: 0, max: 5 });
  if (roll === 0)
    return g(fc.string, { unit: pick(g, ["binary", "grapheme", "grapheme-ascii"] as const), maxLength: 300 });
  if (roll === 1) return pick(g, ["", " ", "\n\t\n", "\u00a0", "\u0000", "CNN —", "\ud800 lone"]);
  const sentences = g(fc.array, fc.constantFrom(...articleSentences), { minLength: 1, maxLength: 6 });
  return `${sentences.join("\n\n")}\n\nRef ${g(fc.string, { maxLength: 16 })} ${g(fc.nat)}.`;
}

/** A mutation document and its variables: mostly sensible inputs, sometimes wrong ones. */
function mutationRequest(g: Generate): { query: string; variables: Record<string, unknown> } {
  const which = g(fc.integer, { min: 0, max: 9 });
  const maybe = <Value>(value: () => Value): Value | undefined => (g(fc.boolean) ? value() : undefined);
  const id = () => (g(fc.integer, { min: 0, max: 4 }) === 0 ? malformedId(g) : randomId(g));
  if (which < 5) {
    const input = {
      body: articleBody(g),
      title: maybe(() => pick(g, [g(fc.string, { maxLength: 40 }), "", "x".repeat(1001), "Title\u0000"])),
      source: maybe(() => g(fc.string, { maxLength: 20 })),
      url: maybe(() =>
        pick(g, [
          `https://news.example/${g(fc.nat)}`,
          g(fc.string, { maxLength: 20 }),
          "javascript:alert(1)",
        ]),
      ),
      publishedAt: maybe(() => pick(g, [randomDate(g), g(fc.string, { maxLength: 12 })])),
    };
    return {
      query: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created errors { field message }
        article { id title statements(first: 5) { totalCount edges { node { id speaker { id name } } } } } } }`,
      variables: { input },
    };
  }
  if (which < 7) {
    const input = {
      id: id(),
      speakerId: maybe(() => (g(fc.boolean) ? null : id())),
      kind: maybe(() => pick(g, ["DIRECT", "INDIRECT", "PARTIAL", "SHOUTED", 3])),
      text: maybe(() => g(fc.string, { maxLength: 40 })),
    };
    return {
      query: `mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { errors { field message }
        statement { id text kind start end speaker { id statementCount } } } }`,
      variables: { input },
    };
  }
  if (which < 8) {
    return {
      query: `mutation($input: MergeParticipantsInput!) { mergeParticipants(input: $input) { errors { field message }
        participant { id name aliases statementCount } } }`,
      variables: { input: { keepId: id(), mergeId: id() } },
    };
  }
  if (which < 9) {
    return {
      query: `mutation($input: DeleteArticleInput!) { deleteArticle(input: $input) { deletedId errors { field message } } }`,
      variables: { input: { id: id() } },
    };
  }
  // Inline literals walked from the schema, or a wrongly typed input.
  const mutation = schema.getMutationType() as GraphQLObjectType;
  const field = pick(g, Object.values(mutation.getFields()));
  if (g(fc.boolean)) {
    return {
      query: `mutation { ${field.name}${argumentsOf(g, field.args)} { errors { field message } } }`,
      variables: {},
    };
  }
  const inputType = String(field.args[0]?.type);
  return {
    query: `mutation($input: ${inputType}) { ${field.name}(input: $input) { errors { message } } }`,
    variables: { input: g(fc.jsonValue, { maxDepth: 2 }) },
  };
}

function authorization(g: Generate): { header: string | null; valid: boolean } {
  const roll = g(fc.integer, { min: 0, max: 5 });
  if (roll < 3) return { header: `Bearer ${token}`, valid: true };
  if (roll === 3) return { header: null, valid: false };
  return {
    header: pick(g, [
      `Bearer ${token}x`,
      `Bearer ${token.slice(0, -1)}`,
      "Bearer",
      `Basic ${token}`,
      `bearer  ${g(fc.string)}`,
      token,
    ]),
    valid: false,
  };
}

/** Whether the answer says the mutation was refused, as a whole or by its payload. */
function refused(answer: Answer): boolean {
  if (answer.status !== 200 || (answer.json.errors?.length ?? 0) > 0) return true;
  const payload = Object.values(answer.json.data ?? {})[0] as { errors?: unknown[] } | null | undefined;
  return !payload || (payload.errors?.length ?? 0) > 0;
}

// ---------------------------------------------------------------------------------------------------------

async function collectPool(): Promise<void> {
  const { json: answer } = await send({
    body: json(`{
      articles(first: 100) { edges { cursor node { id title statements(first: 100) { edges { cursor node { id } } } } } }
      participants(first: 100) { edges { cursor node { id name aliases statements(first: 3) { edges { cursor } } } } }
      statements(first: 100) { edges { cursor } }
      search(query: "harbour", first: 10) { edges { cursor } }
    }`),
  });
  const data = answer.data;
  for (const edge of data.articles.edges) {
    pool.ids.push(edge.node.id);
    pool.cursors.push(edge.cursor);
    for (const statement of edge.node.statements.edges) {
      pool.ids.push(statement.node.id);
      pool.cursors.push(statement.cursor);
    }
  }
  for (const edge of data.participants.edges) {
    pool.ids.push(edge.node.id);
    pool.names.push(edge.node.name, ...edge.node.aliases);
    pool.cursors.push(
      edge.cursor,
      ...edge.node.statements.edges.map((inner: { cursor: string }) => inner.cursor),
    );
  }
  for (const list of [data.statements, data.search]) {
    pool.cursors.push(...list.edges.map((edge: { cursor: string }) => edge.cursor));
  }
}

beforeAll(async () => {
  t = createHardeningApp();
  server = createServer(t.app);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await collectPool();
  console.log(`fuzz: seed ${seed} (set QUOTEGRAPH_FUZZ_SEED to change it), runs ${JSON.stringify(runs)}`);
});

afterAll(async () => {
  const codes = Object.fromEntries([...figures.codes].sort((a, b) => b[1] - a[1]));
  const statuses = Object.fromEntries([...figures.status].sort((a, b) => a[0] - b[0]));
  console.log(
    `fuzz figures (seed ${seed}): documents ${JSON.stringify(figures.documents)}, HTTP statuses ${JSON.stringify(statuses)}, ` +
      `5xx ${figures.serverErrors}, valid queries answered without any error ${figures.clean}, mutations accepted ${figures.accepted}, errors by code ${JSON.stringify(codes)}`,
  );
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  t?.close();
});

const fuzzTimeout = 240_000;

describe(`fuzzing a server on 127.0.0.1 (seed ${seed})`, () => {
  test(
    "random valid queries walked from the schema: answered without 5xx or unexpected errors, and write nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          figures.documents.valid++;
          const query = validQuery(g);
          const answer = await sendRead({ body: json(query) });
          // Valid documents are refused only for their cost, or answered (with field errors for bad argument
          // values such as an unknown cursor), never refused by validation.
          const codes = (answer.json.errors ?? []).map((error) => error.extensions?.code);
          expect(codes, query).not.toContain("GRAPHQL_VALIDATION_FAILED");
          expect(codes, query).not.toContain("GRAPHQL_PARSE_FAILED");
          if (answer.status !== 200) expect(codes, query).toEqual(["QUERY_TOO_COSTLY"]);
          else if (codes.length === 0) figures.clean++;
        }),
        { seed, numRuns: runs.valid },
      );
    },
    fuzzTimeout,
  );

  test(
    "random invalid documents and bodies: refused with a code, never 5xx, nothing written",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          figures.documents.invalid++;
          await sendRead(invalidRequest(g));
        }),
        { seed: seed + 1, numRuns: runs.invalid },
      );
    },
    fuzzTimeout,
  );

  test(
    "random mutation inputs with and without the token: refused ones write nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          figures.documents.mutations++;
          const { query, variables } = mutationRequest(g);
          const auth = authorization(g);
          const before = fingerprint();
          const answer = await send({ body: json(query, variables), authorization: auth.header });
          if (!auth.valid) expect(refused(answer), "a mutation without a valid token ran").toBe(true);
          if (refused(answer)) expect(fingerprint(), `a refused mutation wrote: ${query}`).toBe(before);
          else figures.accepted++;
          const created = answer.json.data?.ingestArticle?.article;
          if (created) pool.ids.push(created.id);
        }),
        { seed: seed + 2, numRuns: runs.mutations },
      );
    },
    fuzzTimeout,
  );

  test("the server is still up and healthy, and logged no unexpected error", async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(t.logged).toEqual([]);
    expect(figures.serverErrors).toBe(0);
  });
});
