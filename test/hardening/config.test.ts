/**
 * Configuration (issue 5): every limit and switch is read from the environment in src/config.ts, with
 * defaults when unset, and a bad value fails at start-up with a message naming the variable.
 */
import { describe, expect, test } from "vitest";
import { ConfigError, defaultQueryLimits, defaultServerSettings, loadConfig } from "../../src/config.ts";

describe("defaults", () => {
  test("an empty environment gives the documented defaults", () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({
      depth: 12,
      cost: 50_000,
      aliases: 30,
      directives: 20,
      tokens: 2_000,
      documentBytes: 20 * 1024,
      batch: 1,
    });
    expect(config.limits).toEqual(defaultQueryLimits);
    expect(config.introspection).toBe(true);
    expect(config.graphiql).toBe(true);
    expect(config.maxRequestBytes).toBe(1024 * 1024);
    expect(config.maxArticleBytes).toBe(2 * 1024 * 1024);
    expect(config.maxArticleBytes).toBe(defaultServerSettings.maxArticleBytes);
  });
});

describe("each variable", () => {
  test("limits, switches and sizes are read", () => {
    const config = loadConfig({
      QUOTEGRAPH_MAX_DEPTH: "8",
      QUOTEGRAPH_MAX_COST: "10_000",
      QUOTEGRAPH_MAX_ALIASES: "0",
      QUOTEGRAPH_MAX_DIRECTIVES: " 5 ",
      QUOTEGRAPH_MAX_TOKENS: "500",
      QUOTEGRAPH_MAX_DOCUMENT_BYTES: "8KB",
      QUOTEGRAPH_MAX_BATCH: "10",
      QUOTEGRAPH_INTROSPECTION: "0",
      QUOTEGRAPH_GRAPHIQL: "0",
      QUOTEGRAPH_MAX_REQUEST_BYTES: "512kb",
      QUOTEGRAPH_MAX_ARTICLE_BYTES: "1048576",
    });
    expect(config.limits).toEqual({
      depth: 8,
      cost: 10_000,
      aliases: 0,
      directives: 5,
      tokens: 500,
      documentBytes: 8192,
      batch: 10,
    });
    expect(config.introspection).toBe(false);
    expect(config.graphiql).toBe(false);
    expect(config.maxRequestBytes).toBe(512 * 1024);
    expect(config.maxArticleBytes).toBe(1024 * 1024);
    expect(loadConfig({ QUOTEGRAPH_MAX_ARTICLE_BYTES: "3MB" }).maxArticleBytes).toBe(3 * 1024 * 1024);
    expect(loadConfig({ QUOTEGRAPH_INTROSPECTION: "1", QUOTEGRAPH_GRAPHIQL: "" }).introspection).toBe(true);
  });

  test("tokens: several, comma-separated", () => {
    expect(loadConfig({ QUOTEGRAPH_API_TOKEN: "first-token-1, second-token-2" }).apiTokens).toEqual([
      "first-token-1",
      "second-token-2",
    ]);
  });
});

describe("bad values fail fast, naming the variable", () => {
  const cases: [string, string][] = [
    ["QUOTEGRAPH_MAX_DEPTH", "0"],
    ["QUOTEGRAPH_MAX_DEPTH", "twelve"],
    ["QUOTEGRAPH_MAX_COST", "-5"],
    ["QUOTEGRAPH_MAX_COST", "1e5"],
    ["QUOTEGRAPH_MAX_ALIASES", "3.5"],
    ["QUOTEGRAPH_MAX_DIRECTIVES", "many"],
    ["QUOTEGRAPH_MAX_TOKENS", "0x10"],
    ["QUOTEGRAPH_MAX_DOCUMENT_BYTES", "20 parsecs"],
    ["QUOTEGRAPH_MAX_BATCH", "0"],
    ["QUOTEGRAPH_INTROSPECTION", "yes"],
    ["QUOTEGRAPH_GRAPHIQL", "off"],
    ["QUOTEGRAPH_MAX_REQUEST_BYTES", "0"],
    ["QUOTEGRAPH_MAX_REQUEST_BYTES", "1TB"],
    ["QUOTEGRAPH_MAX_ARTICLE_BYTES", "-2MB"],
    ["QUOTEGRAPH_API_TOKEN", "short"],
    ["PORT", "70000"],
  ];
  test.each(cases)("%s=%s", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
