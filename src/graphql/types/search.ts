import type { ArticleSummary, ParticipantRow, StatementRow } from "../../loaders/index.ts";
import {
  countMatches,
  type SearchHit,
  type SearchPosition,
  search,
  searchResultTypes,
} from "../../loaders/search.ts";
import { builder } from "../builder.ts";
import { badInput, checkPageSize, decodePosition, defaultPageSize, encodePosition } from "../pagination.ts";
import { ArticleRef, ParticipantRef, StatementRef } from "../refs.ts";

const SearchResult = builder.unionType("SearchResult", {
  description: "Anything full-text search can find.",
  types: [ArticleRef, StatementRef, ParticipantRef],
});

interface SearchEdge extends SearchHit {
  cursor: string;
  node: ArticleSummary | ParticipantRow | StatementRow;
}

interface SearchConnection {
  edges: SearchEdge[];
  totalCount: () => number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const SearchResultEdge = builder.objectRef<SearchEdge>("SearchResultEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.field({ type: SearchResult, resolve: (edge) => edge.node }),
    snippet: t.exposeString("snippet", {
      description: "The best-matching passage, HTML-escaped, with matched words in <mark>…</mark>.",
    }),
    rank: t.float({
      description: "Relevance: higher is better (negated bm25).",
      resolve: (edge) => -edge.bm25,
    }),
  }),
});

const SearchResultConnection = builder.objectRef<SearchConnection>("SearchResultConnection").implement({
  fields: (t) => ({
    edges: t.field({ type: [SearchResultEdge], resolve: (connection) => connection.edges }),
    totalCount: t.int({
      description: "How many results match in all.",
      resolve: (connection) => connection.totalCount(),
    }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: ({ edges, hasNextPage, hasPreviousPage }) => ({
        hasNextPage,
        hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    }),
  }),
});

function decodeSearchCursor(cursor: string): SearchPosition {
  return decodePosition(cursor, "after", ([bm25, type, id, ...rest]) => {
    const knownType = searchResultTypes.find((candidate) => candidate === type);
    return typeof bm25 === "number" && knownType && typeof id === "number" && rest.length === 0
      ? { bm25, type: knownType, id }
      : undefined;
  });
}

builder.queryField("search", (t) =>
  t.field({
    type: SearchResultConnection,
    description:
      "Full-text search over statements, articles and participants, best match first. Where a query matches more than 5,000 items of one kind, the 5,000 newest are ranked.",
    args: {
      query: t.arg.string({
        required: true,
        description: "Words to find (all must occur; stemmed, accent-blind).",
      }),
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, context) => {
      const first = checkPageSize(args.first ?? defaultPageSize, "first");
      const after = args.after ? decodeSearchCursor(args.after) : null;
      const result = search(context.db, args.query, first, after);
      if (!result) throw badInput('"query" must contain at least one word.', "query");
      const loaderOf = {
        Article: context.loaders.article,
        Participant: context.loaders.participant,
        Statement: context.loaders.statement,
      };
      const nodes = await Promise.all(result.hits.map((hit) => loaderOf[hit.type].load(hit.id)));
      const edges = result.hits.flatMap((hit, index) => {
        const node = nodes[index];
        return node ? [{ ...hit, node, cursor: encodePosition([hit.bm25, hit.type, hit.id]) }] : [];
      });
      return {
        edges,
        hasNextPage: result.hasNextPage,
        hasPreviousPage: after !== null,
        totalCount: () => countMatches(context.db, args.query),
      };
    },
  }),
);
