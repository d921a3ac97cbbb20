/**
 * The example client against a running server:
 *   npm start                                         # in one terminal
 *   QUOTEGRAPH_API_TOKEN=... npx tsx examples/main.ts  # in another (the token only for the mutation)
 * QUOTEGRAPH_URL overrides the endpoint (default http://127.0.0.1:4000/graphql).
 */
import { createClient } from "./client.ts";
import type { ResultOf } from "./graphql.ts";
import { IngestArticle, ParticipantsPage, Search, SpeakerStatements } from "./operations.ts";

const url = process.env.QUOTEGRAPH_URL ?? "http://127.0.0.1:4000/graphql";
const token = process.env.QUOTEGRAPH_API_TOKEN?.split(",")[0]?.trim();
const client = createClient({ url, ...(token ? { token } : {}) });

const { participant } = await client.request(SpeakerStatements, { name: "Blinken", first: 3 });
if (participant) {
  console.log(
    `${participant.name} (${participant.role ?? "no role"}): ${participant.statementCount} statements`,
  );
  for (const { node } of participant.statements.edges) {
    const others = node.article.speakers.filter((speaker) => speaker.id !== participant.id);
    console.log(`  [${node.kind}] “${node.text}” — ${node.article.title} (also quoted: ${others.length})`);
  }
}

const { search } = await client.request(Search, { query: "constructive", first: 3 });
console.log(`\nsearch "constructive": ${search.totalCount} results`);
for (const { node, snippet } of search.edges) console.log(`  ${node.__typename}: ${snippet}`);

console.log("\nParticipants, most quoted first, two at a time:");
let after: string | null = null;
for (let page = 1; page <= 3; page++) {
  const { participants }: ResultOf<typeof ParticipantsPage> = await client.request(ParticipantsPage, {
    first: 2,
    after,
  });
  console.log(`  page ${page}: ${participants.edges.map(({ node }) => node.name).join(", ")}`);
  if (!participants.pageInfo.hasNextPage) break;
  after = participants.pageInfo.endCursor;
}

if (token) {
  const { ingestArticle } = await client.request(IngestArticle, {
    input: { title: "Example", source: "Example Wire", body: `“It works,” the engineer said.` },
  });
  console.log(`\ningestArticle: created=${ingestArticle.created}, errors=${ingestArticle.errors.length}`);
} else {
  console.log("\n(set QUOTEGRAPH_API_TOKEN to run the ingestArticle mutation)");
}
