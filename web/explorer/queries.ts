/**
 * The explorer's operations, typed from schema.graphql by gql.tada exactly as the example client's are; they
 * are part of the persisted-documents manifest too.
 */
import { graphql } from "../../examples/graphql.ts";

/** One page of participants whose name or alias contains `name`, most quoted first. */
export const ExplorerSpeakers = graphql(`
  query ExplorerSpeakers($name: String, $first: Int!, $after: String) {
    participants(
      first: $first
      after: $after
      filter: { name: $name }
      orderBy: { field: STATEMENT_COUNT, direction: DESC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          role
          statementCount
        }
      }
    }
  }
`);

/** A speaker and one page of their statements, each with its article, to group by article. */
export const ExplorerSpeaker = graphql(`
  query ExplorerSpeaker($id: ID!, $after: String) {
    participant(id: $id) {
      id
      name
      kind
      role
      aliases
      statementCount
      statements(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
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
            }
          }
        }
      }
    }
  }
`);

/** An article's body and one page of its statements in reading order, with offsets and speakers. */
export const ExplorerArticle = graphql(`
  query ExplorerArticle($id: ID!, $after: String) {
    article(id: $id) {
      id
      title
      source
      url
      publishedAt
      body
      statements(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            text
            start
            end
            speaker {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const explorerOperations = { ExplorerSpeakers, ExplorerSpeaker, ExplorerArticle };
