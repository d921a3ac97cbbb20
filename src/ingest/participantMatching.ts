/**
 * Cross-article identity: decides whether a participant extracted from a new article is someone already
 * stored. Precision beats recall here: two different Clintons must stay apart, so a match needs a key
 * that is specific (a full name, or an organisation's name) and a single candidate.
 */
import { and, eq, inArray, or } from "drizzle-orm";
import type { DbExecutor } from "../db/client.ts";
import { nameKey } from "../db/keys.ts";
import { participantAliases, participants } from "../db/schema.ts";
import type { ExtractedParticipant } from "../extract/types.ts";

/** Anonymous sources and ad-hoc groups are scoped to their article: "the official" of two stories are two people. */
function mergesAcrossArticles(participant: ExtractedParticipant): boolean {
  return participant.kind === "person" || participant.kind === "organization";
}

/** Keys specific enough to identify a participant outside its article. */
function identifyingKeys(participant: ExtractedParticipant): string[] {
  const keys = [participant.name, ...participant.aliases].map(nameKey).filter(Boolean);
  const specific =
    participant.kind === "person"
      ? // A bare surname ("Clinton") names different people in different stories.
        keys.filter((key) => key.includes(" ") || key === nameKey(participant.name))
      : keys;
  return [...new Set(specific)];
}

export function findExistingParticipant(db: DbExecutor, participant: ExtractedParticipant): number | null {
  if (!mergesAcrossArticles(participant)) return null;
  const keys = identifyingKeys(participant);
  if (keys.length === 0) return null;
  const candidates = db
    .selectDistinct({ id: participants.id })
    .from(participants)
    .leftJoin(participantAliases, eq(participantAliases.participantId, participants.id))
    .where(
      and(
        eq(participants.kind, participant.kind),
        or(inArray(participants.nameKey, keys), inArray(participantAliases.aliasKey, keys)),
      ),
    )
    .limit(2)
    .all();
  return candidates.length === 1 ? (candidates[0]?.id ?? null) : null;
}
