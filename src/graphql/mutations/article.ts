import { isHttpUrl } from "../../extract/index.ts";
import { deleteArticle } from "../../ingest/edits.ts";
import { ingestArticle, textProblem } from "../../ingest/ingestFiles.ts";
import { builder } from "../builder.ts";
import { parseGlobalId } from "../globalIds.ts";
import { ArticleRef } from "../refs.ts";
import { type UserError, UserErrorRef } from "../types/userError.ts";
import { requireWriter, withUserErrors } from "./payloads.ts";

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  fields: (t) => ({
    title: t.string({ required: false, description: "Derived from the text when absent." }),
    source: t.string({
      required: false,
      description: 'The outlet; a leading dateline ("CNN –") is used when absent.',
    }),
    url: t.string({
      required: false,
      description: "http(s) address; an article with a stored url is not stored again.",
    }),
    publishedAt: t.field({ type: "DateTime", required: false }),
    body: t.string({ required: true, description: "The text; paragraphs separated by line breaks." }),
  }),
});

/** Bodies over `maxBodyBytes` (QUOTEGRAPH_MAX_ARTICLE_BYTES) are refused: extraction time grows with length. */
function checkIngestInput(input: typeof IngestArticleInput.$inferInput, maxBodyBytes: number): UserError[] {
  const errors: UserError[] = [];
  if (input.body.trim() === "") errors.push({ field: "input.body", message: "The body is empty." });
  if (Buffer.byteLength(input.body, "utf8") > maxBodyBytes) {
    errors.push({ field: "input.body", message: `The body is over ${formatBytes(maxBodyBytes)}.` });
  }
  if (input.url != null && !isHttpUrl(input.url)) {
    errors.push({ field: "input.url", message: "The url must be an http(s) address." });
  }
  if (input.title != null && (input.title.trim() === "" || input.title.length > 1000)) {
    errors.push({ field: "input.title", message: "The title must be 1 to 1000 characters." });
  }
  // The body is checked by ingestArticle, for `npm run ingest` too; the other texts here.
  for (const field of ["title", "source", "url"] as const) {
    const problem = input[field] == null ? null : textProblem(input[field]);
    if (problem) errors.push({ field: `input.${field}`, message: `The ${field} ${problem}.` });
  }
  return errors;
}

const IngestArticlePayload = builder
  .objectRef<{ article: typeof ArticleRef.$inferType | null; created: boolean; errors: UserError[] }>(
    "IngestArticlePayload",
  )
  .implement({
    fields: (t) => ({
      article: t.field({
        type: ArticleRef,
        nullable: true,
        description:
          "The stored article (the existing one when it was already stored); null on invalid input.",
        resolve: (payload) => payload.article,
      }),
      created: t.exposeBoolean("created", { description: "False when the article was already stored." }),
      errors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.errors }),
    }),
  });

const DeleteArticleInput = builder.inputType("DeleteArticleInput", {
  fields: (t) => ({ id: t.id({ required: true, description: "The article to delete." }) }),
});

const DeleteArticlePayload = builder
  .objectRef<{ deletedId: string | null; errors: UserError[] }>("DeleteArticlePayload")
  .implement({
    fields: (t) => ({
      deletedId: t.exposeID("deletedId", {
        nullable: true,
        description: "The global ID of the deleted article.",
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.errors }),
    }),
  });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description: "Extracts an article's statements and participants and stores them, in one transaction.",
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: (_root, { input }, context) => {
      requireWriter(context);
      const errors = checkIngestInput(input, context.maxArticleBytes);
      if (errors.length > 0) return { article: null, created: false, errors };
      const { result, errors: writeErrors } = withUserErrors("input", () => ingestArticle(context.db, input));
      return { article: result?.article ?? null, created: result?.created ?? false, errors: writeErrors };
    },
  }),
  deleteArticle: t.field({
    type: DeleteArticlePayload,
    description: "Deletes an article, its statements, and the participants no other article names.",
    args: { input: t.arg({ type: DeleteArticleInput, required: true }) },
    resolve: (_root, { input }, context) => {
      requireWriter(context);
      const { result, errors } = withUserErrors("input", () => {
        deleteArticle(context.db, parseGlobalId(input.id, "Article"));
        return input.id;
      });
      return { deletedId: result, errors };
    },
  }),
}));
