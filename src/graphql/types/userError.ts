import { builder } from "../builder.ts";

export interface UserError {
  /** The input field at fault, as a path ("input.body"); null when the whole input is. */
  field: string | null;
  message: string;
}

export const UserErrorRef = builder.objectRef<UserError>("UserError").implement({
  description: "Why a mutation's input was refused. Nothing was written.",
  fields: (t) => ({
    field: t.exposeString("field", { nullable: true, description: "The input field at fault, if one is." }),
    message: t.exposeString("message"),
  }),
});
