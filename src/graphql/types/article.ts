import { lists } from "../../loaders/lists.ts";
import { builder } from "../builder.ts";
import { parseGlobalId } from "../globalIds.ts";
import { resolveConnection } from "../pagination.ts";
import {
  ArticleConnection,
  ArticleRef,
  OrderDirection,
  ParticipantConnection,
  ParticipantRef,
  StatementConnection,
} from "../refs.ts";
import { StatementFilterInput, toStatementFilter } from "./statement.ts";

const ArticleFilterInput = builder.inputType("ArticleFilter", {
  fields: (t) => ({
    source: t.string({ required: false, description: "The outlet, ignoring case." }),
    publishedAfter: t.field({ type: "DateTime", required: false, description: "Published after this." }),
    publishedBefore: t.field({ type: "DateTime", required: false, description: "Published before this." }),
    text: t.string({
      required: false,
      description: "Full-text match on title and body (all words must occur).",
    }),
  }),
});

const ArticleOrderField = builder.enumType("ArticleOrderField", {
  values: {
    CREATED_AT: { description: "When the article was stored." },
    PUBLISHED_AT: { description: "When it was published; undated articles come first ascending." },
    TITLE: { description: "Alphabetically by title, ignoring case." },
  } as const,
});

const ArticleOrder = builder.inputType("ArticleOrder", {
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true }),
  }),
});

builder.node(ArticleRef, {
  description: "A news article and everything said in it.",
  id: { resolve: (article) => article.id },
  isTypeOf: (value) => typeof value === "object" && value !== null && "title" in value,
  loadMany: (ids, context) => Promise.all(ids.map((id) => context.loaders.article.load(Number(id)))),
  fields: (t) => ({
    title: t.exposeString("title", { description: "The headline, or one derived from the text." }),
    source: t.exposeString("source", { nullable: true, description: "The outlet: CNN, Reuters…" }),
    url: t.exposeString("url", { nullable: true, description: "Where it was published (http or https)." }),
    publishedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it was published, as the article states; null when it does not.",
      resolve: (article) => (article.publishedAt === "" ? null : article.publishedAt),
    }),
    body: t.string({
      description: "The text; statements' start/end offsets point into it.",
      resolve: (article, _args, context) => context.loaders.articleBody.load(article.id),
    }),
    statements: t.field({
      type: StatementConnection,
      description: "Its statements in reading order.",
      args: { ...t.arg.connectionArgs(), filter: t.arg({ type: StatementFilterInput, required: false }) },
      resolve: (article, args, context) => {
        const filter = toStatementFilter(args.filter);
        return resolveConnection(
          context,
          `article.statements:${JSON.stringify(filter)}`,
          () => lists.statementsOfArticle(filter),
          args,
          article.id,
        );
      },
    }),
    speakers: t.field({
      type: [ParticipantRef],
      description: "Everyone quoted in it, once each, in order of their first statement.",
      resolve: (article, _args, context) => context.loaders.speakers.load(article.id),
    }),
    participants: t.field({
      type: ParticipantConnection,
      description: "Everyone the article names, speaking or not, in order of first mention.",
      args: t.arg.connectionArgs(),
      resolve: (article, args, context) =>
        resolveConnection(context, "article.participants", lists.participantsOfArticle, args, article.id),
    }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: "One article by global ID; null when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => context.loaders.article.load(parseGlobalId(args.id, "Article")),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: "Every article, filtered and ordered (newest first by default).",
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ArticleFilterInput, required: false }),
      orderBy: t.arg({ type: ArticleOrder, required: false }),
    },
    resolve: (_root, args, context) => {
      const filter = args.filter
        ? {
            source: args.filter.source ?? undefined,
            text: args.filter.text ?? undefined,
            publishedAfter: args.filter.publishedAfter ?? undefined,
            publishedBefore: args.filter.publishedBefore ?? undefined,
          }
        : undefined;
      const order = args.orderBy ?? { field: "PUBLISHED_AT", direction: "DESC" };
      return resolveConnection(
        context,
        `articles:${JSON.stringify([filter, order])}`,
        () => lists.articles(filter, order),
        args,
      );
    },
  }),
}));
