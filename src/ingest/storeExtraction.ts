/**
 * Writes one extracted article, its participants and its statements in a single transaction. Re-storing
 * the same article (same url, or same body when it has no url) changes nothing.
 */
import { createHash } from "node:crypto";
import { eq, or, sql } from "drizzle-orm";
import type { DbExecutor } from "../db/client.ts";
import { nameKey } from "../db/keys.ts";
import {
  type ArticleRow,
  articleParticipants,
  articles,
  participantAliases,
  participants,
  statementMentions,
  statements,
} from "../db/schema.ts";
import type { ExtractedParticipant, Extraction } from "../extract/types.ts";
import { findExistingParticipant } from "./participantMatching.ts";

export interface StoreResult {
  article: ArticleRow;
  /** False when the article was already stored and nothing was written. */
  created: boolean;
  participantsCreated: number;
  participantsMatched: number;
  statementsCreated: number;
}

export function bodyHash(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

function findStoredArticle(db: DbExecutor, url: string | null, hash: string): ArticleRow | undefined {
  const sameArticle =
    url === null ? eq(articles.bodyHash, hash) : or(eq(articles.url, url), eq(articles.bodyHash, hash));
  return db.select().from(articles).where(sameArticle).limit(1).get();
}

/** Adds the aliases a participant does not have yet; returns nothing because the keys make it idempotent. */
export function addAliases(
  db: DbExecutor,
  participantId: number,
  canonicalName: string,
  aliases: string[],
): void {
  const canonicalKey = nameKey(canonicalName);
  const rows = aliases
    .map((alias) => ({ participantId, alias, aliasKey: nameKey(alias) }))
    .filter((row) => row.aliasKey !== "" && row.aliasKey !== canonicalKey);
  if (rows.length > 0) db.insert(participantAliases).values(rows).onConflictDoNothing().run();
}

function storeParticipant(
  db: DbExecutor,
  participant: ExtractedParticipant,
): { id: number; created: boolean } {
  const existingId = findExistingParticipant(db, participant);
  if (existingId !== null) {
    // The newest article's role wins: titles change (a minister becomes a former minister).
    if (participant.role !== null) {
      db.update(participants).set({ role: participant.role }).where(eq(participants.id, existingId)).run();
    }
    addAliases(db, existingId, participant.name, [participant.name, ...participant.aliases]);
    return { id: existingId, created: false };
  }
  const created = db
    .insert(participants)
    .values({
      name: participant.name,
      nameKey: nameKey(participant.name),
      kind: participant.kind,
      role: participant.role,
    })
    .returning({ id: participants.id })
    .get();
  addAliases(db, created.id, participant.name, participant.aliases);
  return { id: created.id, created: true };
}

export function storeExtraction(db: DbExecutor, extraction: Extraction): StoreResult {
  return db.transaction((tx) => {
    const { article } = extraction;
    const hash = bodyHash(article.body);
    const stored = findStoredArticle(tx, article.url, hash);
    if (stored) {
      return {
        article: stored,
        created: false,
        participantsCreated: 0,
        participantsMatched: 0,
        statementsCreated: 0,
      };
    }
    const articleRow = tx
      .insert(articles)
      .values({
        title: article.title,
        source: article.source,
        url: article.url,
        publishedAt: article.publishedAt ?? "",
        body: article.body,
        bodyHash: hash,
      })
      .returning()
      .get();

    const idByName = new Map<string, number>();
    let participantsCreated = 0;
    extraction.participants.forEach((participant, position) => {
      const { id, created } = storeParticipant(tx, participant);
      if (created) participantsCreated++;
      idByName.set(participant.name, id);
      tx.insert(articleParticipants)
        .values({ articleId: articleRow.id, participantId: id, role: participant.role, position })
        .onConflictDoNothing()
        .run();
    });

    const participantIdOf = (name: string | null): number | null =>
      name === null ? null : (idByName.get(name) ?? null);
    for (const statement of extraction.statements) {
      const speakerId = participantIdOf(statement.speaker);
      const row = tx
        .insert(statements)
        .values({
          articleId: articleRow.id,
          speakerId,
          text: statement.text,
          kind: statement.kind,
          cue: statement.cue,
          paragraph: statement.paragraph,
          start: statement.start,
          end: statement.end,
          publishedAt: articleRow.publishedAt,
        })
        .returning({ id: statements.id })
        .get();
      const mentioned = new Set(
        statement.mentions.map(participantIdOf).filter((id): id is number => id !== null),
      );
      if (mentioned.size > 0) {
        tx.insert(statementMentions)
          .values([...mentioned].map((participantId) => ({ statementId: row.id, participantId })))
          .run();
      }
      if (speakerId !== null) {
        tx.update(participants)
          .set({ statementCount: sql`${participants.statementCount} + 1` })
          .where(eq(participants.id, speakerId))
          .run();
      }
    }
    return {
      article: articleRow,
      created: true,
      participantsCreated,
      participantsMatched: extraction.participants.length - participantsCreated,
      statementsCreated: extraction.statements.length,
    };
  });
}
