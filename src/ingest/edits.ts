/**
 * Editorial changes to stored data. Each runs in one transaction and keeps the derived data in step:
 * speakers' statement counts, aliases, search indexes (by trigger) and redirects of merged ids.
 */
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import type { DbExecutor } from "../db/client.ts";
import {
  articleParticipants,
  articles,
  type ParticipantRow,
  participantAliases,
  participantRedirects,
  participants,
  type StatementKind,
  type StatementRow,
  statementMentions,
  statements,
} from "../db/schema.ts";
import { addAliases } from "./storeExtraction.ts";

/** An input problem found inside a transaction; the transaction is rolled back. */
export class EditRejected extends Error {
  override name = "EditRejected";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function refreshStatementCounts(db: DbExecutor, participantIds: (number | null)[]): void {
  const ids = [...new Set(participantIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return;
  db.update(participants)
    .set({
      statementCount: sql`(select count(*) from ${statements} where ${statements.speakerId} = ${participants.id})`,
    })
    .where(inArray(participants.id, ids))
    .run();
}

export interface StatementChanges {
  speakerId?: number | null;
  kind?: StatementKind;
  text?: string;
}

/** Finds the new text in the article body, nearest the old position, so highlights stay right. */
function locate(body: string, text: string, near: number | null): { start: number; end: number } | null {
  const positions: number[] = [];
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) positions.push(at);
  if (positions.length === 0) return null;
  const anchor = near ?? 0;
  const start = positions.reduce((best, at) => (Math.abs(at - anchor) < Math.abs(best - anchor) ? at : best));
  return { start, end: start + text.length };
}

/** The id of a participant merged into another leads to the one kept, as it does everywhere in the API. */
function currentParticipantId(db: DbExecutor, id: number): number {
  const redirect = db
    .select({ toId: participantRedirects.toId })
    .from(participantRedirects)
    .where(eq(participantRedirects.fromId, id))
    .get();
  return redirect?.toId ?? id;
}

export function updateStatement(db: DbExecutor, id: number, requested: StatementChanges): StatementRow {
  return db.transaction((tx) => {
    const changes =
      requested.speakerId == null
        ? requested
        : { ...requested, speakerId: currentParticipantId(tx, requested.speakerId) };
    const current = tx.select().from(statements).where(eq(statements.id, id)).get();
    if (!current) throw new EditRejected("id", "No statement has this ID.");
    if (changes.speakerId != null) {
      const speaker = tx
        .select({ id: participants.id })
        .from(participants)
        .where(eq(participants.id, changes.speakerId))
        .get();
      if (!speaker) throw new EditRejected("speakerId", "No participant has this ID.");
    }
    let position = {};
    if (changes.text !== undefined && changes.text !== current.text) {
      const article = tx
        .select({ body: articles.body })
        .from(articles)
        .where(eq(articles.id, current.articleId))
        .get();
      // Text that is no longer in the body has no position to highlight.
      position = locate(article?.body ?? "", changes.text, current.start) ?? { start: null, end: null };
    }
    const values = { ...changes, ...position };
    // Nothing asked for: the statement stays as it is (an UPDATE with no columns is not valid SQL).
    if (Object.values(values).every((value) => value === undefined)) return current;
    const updated = tx.update(statements).set(values).where(eq(statements.id, id)).returning().get();
    if (changes.speakerId !== undefined) refreshStatementCounts(tx, [current.speakerId, updated.speakerId]);
    return updated;
  });
}

export function mergeParticipants(
  db: DbExecutor,
  requestedKeepId: number,
  requestedMergeId: number,
): ParticipantRow {
  return db.transaction((tx) => {
    const keepId = currentParticipantId(tx, requestedKeepId);
    const mergeId = currentParticipantId(tx, requestedMergeId);
    if (keepId === mergeId) throw new EditRejected("mergeId", "A participant cannot be merged into itself.");
    const kept = tx.select().from(participants).where(eq(participants.id, keepId)).get();
    if (!kept) throw new EditRejected("keepId", "No participant has this ID.");
    const merged = tx.select().from(participants).where(eq(participants.id, mergeId)).get();
    if (!merged) throw new EditRejected("mergeId", "No participant has this ID.");

    const mergedAliases = tx
      .select({ alias: participantAliases.alias })
      .from(participantAliases)
      .where(eq(participantAliases.participantId, mergeId))
      .all()
      .map((row) => row.alias);
    addAliases(tx, keepId, kept.name, [merged.name, ...mergedAliases]);

    tx.update(statements).set({ speakerId: keepId }).where(eq(statements.speakerId, mergeId)).run();
    tx.run(sql`insert or ignore into ${statementMentions} (statement_id, participant_id)
      select statement_id, ${keepId} from ${statementMentions} where participant_id = ${mergeId}`);
    tx.run(sql`insert or ignore into ${articleParticipants} (article_id, participant_id, role, position)
      select article_id, ${keepId}, role, position from ${articleParticipants} where participant_id = ${mergeId}`);
    if (kept.role === null && merged.role !== null) {
      tx.update(participants).set({ role: merged.role }).where(eq(participants.id, keepId)).run();
    }
    // Earlier merges into the folded participant now lead to the kept one too.
    tx.update(participantRedirects).set({ toId: keepId }).where(eq(participantRedirects.toId, mergeId)).run();
    tx.insert(participantRedirects).values({ fromId: mergeId, toId: keepId }).run();
    tx.delete(participants).where(eq(participants.id, mergeId)).run();
    refreshStatementCounts(tx, [keepId]);
    return tx.select().from(participants).where(eq(participants.id, keepId)).get() as ParticipantRow;
  });
}

/** Deletes an article and its statements, and the participants it leaves with no statement and no article. */
export function deleteArticle(db: DbExecutor, id: number): void {
  db.transaction((tx) => {
    const article = tx.select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get();
    if (!article) throw new EditRejected("id", "No article has this ID.");
    const speakerIds = tx
      .selectDistinct({ id: statements.speakerId })
      .from(statements)
      .where(eq(statements.articleId, id))
      .all()
      .map((row) => row.id);
    const namedIds = tx
      .select({ id: articleParticipants.participantId })
      .from(articleParticipants)
      .where(eq(articleParticipants.articleId, id))
      .all()
      .map((row) => row.id);
    tx.delete(articles).where(eq(articles.id, id)).run();
    refreshStatementCounts(tx, speakerIds);
    const candidates = [
      ...new Set([...namedIds, ...speakerIds.filter((speaker): speaker is number => speaker !== null)]),
    ];
    if (candidates.length === 0) return;
    tx.delete(participants)
      .where(
        and(
          inArray(participants.id, candidates),
          notExists(
            tx.select({ one: sql`1` }).from(statements).where(eq(statements.speakerId, participants.id)),
          ),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(articleParticipants)
              .where(eq(articleParticipants.participantId, participants.id)),
          ),
        ),
      )
      .run();
  });
}
