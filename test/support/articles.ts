/**
 * Hand-written articles for API tests. `toExtraction` turns one into exactly the extraction it describes
 * (a body with one paragraph per statement, correct offsets), so tests of the API do not depend on how
 * well text extraction does.
 */
import type {
  ExtractedParticipant,
  ExtractedStatement,
  Extraction,
  ParticipantKind,
  StatementKind,
} from "../../src/extract/types.ts";

export interface FixtureParticipant {
  name: string;
  kind?: ParticipantKind;
  role?: string | null;
  aliases?: string[];
}

export interface FixtureStatement {
  /** A participant's name, or null when nobody is attributed. */
  speaker: string | null;
  text: string;
  kind?: StatementKind;
  /** Names of participants the statement talks about. */
  mentions?: string[];
}

export interface FixtureArticle {
  title: string;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  /** Everyone the article names, in order of first mention; speakers must be among them. */
  participants: FixtureParticipant[];
  statements: FixtureStatement[];
  /** An opening paragraph; the title when absent. */
  lead?: string;
}

const cueOf: Record<StatementKind, string> = { direct: "said", partial: "called", indirect: "said" };

/** One paragraph per statement; returns the paragraph and where the statement's text sits in it. */
function paragraphFor(statement: FixtureStatement): { paragraph: string; offset: number } {
  const speaker = statement.speaker ?? "Someone";
  switch (statement.kind ?? "direct") {
    case "direct":
      return { paragraph: `“${statement.text},” ${speaker} said.`, offset: 1 };
    case "partial": {
      const before = `${speaker} called it “`;
      return { paragraph: `${before}${statement.text}” on the day.`, offset: before.length };
    }
    case "indirect": {
      const before = `${speaker} said that `;
      return { paragraph: `${before}${statement.text}.`, offset: before.length };
    }
  }
}

export function toExtraction(article: FixtureArticle): Extraction {
  const names = new Set(article.participants.map((participant) => participant.name));
  for (const statement of article.statements) {
    for (const name of [statement.speaker, ...(statement.mentions ?? [])]) {
      if (name !== null && !names.has(name)) {
        throw new Error(`Fixture "${article.title}": ${name} is not one of its participants.`);
      }
    }
  }
  const paragraphs = [article.lead ?? `${article.title}.`];
  let body = paragraphs[0] ?? "";
  const statements: ExtractedStatement[] = article.statements.map((statement) => {
    const { paragraph, offset } = paragraphFor(statement);
    body += "\n";
    const start = body.length + offset;
    body += paragraph;
    paragraphs.push(paragraph);
    return {
      text: statement.text,
      kind: statement.kind ?? "direct",
      speaker: statement.speaker,
      cue: cueOf[statement.kind ?? "direct"],
      paragraph: paragraphs.length,
      start,
      end: start + statement.text.length,
      mentions: statement.mentions ?? [],
    };
  });
  const silent = article.participants.filter(
    (participant) => !article.statements.some((statement) => statement.speaker === participant.name),
  );
  if (silent.length > 0) body += `\nAlso named: ${silent.map((participant) => participant.name).join(", ")}.`;
  const participants: ExtractedParticipant[] = article.participants.map((participant) => ({
    name: participant.name,
    kind: participant.kind ?? "person",
    role: participant.role ?? null,
    aliases: participant.aliases ?? [],
  }));
  return {
    article: {
      title: article.title,
      source: article.source ?? null,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? null,
      body,
    },
    participants,
    statements,
  };
}
