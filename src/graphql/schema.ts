/**
 * The executable schema: every type file registers itself with the builder when imported.
 */
import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.ts";
import "./types/dateTime.ts";
import "./types/userError.ts";
import "./types/statement.ts";
import "./types/participant.ts";
import "./types/article.ts";
import "./types/search.ts";
import "./mutations/article.ts";
import "./mutations/statement.ts";
import "./mutations/participant.ts";

builder.queryType({ description: "Who said what, where, and about whom." });
builder.mutationType({ description: "Writes; every one needs the bearer token." });

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the whole list holds.",
    resolve: (connection) => connection.totalCount(),
  }),
);

export const schema = builder.toSchema();

/** The SDL committed as schema.graphql, sorted so that its diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
