import type { Paragraph } from "./paragraphs.js";

/**
 * Quote spans, found by a character scanner over each paragraph before any sentence splitting, so that a
 * multi-sentence quote stays one span. Works on unbalanced text: it never needs an even number of marks.
 */
export interface QuoteSpan {
  /** Offsets of the quoted words: marks, surrounding spaces and a trailing comma excluded. */
  start: number;
  end: number;
  /** From the opening mark (or where a repaired span begins) to just past the closing mark. */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  /** The quote runs on from the previous paragraph (this paragraph opens with a fresh mark). */
  continuesPrevious: boolean;
  /** The quote is not closed in this paragraph and runs on into the next one. */
  continuesNext: boolean;
  /** A comma ends the quoted words ("“…,” she said"): the writer's sentence goes on to an attribution. */
  endsWithComma: boolean;
}

type MarkRole = "open" | "close";

const DOUBLE_OPENERS = new Set(["“", "„", "«"]);
const DOUBLE_CLOSERS = new Set(["”", "»"]);
const SINGLE_OPENERS = new Set(["‘", "'", "‹"]);
const SINGLE_CLOSERS = new Set(["’", "'", "›"]);
/** Characters after which a straight quote opens rather than closes. */
const OPENING_CONTEXT = /[\s([{\u2010-\u2015/-]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isDoubleMark(char: string): boolean {
  return char === '"' || DOUBLE_OPENERS.has(char) || DOUBLE_CLOSERS.has(char);
}

/**
 * Whether a double mark opens or closes, from its neighbours: scraped text often has the curly mark of the
 * wrong hand, so a mark glued to the following word and not to the previous one opens, whatever its shape.
 */
function doubleMarkRole(text: string, at: number, paragraphStart: number): MarkRole {
  const before = at > paragraphStart ? text.charAt(at - 1) : " ";
  const after = text.charAt(at + 1);
  const gluedBefore = !OPENING_CONTEXT.test(before) && !isDoubleMark(before);
  const gluedAfter = after !== "" && !/\s/.test(after);
  if (gluedAfter && !gluedBefore) return "open";
  if (gluedBefore && !gluedAfter) return "close";
  const char = text.charAt(at);
  if (DOUBLE_OPENERS.has(char)) return "open";
  if (DOUBLE_CLOSERS.has(char)) return "close";
  return gluedBefore ? "close" : "open";
}

/** A single quote at top level: opens before a word after a space, and must find its closer in the paragraph. */
function singleQuoteCloser(text: string, at: number, paragraphStart: number, paragraphEnd: number): number {
  const before = at > paragraphStart ? text.charAt(at - 1) : " ";
  if (!SINGLE_OPENERS.has(text.charAt(at)) || !OPENING_CONTEXT.test(before)) return -1;
  if (!WORD_CHAR.test(text.charAt(at + 1))) return -1;
  for (let i = at + 2; i < paragraphEnd; i++) {
    const char = text.charAt(i);
    if (isDoubleMark(char)) return -1;
    // A mark between letters is an apostrophe ("don’t", "China’s"), not a closer.
    if (SINGLE_CLOSERS.has(char) && !/\s/.test(text.charAt(i - 1)) && !WORD_CHAR.test(text.charAt(i + 1)))
      return i;
  }
  return -1;
}

/** Trims spaces around the quoted words and a trailing comma, which belongs to the sentence, not the quote. */
function contentBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /[\s,]/.test(text.charAt(e - 1))) e--;
  return [s, e];
}

/** Where a stray closer's quote begins, when the text since the previous quote reads as a new utterance. */
function strayQuoteStart(text: string, from: number, closer: number, previousEndsSentence: boolean): number {
  const segment = text.slice(from, closer);
  const firstWord = segment.search(/\S/);
  if (firstWord < 0) return -1;
  // "… a conversation.” It is a process.”": the previous quote ended a sentence and a new one starts.
  if (previousEndsSentence && /\p{Lu}/u.test(segment.charAt(firstWord))) return from + firstWord;
  // "… made it “clear” to Wang that the United States … order.”": the quote is the reported clause.
  const that = /\bthat\s+/.exec(segment);
  if (that) return from + that.index + that[0].length;
  return -1;
}

/** Start of the last sentence before `at`, for a closer with no opener in sight. */
function sentenceStartBefore(text: string, from: number, at: number): number {
  const segment = text.slice(from, at);
  const boundary = /[.!?]\s+(?=\p{Lu})/gu;
  let start = from;
  for (let match = boundary.exec(segment); match; match = boundary.exec(segment)) {
    start = from + match.index + match[0].length;
  }
  return start;
}

/** Role of the first double mark in a paragraph, to tell whether a dangling quote runs on into it. */
function firstDoubleMarkRole(text: string, paragraph: Paragraph): MarkRole | null {
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (isDoubleMark(text.charAt(i))) return doubleMarkRole(text, i, paragraph.start);
  }
  return null;
}

export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let quoteRunsOn = false;
  paragraphs.forEach((paragraph, position) => {
    const inParagraph: QuoteSpan[] = [];
    const push = (outerStart: number, contentStart: number, contentEnd: number, outerEnd: number) => {
      const [start, end] = contentBounds(text, contentStart, contentEnd);
      if (end <= start) return;
      const span: QuoteSpan = {
        start,
        end,
        outerStart,
        outerEnd,
        paragraph: paragraph.index,
        continuesPrevious: false,
        continuesNext: false,
        endsWithComma: text.slice(end, contentEnd).includes(","),
      };
      inParagraph.push(span);
    };
    const runsOnFromPrevious = quoteRunsOn;
    quoteRunsOn = false;
    let openedAt = -1;
    let lastCloseEnd = paragraph.start;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = text.charAt(i);
      if (!isDoubleMark(char)) {
        if (openedAt < 0) {
          const closer = singleQuoteCloser(text, i, paragraph.start, paragraph.end);
          if (closer > 0) {
            push(i, i + 1, closer, closer + 1);
            lastCloseEnd = closer + 1;
            i = closer;
          } else if (singleQuoteRunsOn(text, i, paragraph, paragraphs[position + 1])) {
            push(i, i + 1, paragraph.end, paragraph.end);
            const dangling = inParagraph.at(-1);
            if (dangling) dangling.continuesNext = true;
            quoteRunsOn = true;
            break;
          }
        }
        continue;
      }
      if (doubleMarkRole(text, i, paragraph.start) === "open") {
        // A second opener before any closer. After a finished sentence it is the run-on convention flattened
        // into one paragraph ("… if we get there. “The manager …"): the first quote ends there. Otherwise the
        // first opener was stray.
        if (openedAt >= 0 && /[.!?]\s*$/.test(text.slice(openedAt + 1, i)))
          push(openedAt, openedAt + 1, i, i);
        openedAt = i;
        continue;
      }
      if (openedAt >= 0) {
        push(openedAt, openedAt + 1, i, i + 1);
        openedAt = -1;
        lastCloseEnd = i + 1;
        continue;
      }
      const previous = inParagraph.at(-1);
      if (previous) {
        const endsSentence = /[.!?]$/.test(text.slice(previous.start, previous.end));
        const start = strayQuoteStart(text, lastCloseEnd, i, endsSentence);
        if (start >= 0) push(start, start, i, i + 1);
        else {
          // The notes' repair: a stray closer extends the previous quote over the closer it follows.
          previous.end = contentBounds(text, previous.start, i)[1];
          previous.outerEnd = i + 1;
          previous.endsWithComma = text.slice(previous.end, i).includes(",");
        }
      } else {
        const start = runsOnFromPrevious ? paragraph.start : sentenceStartBefore(text, paragraph.start, i);
        push(start, start, i, i + 1);
      }
      lastCloseEnd = i + 1;
    }
    if (openedAt >= 0) {
      const next = paragraphs[position + 1];
      // Multi-paragraph convention: the quote runs on when the next paragraph opens a new quote mark or
      // closes one it never opened; otherwise the opener was stray.
      if (next && startsWithQuoteOrCloses(text, next)) {
        push(openedAt, openedAt + 1, paragraph.end, paragraph.end);
        const dangling = inParagraph.at(-1);
        if (dangling) dangling.continuesNext = true;
        quoteRunsOn = true;
      }
    }
    const first = inParagraph[0];
    if (runsOnFromPrevious && first && first.outerStart === paragraph.start) first.continuesPrevious = true;
    spans.push(...inParagraph);
  });
  return spans;
}

/**
 * The multi-paragraph convention with single marks, as British papers write it: "said: ‘We as a community …"
 * opens after a colon or at the paragraph's start, finds no closer, and the next paragraph opens with ‘.
 */
function singleQuoteRunsOn(
  text: string,
  at: number,
  paragraph: Paragraph,
  next: Paragraph | undefined,
): boolean {
  const mark = text.charAt(at);
  const lead = text.slice(paragraph.start, at).trimEnd();
  // A straight mark only where no apostrophe can be: opening the paragraph ("'I'm quite proud …") or after
  // "explained: ".
  const opener =
    mark === "‘" || (mark === "'" && (lead === "" || (lead.endsWith(":") && /\s/.test(text.charAt(at - 1)))));
  if (!opener || !next || !/['‘]/.test(text.charAt(next.start))) return false;
  return (lead === "" || lead.endsWith(":")) && /\p{Lu}/u.test(text.charAt(at + 1));
}

function startsWithQuoteOrCloses(text: string, paragraph: Paragraph): boolean {
  const firstChar = text.charAt(paragraph.start);
  if (isDoubleMark(firstChar) && doubleMarkRole(text, paragraph.start, paragraph.start) === "open")
    return true;
  return firstDoubleMarkRole(text, paragraph) === "close";
}
