import { GraphQLError } from "graphql";
import { lists } from "../../loaders/lists.ts";
import { findParticipantByName } from "../../loaders/participantByName.ts";
import { builder } from "../builder.ts";
import { parseGlobalId } from "../globalIds.ts";
import { resolveConnection } from "../pagination.ts";
import {
  ArticleConnection,
  OrderDirection,
  ParticipantConnection,
  ParticipantRef,
  StatementConnection,
} from "../refs.ts";
import { StatementFilterInput, toStatementFilter } from "./statement.ts";

export const ParticipantKindEnum = builder.enumType("ParticipantKind", {
  description: "What sort of speaker or subject a participant is.",
  values: {
    PERSON: { value: "person", description: "A named person." },
    ORGANIZATION: { value: "organization", description: "A company, government, agency or outlet." },
    GROUP: { value: "group", description: 'Several people spoken of together: "Chinese officials".' },
    ANONYMOUS: { value: "anonymous", description: 'An unnamed source: "a senior administration official".' },
  } as const,
});

const ParticipantFilterInput = builder.inputType("ParticipantFilter", {
  fields: (t) => ({
    kind: t.field({ type: [ParticipantKindEnum], required: false, description: "Any of these kinds." }),
    name: t.string({ required: false, description: "Case-insensitive substring of the name or an alias." }),
  }),
});

const ParticipantOrderField = builder.enumType("ParticipantOrderField", {
  values: {
    CREATED_AT: { description: "When the participant was first stored." },
    NAME: { description: "Alphabetically, ignoring case." },
    STATEMENT_COUNT: { description: "How many statements they made." },
  } as const,
});

const ParticipantOrder = builder.inputType("ParticipantOrder", {
  fields: (t) => ({
    field: t.field({ type: ParticipantOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true }),
  }),
});

builder.node(ParticipantRef, {
  description: "A person, organisation, group or anonymous source that an article names.",
  id: { resolve: (participant) => participant.id },
  isTypeOf: (value) => typeof value === "object" && value !== null && "nameKey" in value,
  loadMany: (ids, context) => Promise.all(ids.map((id) => context.loaders.participant.load(Number(id)))),
  fields: (t) => ({
    name: t.exposeString("name", { description: 'The fullest name articles give: "Antony Blinken".' }),
    kind: t.expose("kind", {
      type: ParticipantKindEnum,
      description: "Person, organisation, group or anonymous source.",
    }),
    role: t.exposeString("role", {
      nullable: true,
      description: 'Their title or description: "US Secretary of State".',
    }),
    aliases: t.field({
      type: ["String"],
      description: 'Other names articles use for them: "Blinken", "the official".',
      resolve: (participant, _args, context) => context.loaders.aliases.load(participant.id),
    }),
    statementCount: t.exposeInt("statementCount", {
      description: "How many statements they are the speaker of.",
    }),
    statements: t.field({
      type: StatementConnection,
      description: "What they said, newest first.",
      args: { ...t.arg.connectionArgs(), filter: t.arg({ type: StatementFilterInput, required: false }) },
      resolve: (participant, args, context) => {
        const filter = toStatementFilter(args.filter);
        return resolveConnection(
          context,
          `participant.statements:${JSON.stringify(filter)}`,
          () => lists.statementsOfSpeaker(filter),
          args,
          participant.id,
        );
      },
    }),
    articles: t.field({
      type: ArticleConnection,
      description: "Articles that name them, speaking or not, newest first.",
      args: t.arg.connectionArgs(),
      resolve: (participant, args, context) =>
        resolveConnection(context, "participant.articles", lists.articlesOfParticipant, args, participant.id),
    }),
    quotedWith: t.field({
      type: ParticipantConnection,
      description: "Other speakers quoted in the articles where they speak, by name.",
      args: t.arg.connectionArgs(),
      resolve: (participant, args, context) =>
        resolveConnection(context, "participant.quotedWith", lists.quotedWith, args, participant.id),
    }),
    mentionedIn: t.field({
      type: StatementConnection,
      description: "Statements that talk about them, newest first.",
      args: t.arg.connectionArgs(),
      resolve: (participant, args, context) =>
        resolveConnection(
          context,
          "participant.mentionedIn",
          lists.statementsMentioning,
          args,
          participant.id,
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  participant: t.field({
    type: ParticipantRef,
    nullable: true,
    description: "One participant, by global ID or by a name or alias (case-insensitive).",
    args: { id: t.arg.id({ required: false }), name: t.arg.string({ required: false }) },
    resolve: async (_root, args, context) => {
      if ((args.id == null) === (args.name == null)) {
        throw new GraphQLError('Pass exactly one of "id" and "name".', {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      if (args.id != null) return context.loaders.participant.load(parseGlobalId(args.id, "Participant"));
      return findParticipantByName(context.db, args.name ?? "");
    },
  }),
  participants: t.field({
    type: ParticipantConnection,
    description: "Every participant, filtered and ordered (by name by default).",
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ParticipantFilterInput, required: false }),
      orderBy: t.arg({ type: ParticipantOrder, required: false }),
    },
    resolve: (_root, args, context) => {
      const filter = args.filter
        ? { kinds: args.filter.kind ?? undefined, name: args.filter.name ?? undefined }
        : undefined;
      const order = args.orderBy ?? { field: "NAME", direction: "ASC" };
      return resolveConnection(
        context,
        `participants:${JSON.stringify([filter, order])}`,
        () => lists.participants(filter, order),
        args,
      );
    },
  }),
}));
