/**
 * What every mutation shares: the bearer-token check, and turning expected input problems into payload
 * `errors` (nothing written) while anything unexpected still surfaces as a masked server error.
 */
import { GraphQLError } from "graphql";
import { ArticleFormatError } from "../../extract/index.ts";
import { EditRejected } from "../../ingest/edits.ts";
import type { GraphQLContext } from "../context.ts";
import type { UserError } from "../types/userError.ts";

export function requireWriter(context: GraphQLContext): void {
  if (context.canWrite) return;
  const message = context.writesEnabled
    ? "Mutations need a valid API token: send the header `Authorization: Bearer <token>`."
    : "Writes are disabled on this server: no API token is configured (QUOTEGRAPH_API_TOKEN).";
  throw new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}

/** Runs a write; expected refusals become `{ errors }` with a null result, everything else propagates. */
export function withUserErrors<Result>(
  inputName: string,
  write: () => Result,
): { result: Result | null; errors: UserError[] } {
  try {
    return { result: write(), errors: [] };
  } catch (error) {
    if (error instanceof EditRejected) {
      return { result: null, errors: [{ field: `${inputName}.${error.field}`, message: error.message }] };
    }
    if (error instanceof ArticleFormatError) {
      return { result: null, errors: [{ field: `${inputName}.body`, message: error.message }] };
    }
    if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
      const field =
        typeof error.extensions.field === "string" ? `${inputName}.${error.extensions.field}` : null;
      return { result: null, errors: [{ field, message: error.message }] };
    }
    throw error;
  }
}
