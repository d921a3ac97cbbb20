/** Body paragraphs: separated by one or more line breaks, offsets into the normalised text, trimmed. */
export interface Paragraph {
  /** 1-based position among the body's paragraphs. */
  index: number;
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lines = /[^\n]+/g;
  for (let match = lines.exec(text); match; match = lines.exec(text)) {
    const line = match[0];
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const start = match.index + leading;
    paragraphs.push({ index: paragraphs.length + 1, start, end: start + trimmed.length });
  }
  return paragraphs;
}
