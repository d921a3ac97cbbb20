import { ABBREVIATIONS } from "./lexicon.js";
import type { QuoteSpan } from "./quoteSpans.js";

/**
 * Tokens of a paragraph. A quote span is one atomic token, so the rules above this level see a quoted utterance
 * as a single slot of the writer's sentence ("Q, X said") whatever punctuation it contains.
 */
export interface Token {
  kind: "word" | "punct" | "quote";
  /** Text of the token; for a quote, the quoted words. */
  text: string;
  lower: string;
  /** The word without a possessive ending ("Blinken’s" → "Blinken"). */
  base: string;
  /** Normalised-text offsets; for a quote, from its opening to its closing mark. */
  start: number;
  end: number;
  capitalized: boolean;
  possessive: boolean;
  quote?: QuoteSpan;
}

export const isWord = (token: Token | undefined): token is Token => token?.kind === "word";
export const isPunct = (token: Token | undefined, chars: string): boolean =>
  token?.kind === "punct" && chars.includes(token.text);
export const wordCount = (text: string): number =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words with inner apostrophes, hyphens, dots and ampersands ("don’t", "co-founder", "U.S", "AT&T"). */
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.&/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /(?:[’']s|(?<=s)[’'])$/u;

function makeWord(text: string, start: number, kind: "word" | "punct" = "word"): Token {
  const possessive = kind === "word" && POSSESSIVE.test(text);
  const base = possessive ? text.replace(POSSESSIVE, "") : text;
  return {
    kind,
    text,
    lower: text.toLowerCase(),
    base,
    start,
    end: start + text.length,
    capitalized: /^\p{Lu}/u.test(text),
    possessive,
  };
}

/** Initials ("D."), dotted acronyms ("U.S.") and capitalised listed abbreviations ("Sen.", "Mr.", "Ill."). */
function isAbbreviation(word: string): boolean {
  if (/^\p{Lu}$/u.test(word) || word.includes(".")) return true;
  return /^\p{Lu}/u.test(word) && ABBREVIATIONS.has(word.toLowerCase());
}

function pushWords(tokens: Token[], text: string, from: number, to: number): void {
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match && match.index < to; match = TOKEN.exec(text)) {
    const word = match[0];
    const wordLike = /[\p{L}\p{N}]/u.test(word);
    // A trailing apostrophe after "s" is a possessive ("Giggs' own"), not a quote mark.
    const next = text.charAt(match.index + word.length);
    if (
      wordLike &&
      /s$/i.test(word) &&
      /[’']/.test(next) &&
      !/[\p{L}\p{N}]/u.test(text.charAt(match.index + word.length + 1))
    ) {
      tokens.push(makeWord(`${word}${next}`, match.index));
      TOKEN.lastIndex = match.index + word.length + 1;
      continue;
    }
    // Keep an abbreviation's full stop on it ("Sen.", "D.", "U.S."): it belongs to the name, not the sentence.
    if (wordLike && text.charAt(match.index + word.length) === "." && isAbbreviation(word)) {
      tokens.push(makeWord(`${word}.`, match.index));
      TOKEN.lastIndex = match.index + word.length + 1;
      continue;
    }
    tokens.push(makeWord(word, match.index, wordLike ? "word" : "punct"));
  }
}

/** Tokens of text[from, to), with each quote span in that range as one token. */
export function tokenize(text: string, from: number, to: number, quotes: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let position = from;
  for (const quote of quotes) {
    if (quote.outerEnd <= from || quote.outerStart >= to) continue;
    pushWords(tokens, text, position, quote.outerStart);
    const quoted = text.slice(quote.start, quote.end);
    tokens.push({
      kind: "quote",
      text: quoted,
      lower: quoted.toLowerCase(),
      base: quoted,
      start: quote.outerStart,
      end: quote.outerEnd,
      capitalized: /^\p{Lu}/u.test(quoted),
      possessive: false,
      quote,
    });
    position = quote.outerEnd;
  }
  pushWords(tokens, text, position, to);
  return tokens;
}
