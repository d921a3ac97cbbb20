import { GraphQLError } from "graphql";
import type { StatementFilter } from "../../loaders/filters.ts";
import { lists } from "../../loaders/lists.ts";
import { builder } from "../builder.ts";
import { parseGlobalId } from "../globalIds.ts";
import { resolveConnection } from "../pagination.ts";
import { ArticleRef, OrderDirection, ParticipantRef, StatementConnection, StatementRef } from "../refs.ts";

export const StatementKindEnum = builder.enumType("StatementKind", {
  description: "How the article reports what was said.",
  values: {
    DIRECT: { value: "direct", description: "A whole quoted utterance." },
    PARTIAL: { value: "partial", description: "A quoted fragment inside the writer's own sentence." },
    INDIRECT: {
      value: "indirect",
      description: 'Reported speech without quote marks: "Miller said the US had…".',
    },
  } as const,
});

export const StatementFilterInput = builder.inputType("StatementFilter", {
  description: "Narrows a list of statements; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: [StatementKindEnum], required: false, description: "Any of these kinds." }),
    speakerId: t.id({ required: false, description: "Said by this participant." }),
    articleId: t.id({ required: false, description: "From this article." }),
    mentionsId: t.id({ required: false, description: "Talking about this participant." }),
    text: t.string({
      required: false,
      description: "Full-text match on the statement's words (all must occur).",
    }),
    publishedAfter: t.field({
      type: "DateTime",
      required: false,
      description: "Article published after this.",
    }),
    publishedBefore: t.field({
      type: "DateTime",
      required: false,
      description: "Article published before this.",
    }),
  }),
});

export type StatementFilterArgs = typeof StatementFilterInput.$inferInput;

function optionalId(id: string | null | undefined, typename: "Article" | "Participant"): number | undefined {
  return id == null ? undefined : parseGlobalId(id, typename);
}

export function toStatementFilter(
  input: StatementFilterArgs | null | undefined,
): StatementFilter | undefined {
  if (!input) return undefined;
  return {
    kinds: input.kind ?? undefined,
    speakerId: optionalId(input.speakerId, "Participant"),
    articleId: optionalId(input.articleId, "Article"),
    mentionsId: optionalId(input.mentionsId, "Participant"),
    text: input.text ?? undefined,
    publishedAfter: input.publishedAfter ?? undefined,
    publishedBefore: input.publishedBefore ?? undefined,
  };
}

const StatementOrderField = builder.enumType("StatementOrderField", {
  values: {
    CREATED_AT: { description: "When the statement was stored (within an article: reading order)." },
    PUBLISHED_AT: { description: "When its article was published." },
  } as const,
});

const StatementOrder = builder.inputType("StatementOrder", {
  fields: (t) => ({
    field: t.field({ type: StatementOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true }),
  }),
});

builder.node(StatementRef, {
  description: "Something a participant said, as an article reports it.",
  id: { resolve: (statement) => statement.id },
  isTypeOf: (value) => typeof value === "object" && value !== null && "speakerId" in value,
  loadMany: (ids, context) => Promise.all(ids.map((id) => context.loaders.statement.load(Number(id)))),
  fields: (t) => ({
    text: t.exposeString("text", {
      description: "The quoted words without quote marks; for indirect speech, the reported clause.",
    }),
    kind: t.expose("kind", {
      type: StatementKindEnum,
      description: "Direct quote, partial quote or reported speech.",
    }),
    cue: t.exposeString("cue", {
      nullable: true,
      description: 'The words that attribute it: "said", "according to".',
    }),
    paragraph: t.exposeInt("paragraph", {
      nullable: true,
      description: "1-based paragraph of the article body.",
    }),
    start: t.exposeInt("start", { nullable: true, description: "Offset of `text` in the article body." }),
    end: t.exposeInt("end", { nullable: true, description: "Offset just past `text` in the article body." }),
    speaker: t.field({
      type: ParticipantRef,
      nullable: true,
      description: "Who said it; null where nobody could be attributed.",
      resolve: (statement, _args, context) =>
        statement.speakerId === null ? null : context.loaders.participant.load(statement.speakerId),
    }),
    article: t.field({
      type: ArticleRef,
      description: "The article that reports it.",
      resolve: async (statement, _args, context) => {
        const article = await context.loaders.article.load(statement.articleId);
        if (!article) throw new GraphQLError(`Statement ${statement.id} has no article.`);
        return article;
      },
    }),
    mentions: t.field({
      type: [ParticipantRef],
      description: "Participants the statement talks about.",
      resolve: (statement, _args, context) => context.loaders.mentions.load(statement.id),
    }),
  }),
});

builder.queryFields((t) => ({
  statement: t.field({
    type: StatementRef,
    nullable: true,
    description: "One statement by global ID; null when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => context.loaders.statement.load(parseGlobalId(args.id, "Statement")),
  }),
  statements: t.field({
    type: StatementConnection,
    description: "Every statement, filtered and ordered (newest first by default).",
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: StatementFilterInput, required: false }),
      orderBy: t.arg({ type: StatementOrder, required: false }),
    },
    resolve: (_root, args, context) => {
      const filter = toStatementFilter(args.filter);
      const order = args.orderBy ?? { field: "PUBLISHED_AT", direction: "DESC" };
      return resolveConnection(
        context,
        `statements:${JSON.stringify([filter, order])}`,
        () => lists.statements(filter, order),
        args,
      );
    },
  }),
}));
