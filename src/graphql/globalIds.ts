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

function readGlobalId(globalId: string): { typename: NodeTypeName; id: string } | null {
  const match = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId)
    ? /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"))
    : null;
  const typename = nodeTypeNames.find((name) => name === match?.[1]);
  return typename && match?.[2] ? { typename, id: match[2] } : null;
}

/** For the Relay plugin's node/nodes: IDs this API never issued are a client error, not a missing node. */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = readGlobalId(globalId);
  if (!decoded) throw invalidId(globalId);
  return decoded;
}

/** The row id behind a global ID that must name a `typename`; a clear error for anything else. */
export function parseGlobalId(globalId: string, typename: NodeTypeName, field = "id"): number {
  const decoded = readGlobalId(globalId);
  if (decoded?.typename !== typename) throw invalidId(globalId, typename, field);
  return Number(decoded.id);
}
