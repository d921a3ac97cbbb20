/**
 * The example client's operations. Each is a typed document: `ResultOf<typeof X>` and `VariablesOf<typeof X>`
 * are inferred from `schema.graphql`, and the persisted-documents manifest is built from these.
 */
import { graphql } from "./graphql.ts";

/** The nested lookup: a speaker by name, what they said, and where each statement was reported. */
export const SpeakerStatements = graphql(`
  query SpeakerStatements($name: String!, $first: Int = 10) {
    participant(name: $name) {
      id
      name
      role
      kind
      aliases
      statementCount
      statements(first: $first) {
        totalCount
        edges {
          node {
            id
            kind
            text
            cue
            article {
              id
              title
              source
              publishedAt
              speakers {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** Full-text search over statements, articles and participants, best match first. */
export const Search = graphql(`
  query Search($query: String!, $first: Int = 10, $after: String) {
    search(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        rank
        snippet
        node {
          __typename
          ... on Statement {
            id
            text
            speaker {
              name
            }
          }
          ... on Article {
            id
            title
          }
          ... on Participant {
            id
            name
          }
        }
      }
    }
  }
`);

/** One page of participants, most quoted first; pass the previous page's `endCursor` as `after`. */
export const ParticipantsPage = graphql(`
  query ParticipantsPage($first: Int!, $after: String) {
    participants(first: $first, after: $after, orderBy: { field: STATEMENT_COUNT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          statementCount
        }
      }
    }
  }
`);

/** Stores an article and extracts its statements; needs `Authorization: Bearer TOKEN`. */
export const IngestArticle = graphql(`
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      errors {
        field
        message
      }
      article {
        id
        title
        statements(first: 10) {
          totalCount
          edges {
            node {
              text
              kind
              speaker {
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** Every operation of the example, by name: what the persisted-documents manifest holds. */
export const exampleOperations = { SpeakerStatements, Search, ParticipantsPage, IngestArticle };
