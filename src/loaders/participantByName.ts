import { desc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbExecutor } from "../db/client.ts";
import { nameKey } from "../db/keys.ts";
import { type ParticipantRow, participantAliases, participants } from "../db/schema.ts";

/**
 * The participant a name or alias refers to: an exact name beats an alias, and among several people
 * answering to one alias ("Clinton") the one quoted most.
 */
export function findParticipantByName(db: DbExecutor, name: string): ParticipantRow | null {
  const key = nameKey(name);
  if (key === "") return null;
  const aliasOwners = db
    .select({ id: participantAliases.participantId })
    .from(participantAliases)
    .where(eq(participantAliases.aliasKey, key));
  return (
    db
      .select()
      .from(participants)
      .where(or(eq(participants.nameKey, key), inArray(participants.id, aliasOwners)))
      .orderBy(sql`${participants.nameKey} = ${key} desc`, desc(participants.statementCount), participants.id)
      .limit(1)
      .get() ?? null
  );
}
