import { stripDateline } from "./dateline.js";
import { ArticleFormatError } from "./errors.js";
import { bodySpan, normalize } from "./normalize.js";
import { splitParagraphs } from "./paragraphs.js";
import { findQuoteSpans } from "./quoteSpans.js";
import type { ArticleInput, ExtractedStatement, Extraction } from "./types.js";

export { ArticleFormatError } from "./errors.js";
export { readArticleFile } from "./frontMatter.js";
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
  const statements: ExtractedStatement[] = quotes.map((quote) => {
    const { start, end } = bodySpan(normalized, quote.start, quote.end);
    return {
      text: body.slice(start, end),
      kind: "direct",
      speaker: null,
      cue: null,
      paragraph: quote.paragraph,
      start,
      end,
      mentions: [],
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
    participants: [],
    statements,
  };
}
