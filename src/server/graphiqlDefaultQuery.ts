/**
 * What GraphiQL opens with: the nested lookup Quotegraph exists for, then a tab each for search, cursor
 * pagination and a mutation (its Authorization header shown in the headers pane), all runnable on the seed.
 */
import type { GraphiQLOptions } from "graphql-yoga";

export const graphiqlDefaultQuery = `# Who said what: a speaker, their statements, and who else spoke in the same article.
query SpeakerStatements {
  participant(name: "Blinken") {
    name
    role
    aliases
    statementCount
    statements(first: 5) {
      totalCount
      edges {
        node {
          kind
          text
          article {
            title
            source
            speakers { name role }
          }
        }
      }
    }
  }
}
`;

export const graphiqlSearchQuery = `# Full-text search over statements, articles and participants, best match first.
# Snippets mark the matched words; ask for the fields of each result type you want.
query Search($query: String!) {
  search(query: $query, first: 5) {
    totalCount
    edges {
      rank
      snippet
      node {
        __typename
        ... on Statement { text speaker { name } article { title } }
        ... on Article { title source }
        ... on Participant { name role }
      }
    }
  }
}
`;

export const graphiqlPaginationQuery = `# Cursor pagination: run it, then pass pageInfo.endCursor as $after for the next page.
query Speakers($after: String) {
  participants(first: 5, after: $after, orderBy: { field: STATEMENT_COUNT, direction: DESC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name kind statementCount } }
  }
}
`;

export const graphiqlMutation = `# Mutations need the bearer token: set QUOTEGRAPH_API_TOKEN when starting the server and put
# the same value in the Authorization header (the Headers pane below).
mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    errors { field message }
    article {
      title
      statements(first: 10) { edges { node { kind text speaker { name } } } }
    }
  }
}
`;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The GraphiQL page's options, as createApp passes them to yoga. */
export const graphiqlOptions: GraphiQLOptions = {
  title: "Quotegraph",
  defaultQuery: graphiqlDefaultQuery,
  defaultTabs: [
    { query: graphiqlDefaultQuery },
    { query: graphiqlSearchQuery, variables: json({ query: "constructive" }) },
    { query: graphiqlPaginationQuery, variables: json({ after: null }) },
    {
      query: graphiqlMutation,
      variables: json({
        input: {
          title: "A test article",
          source: "Example Wire",
          body: "“We will keep talking,” Jane Roe, the mayor of Springfield, said on Monday.",
        },
      }),
      headers: json({ Authorization: "Bearer YOUR_QUOTEGRAPH_API_TOKEN" }),
    },
  ],
};
