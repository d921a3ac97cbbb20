import { updateStatement } from "../../ingest/edits.ts";
import { builder } from "../builder.ts";
import { parseGlobalId } from "../globalIds.ts";
import { StatementRef } from "../refs.ts";
import { StatementKindEnum } from "../types/statement.ts";
import { type UserError, UserErrorRef } from "../types/userError.ts";
import { requireWriter, withUserErrors } from "./payloads.ts";

const UpdateStatementInput = builder.inputType("UpdateStatementInput", {
  description:
    "An editorial fix. Omitted fields stay as they are; `speakerId: null` removes the attribution.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The statement to correct." }),
    speakerId: t.id({ required: false, description: "The participant who said it." }),
    kind: t.field({ type: StatementKindEnum, required: false, description: "How the article reports it." }),
    text: t.string({ required: false, description: "The words, without quote marks." }),
  }),
});

const UpdateStatementPayload = builder
  .objectRef<{ statement: typeof StatementRef.$inferType | null; errors: UserError[] }>(
    "UpdateStatementPayload",
  )
  .implement({
    fields: (t) => ({
      statement: t.field({
        type: StatementRef,
        nullable: true,
        description: "The statement as corrected; null when nothing was changed.",
        resolve: (payload) => payload.statement,
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.errors }),
    }),
  });

builder.mutationField("updateStatement", (t) =>
  t.field({
    type: UpdateStatementPayload,
    description: "Corrects a statement's speaker, kind or text.",
    args: { input: t.arg({ type: UpdateStatementInput, required: true }) },
    resolve: (_root, { input }, context) => {
      requireWriter(context);
      if (input.text != null && input.text.trim() === "") {
        return { statement: null, errors: [{ field: "input.text", message: "The text cannot be empty." }] };
      }
      const { result, errors } = withUserErrors("input", () =>
        updateStatement(context.db, parseGlobalId(input.id, "Statement"), {
          ...(input.speakerId !== undefined
            ? {
                speakerId:
                  input.speakerId === null
                    ? null
                    : parseGlobalId(input.speakerId, "Participant", "speakerId"),
              }
            : {}),
          ...(input.kind != null ? { kind: input.kind } : {}),
          ...(input.text != null ? { text: input.text } : {}),
        }),
      );
      return { statement: result, errors };
    },
  }),
);
