/** What GraphiQL opens with: the nested lookup Quotegraph exists for, runnable on the seed. */
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
