import { defineConfig } from "vitest/config";

export default defineConfig({
  // One copy of graphql for the whole run: otherwise `instanceof GraphQLError` and printSchema break across realms.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
