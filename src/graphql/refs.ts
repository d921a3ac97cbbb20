/**
 * References to the domain types, declared before any is implemented so that each type's file can
 * point at the others without import cycles.
 */
import type { ArticleSummary, ParticipantRow, StatementRow } from "../loaders/index.ts";
import { builder } from "./builder.ts";

export const ArticleRef = builder.objectRef<ArticleSummary>("Article");
export const ParticipantRef = builder.objectRef<ParticipantRow>("Participant");
export const StatementRef = builder.objectRef<StatementRow>("Statement");

export const OrderDirection = builder.enumType("OrderDirection", {
  description: "Which way an ordered list runs.",
  values: { ASC: { description: "Smallest first." }, DESC: { description: "Largest first." } } as const,
});

// One connection type per entity, shared by every field that lists it (GitHub-style names), instead of
// one generated type per field.
export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: "ArticleConnection" },
  { name: "ArticleEdge" },
);
export const ParticipantConnection = builder.connectionObject(
  { type: ParticipantRef, name: "ParticipantConnection" },
  { name: "ParticipantEdge" },
);
export const StatementConnection = builder.connectionObject(
  { type: StatementRef, name: "StatementConnection" },
  { name: "StatementEdge" },
);
