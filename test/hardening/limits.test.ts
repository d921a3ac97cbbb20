/**
 * Query limits (issue 5, item 1): each one lets a document just under it through and refuses one just over
 * it with HTTP 400, its `extensions.code`, and nothing executed (no data, no SQL run, nothing written).
 */
import { getIntrospectionQuery, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { defaultQueryLimits } from "../../src/config.ts";
import { schema } from "../../src/graphql/schema.ts";
import { graphiqlDefaultQuery } from "../../src/server/graphiqlDefaultQuery.ts";
import { estimateCost } from "../../src/server/limits.ts";
import { codesOf, countTokens, createHardeningApp, type HardeningApp, type Posted } from "./hardeningApp.ts";

const nestedFrontendQuery = `{
  participants(first: 50) { edges { node { statements(first: 10) { edges { node {
    article { speakers { name } }
  } } } } } }
}`;

let t: HardeningApp;
beforeAll(() => {
  t = createHardeningApp();
});
afterAll(() => t.close());

function expectPassed(posted: Posted) {
  expect(posted.body.errors, JSON.stringify(posted.body.errors)).toBeUndefined();
  expect(posted.status).toBe(200);
  expect(posted.body.data).toBeDefined();
}

function expectRefused(posted: Posted, code: string) {
  expect(posted.status).toBe(400);
  expect(codesOf(posted)).toContain(code);
  const ours = (posted.body.errors ?? []).filter((error) => error.extensions?.code === code);
  for (const error of ours) expect(error.message).toMatch(/limit|off/);
  expect(posted.body.data).toBeUndefined();
  // SQL tracing is on: an executed operation would report the statements it ran.
  expect(posted.body.extensions?.sql?.count ?? 0).toBe(0);
}

/** A document whose longest path has exactly `depth` fields. */
function nestedTo(depth: number): string {
  const cycle = ["statements(first: 1)", "edges", "node", "speaker"];
  const openers = Array.from({ length: depth - 2 }, (_, index) => cycle[index % cycle.length]);
  return `{ participant(name: "Jane Roe") { ${openers.map((field) => `${field} {`).join(" ")} __typename ${"} ".repeat(openers.length)}} }`;
}

describe("every reasonable frontend query passes the default limits", () => {
  test("the GraphiQL default query", async () => {
    expectPassed(await t.query(graphiqlDefaultQuery));
  });

  test("50 participants × 10 statements × their article's speakers", async () => {
    const posted = await t.query(nestedFrontendQuery);
    expectPassed(posted);
    expect(posted.body.data.participants.edges.length).toBeGreaterThan(0);
  });

  test("the introspection query GraphiQL and code generators send", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const posted = await t.query(query);
    expectPassed(posted);
    expect(posted.body.data.__schema.types.length).toBeGreaterThan(10);
  });

  test("search with every result type, and a page of 100 with its totals", async () => {
    expectPassed(
      await t.query(`{ search(query: "bridge", first: 100) { totalCount edges { rank snippet node {
        __typename ... on Statement { text speaker { name } article { title } }
        ... on Article { title speakers { name } }
        ... on Participant { name statements(first: 5) { totalCount edges { node { text } } } } } } } }`),
    );
    expectPassed(
      await t.query(`{ statements(first: 100) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id text kind cue speaker { name role } mentions { name } article { title source } } } } }`),
    );
  });
});

describe("depth", () => {
  test(`${defaultQueryLimits.depth} fields deep passes, one more is QUERY_TOO_DEEP`, async () => {
    expectPassed(await t.query(nestedTo(defaultQueryLimits.depth)));
    const refused = await t.query(nestedTo(defaultQueryLimits.depth + 1));
    expectRefused(refused, "QUERY_TOO_DEEP");
    expect(refused.body.errors?.[0]?.message).toContain(`${defaultQueryLimits.depth + 1} deep`);
  });

  test("fragments count where they are spread", async () => {
    const refused = await t.query(`query Deep { participant(name: "Jane Roe") { ...Speaking } }
      fragment Speaking on Participant { statements(first: 1) { edges { node { speaker { ...More } } } } }
      fragment More on Participant { statements(first: 1) { edges { node { speaker { ...Last } } } } }
      fragment Last on Participant { statements(first: 1) { edges { node { text } } } }`);
    expectRefused(refused, "QUERY_TOO_DEEP");
  });

  test("introspection may not nest type lists beyond types → fields → args", async () => {
    expectPassed(await t.query(`{ __schema { types { fields { type { fields { name } } } } } }`));
    const refused = await t.query(
      `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`,
    );
    expectRefused(refused, "QUERY_TOO_DEEP");
    // graphql-js's own MaxIntrospectionDepthRule agrees.
    expect(refused.body.errors?.map((error) => error.message)).toContain(
      "Maximum introspection depth exceeded",
    );
  });
});

describe("aliases", () => {
  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, index) => `a${index}: articles(first: 1) { totalCount }`).join(" ")} }`;

  test(`${defaultQueryLimits.aliases} pass, one more is TOO_MANY_ALIASES`, async () => {
    expectPassed(await t.query(aliased(defaultQueryLimits.aliases)));
    expectRefused(await t.query(aliased(defaultQueryLimits.aliases + 1)), "TOO_MANY_ALIASES");
  });

  test("aliases in a fragment count each time it is spread", async () => {
    const twelve = Array.from({ length: 12 }, (_, index) => `n${index}: name`).join(" ");
    const spreads = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `p${index}: participant(name: "Jane Roe") { ...Names }`).join(" ")} }
       fragment Names on Participant { ${twelve} }`;
    expectPassed(await t.query(spreads(2))); // 2 + 24 aliases
    expectRefused(await t.query(spreads(3)), "TOO_MANY_ALIASES"); // 3 + 36
  });
});

describe("directives", () => {
  const directed = (count: number) =>
    `{ articles(first: 1) { ${Array.from({ length: count }, () => "totalCount @include(if: true)").join(" ")} } }`;

  test(`${defaultQueryLimits.directives} pass, one more is TOO_MANY_DIRECTIVES`, async () => {
    expectPassed(await t.query(directed(defaultQueryLimits.directives)));
    expectRefused(await t.query(directed(defaultQueryLimits.directives + 1)), "TOO_MANY_DIRECTIVES");
  });
});

describe("tokens", () => {
  /** A valid query of exactly `count` tokens: a list of enum values inside a filter. */
  const tokens = (count: number) => {
    const frame = (values: number) =>
      `{ participants(filter: { kind: [${"PERSON ".repeat(values)}] }) { totalCount } }`;
    const query = frame(count - countTokens(frame(0)));
    expect(countTokens(query)).toBe(count);
    return query;
  };

  test(`${defaultQueryLimits.tokens} tokens pass, one more is TOO_MANY_TOKENS`, async () => {
    expectPassed(await t.query(tokens(defaultQueryLimits.tokens)));
    expectRefused(await t.query(tokens(defaultQueryLimits.tokens + 1)), "TOO_MANY_TOKENS");
  });

  test("comments are not tokens (the document size bounds them)", async () => {
    expectPassed(await t.query(`${"# a comment line\n".repeat(500)}{ __typename }`));
  });
});

describe("document size", () => {
  /** `{ articles { totalCount } }` padded with a comment to exactly `bytes` bytes. */
  const sized = (bytes: number) => {
    const body = "\n{ articles { totalCount } }";
    return `#${"x".repeat(bytes - body.length - 1)}${body}`;
  };

  test(`${defaultQueryLimits.documentBytes} bytes pass, one more is DOCUMENT_TOO_LARGE`, async () => {
    expect(Buffer.byteLength(sized(defaultQueryLimits.documentBytes))).toBe(defaultQueryLimits.documentBytes);
    expectPassed(await t.query(sized(defaultQueryLimits.documentBytes)));
    expectRefused(await t.query(sized(defaultQueryLimits.documentBytes + 1)), "DOCUMENT_TOO_LARGE");
  });

  test("multi-byte characters count as bytes", async () => {
    const body = "\n{ __typename }";
    const query = `#${"é".repeat(defaultQueryLimits.documentBytes / 2)}${body}`;
    expectRefused(await t.query(query), "DOCUMENT_TOO_LARGE");
  });
});

describe("cost", () => {
  test("the estimate multiplies by page sizes, 20 when absent", () => {
    // participants 1 + edges 1 + 50 × (node 1 + statements 1 + edges 1 + 10 × (node 1 + article 1 +
    // speakers 1 + 20 × name 1)) = 11,652
    expect(estimateCost(schema, parse(nestedFrontendQuery), {})).toBe(11_652);
    const withVariables = parse(`query($p: Int, $s: Int) {
      participants(first: $p) { edges { node { statements(first: $s) { edges { node {
        article { speakers { name } } } } } } } } }`);
    expect(estimateCost(schema, withVariables, { p: 50, s: 10 })).toBe(11_652);
    expect(estimateCost(schema, withVariables, {})).toBe(1 + 1 + 20 * (3 + 20 * 23));
    // `last` counts like `first`; totals and pageInfo are one per connection.
    expect(
      estimateCost(
        schema,
        parse(`{ articles(last: 5) { totalCount pageInfo { hasNextPage } edges { node { title } } } }`),
        {},
      ),
    ).toBe(1 + 1 + 2 + 1 + 5 * 2);
    // Pages are at most 100: a larger `first` is refused by pagination, not counted as more rows.
    expect(estimateCost(schema, parse(`{ articles(first: 100000) { edges { node { title } } } }`), {})).toBe(
      1 + 1 + 100 * 2,
    );
    // nodes(ids:) counts its IDs.
    expect(estimateCost(schema, parse(`{ nodes(ids: ["a", "b", "c"]) { id } }`), {})).toBe(1 + 3);
  });

  /** Statements' speakers' statements: 402 + 700 × `inner`. */
  const costly = `query($inner: Int!) { statements(first: 100) { edges { node { speaker { statements(first: $inner) {
    edges { node { text kind cue start end paragraph } } } } } } } }`;
  const costOf = (inner: number) => estimateCost(schema, parse(costly), { inner });

  test(`just under ${defaultQueryLimits.cost} passes, just over is QUERY_TOO_COSTLY`, async () => {
    expect(costOf(1)).toBe(402 + 700);
    let under = 1;
    while (under < 100 && costOf(under + 1) <= defaultQueryLimits.cost) under++;
    expect(costOf(under)).toBeLessThanOrEqual(defaultQueryLimits.cost);
    expect(costOf(under + 1)).toBeGreaterThan(defaultQueryLimits.cost);
    expectPassed(await t.query(costly, { inner: under }));
    const refused = await t.query(costly, { inner: under + 1 });
    expectRefused(refused, "QUERY_TOO_COSTLY");
    expect(refused.body.errors?.[0]?.message).toContain(`about ${costOf(under + 1)} fields`);
  });

  test("a costly mutation is refused before it writes anything", async () => {
    const before = t.counts();
    const refused = await t.query(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article {
        statements(first: 100) { edges { node { mentions { statements(first: 100) { edges { node { text } } } } } } } } } }`,
      { input: { title: "Never stored", body: "“It will not be stored,” the mayor said." } },
    );
    expectRefused(refused, "QUERY_TOO_COSTLY");
    expect(t.counts()).toEqual(before);
  });

  test("a fragment spread many times is estimated without expanding it each time", () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, index) =>
        `fragment F${index} on Participant { name ${index + 1 < levels ? `...F${index + 1} ...F${index + 1}` : ""} }`,
    ).join("\n");
    const document = parse(`{ participant(name: "x") { ...F0 } }\n${fragments}`);
    expect(estimateCost(schema, document, {})).toBeGreaterThan(2 ** 39);
  });
});

describe("batching", () => {
  test("a JSON array of operations is refused: batching is off by default", async () => {
    const refused = await t.post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expectRefused(refused, "BATCHING_DISABLED");
  });

  test("when turned on, batches up to the limit run and a larger one is BATCH_TOO_LARGE", async () => {
    const batched = createHardeningApp({ limits: { batch: 3 } });
    try {
      const three = await batched.post(
        Array.from({ length: 3 }, () => ({ query: "{ articles { totalCount } }" })),
      );
      expect(three.status).toBe(200);
      expect(three.body).toEqual(
        Array.from({ length: 3 }, () => expect.objectContaining({ data: { articles: { totalCount: 3 } } })),
      );
      const four = await batched.post(
        Array.from({ length: 4 }, () => ({ query: "{ articles { totalCount } }" })),
      );
      expectRefused(four, "BATCH_TOO_LARGE");
    } finally {
      batched.close();
    }
  });
});

describe("limits are configurable", () => {
  test("each limit follows the settings given to createApp", async () => {
    const strict = createHardeningApp({
      limits: { depth: 3, aliases: 1, directives: 1, tokens: 30, documentBytes: 100, cost: 10 },
    });
    try {
      expectPassed(await strict.query(`{ articles(first: 1) { totalCount } }`));
      expectRefused(await strict.query(`{ articles { edges { node { title } } } }`), "QUERY_TOO_DEEP");
      expectRefused(await strict.query(`{ a: __typename b: __typename }`), "TOO_MANY_ALIASES");
      expectRefused(
        await strict.query(`{ __typename @include(if: true) __typename @skip(if: false) }`),
        "TOO_MANY_DIRECTIVES",
      );
      expectRefused(await strict.query(`{ ${"x ".repeat(29)}}`), "TOO_MANY_TOKENS");
      expectRefused(await strict.query(`# ${"x".repeat(100)}\n{ __typename }`), "DOCUMENT_TOO_LARGE");
      const ids = Array.from({ length: 11 }, (_, index) => `"${index}"`).join("");
      expectRefused(await strict.query(`{ nodes(ids: [${ids}]) { id } }`), "QUERY_TOO_COSTLY");
    } finally {
      strict.close();
    }
  });
});
