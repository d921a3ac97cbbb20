/**
 * Everything the API shows about the stored data, read through GraphQL: what "nothing was written" is
 * checked against. Sized for the small databases of the mutation tests (at most 100 of each).
 */
import { expect } from "vitest";
import { dataOf, type Gql, type Loose } from "./testApp.ts";

const snapshotQuery = `{
  articles(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node {
    id title source url publishedAt body participants(first: 100) { edges { node { id } } } } } }
  participants(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node {
    id name kind role aliases statementCount } } }
  statements(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node {
    id text kind cue start end speaker { id } article { id } mentions { id } } } }
}`;

export async function snapshot(gql: Gql): Promise<Loose> {
  const data = dataOf(await gql(snapshotQuery));
  for (const list of [data.articles, data.participants, data.statements]) {
    expect(list.totalCount, "snapshot is complete").toBe(list.edges.length);
  }
  return data;
}
