import { type FoundStatement, SentenceAttributor } from "./attribution.js";
import { stripDateline } from "./dateline.js";
import { ArticleFormatError } from "./errors.js";
import { registerNamedMentions } from "./namedMentions.js";
import { bodySpan, normalize } from "./normalize.js";
import { splitParagraphs } from "./paragraphs.js";
import { type Participant, ParticipantRegistry } from "./participants.js";
import { findQuoteSpans } from "./quoteSpans.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { resolveContextSpeakers } from "./speakerContext.js";
import { statementMentions } from "./statementMentions.js";
import { tokenize } from "./tokens.js";
import type { ArticleInput, ExtractedStatement, Extraction } from "./types.js";

export { ArticleFormatError } from "./errors.js";
export { isHttpUrl, readArticleFile } from "./frontMatter.js";
export type * from "./types.js";

const TITLE_WORDS = 12;

function deriveTitle(firstParagraph: string): string {
  const sentence = firstParagraph.split(/(?<=[.!?])\s+/)[0] ?? firstParagraph;
  const words = sentence.split(/\s+/);
  return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(" ")}…` : sentence;
}

export function extractArticle(input: ArticleInput): Extraction {
  if (input.body.trim() === "") throw new ArticleFormatError("article body is empty");
  const dateline = stripDateline(input.body);
  if (dateline.body === "") throw new ArticleFormatError("article body has nothing after its dateline");
  const body = dateline.body;
  const normalized = normalize(body);
  const paragraphs = splitParagraphs(normalized.text);
  const quotes = findQuoteSpans(normalized.text, paragraphs);
  const sentences: Sentence[] = paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph.index, tokenize(normalized.text, paragraph.start, paragraph.end, quotes)),
  );

  const registry = new ParticipantRegistry();
  registerNamedMentions(sentences, registry);
  const attributor = new SentenceAttributor(registry);
  const found: FoundStatement[] = [];
  const narrativeSubjects = new Map<number, Participant>();
  for (const sentence of sentences) {
    const statements = attributor.attribute(sentence);
    found.push(...statements);
    if (statements.length) narrativeSubjects.delete(sentence.paragraph);
    else {
      const subject = attributor.narrativeSubject(sentence);
      if (subject) narrativeSubjects.set(sentence.paragraph, subject);
    }
  }
  resolveContextSpeakers(found, narrativeSubjects);

  const participants = registry.toOutput();
  const statements: ExtractedStatement[] = found.map((statement) => {
    const { start, end } = bodySpan(normalized, statement.start, statement.end);
    const text = body.slice(start, end);
    return {
      text,
      kind: statement.kind,
      speaker: statement.speaker?.name ?? null,
      cue: statement.cue,
      paragraph: statement.paragraph,
      start,
      end,
      mentions: statementMentions(text, registry.list(), statement.speaker as Participant | null),
    };
  });
  const firstParagraph = paragraphs[0];
  const title =
    input.title?.trim() ||
    deriveTitle(firstParagraph ? normalized.text.slice(firstParagraph.start, firstParagraph.end) : body);
  return {
    article: {
      title,
      source: input.source?.trim() || dateline.source,
      url: input.url?.trim() || null,
      publishedAt: input.publishedAt?.trim() || null,
      body,
    },
    participants,
    statements,
  };
}
