/**
 * Opaque global IDs ("Type:localId" in base64url) and the checks that turn a client's ID into a row id.
 */
import { GraphQLError } from "graphql";

const nodeTypeNames = ["Article", "Participant", "Statement"] as const;
export type NodeTypeName = (typeof nodeTypeNames)[number];

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64url");
}

function invalidId(globalId: string, expected?: string, field = "id"): GraphQLError {
  const what = expected ? `${expected} ID` : "ID";
  return new GraphQLError(`"${globalId}" is not a valid ${what}.`, {
    extensions: { code: "BAD_USER_INPUT", field },
  });
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId)
    ? Buffer.from(globalId, "base64url").toString("utf8")
    : "";
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match?.[1] || !match[2]) throw invalidId(globalId);
  return { typename: match[1], id: match[2] };
}

/** The row id behind a global ID that must name a `typename`; a clear error for anything else. */
export function parseGlobalId(globalId: string, typename: NodeTypeName, field = "id"): number {
  const match = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId)
    ? /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"))
    : null;
  if (match?.[1] !== typename || !match[2]) throw invalidId(globalId, typename, field);
  return Number(match[2]);
}
