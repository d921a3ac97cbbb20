import { mergeParticipants } from "../../ingest/edits.ts";
import { builder } from "../builder.ts";
import { parseGlobalId } from "../globalIds.ts";
import { ParticipantRef } from "../refs.ts";
import { type UserError, UserErrorRef } from "../types/userError.ts";
import { requireWriter, withUserErrors } from "./payloads.ts";

const MergeParticipantsInput = builder.inputType("MergeParticipantsInput", {
  fields: (t) => ({
    keepId: t.id({ required: true, description: "The participant that remains." }),
    mergeId: t.id({
      required: true,
      description: "The participant folded in; its ID then resolves to the kept one.",
    }),
  }),
});

const MergeParticipantsPayload = builder
  .objectRef<{ participant: typeof ParticipantRef.$inferType | null; errors: UserError[] }>(
    "MergeParticipantsPayload",
  )
  .implement({
    fields: (t) => ({
      participant: t.field({
        type: ParticipantRef,
        nullable: true,
        description: "The kept participant, with the other folded in; null when nothing was merged.",
        resolve: (payload) => payload.participant,
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.errors }),
    }),
  });

builder.mutationField("mergeParticipants", (t) =>
  t.field({
    type: MergeParticipantsPayload,
    description: "Folds one participant into another: names become aliases, statements and mentions move.",
    args: { input: t.arg({ type: MergeParticipantsInput, required: true }) },
    resolve: (_root, { input }, context) => {
      requireWriter(context);
      const { result, errors } = withUserErrors("input", () =>
        mergeParticipants(
          context.db,
          parseGlobalId(input.keepId, "Participant", "keepId"),
          parseGlobalId(input.mergeId, "Participant", "mergeId"),
        ),
      );
      return { participant: result, errors };
    },
  }),
);
