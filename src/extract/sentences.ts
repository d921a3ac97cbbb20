import { cueEntry } from "./cues.js";
import type { Token } from "./tokens.js";

/** A sentence of the writer's text: a run of tokens in which quote spans are atomic and never split. */
export interface Sentence {
  paragraph: number;
  tokens: Token[];
  start: number;
  end: number;
}

const SENTENCE_END = new Set([".", "!", "?"]);

function startsSentence(token: Token | undefined): boolean {
  return !token || token.kind === "quote" || /^[\p{Lu}\p{N}(“"‘]/u.test(token.text);
}

const ATTRIBUTION_REACH = 20;
/** After the cue of an attribution, only a few words of circumstance come before the sentence ends. */
const CIRCUMSTANCE_REACH = 8;

/**
 * Whether the words after a quote are its attribution ("“…?” Senate Minority Leader X told reporters."), not a
 * new sentence that happens to have a cue ("“….” Giggs admits he had …").
 */
function attributionFollows(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < ATTRIBUTION_REACH; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "quote" || (token.kind === "punct" && SENTENCE_END.has(token.text))) return false;
    if (token.kind === "word" && !token.capitalized && cueEntry(token.lower))
      return attributionEndsSoon(tokens, i + 1);
  }
  return false;
}

/** Finite verbs that show a clause of its own after the cue ("… claimed the group was based …"). */
const FINITE_VERBS = new Set(
  "is are was were has have had will would can could may might must should shall does did".split(" "),
);

function attributionEndsSoon(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from <= CIRCUMSTANCE_REACH; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "quote" || token.kind === "punct") return true;
    // A reported clause of its own after the cue: a new sentence that reports something else.
    if (token.lower === "that" || FINITE_VERBS.has(token.lower)) return false;
  }
  return from >= tokens.length;
}

/**
 * A quote that ends with its own full stop, followed by another quote or a new capitalised sentence, unless
 * the words after it are the quote's attribution.
 */
function quoteEndsSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (token.kind !== "quote" || !/[.!?]$/.test(token.text)) return false;
  if (next?.kind === "quote") return true;
  return next?.capitalized === true && !attributionFollows(tokens, index + 1);
}

export function splitSentences(paragraph: number, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  const close = () => {
    const first = current[0];
    const last = current.at(-1);
    if (first && last) sentences.push({ paragraph, tokens: current, start: first.start, end: last.end });
    current = [];
  };
  tokens.forEach((token, i) => {
    current.push(token);
    const next = tokens[i + 1];
    // Abbreviations keep their full stop ("Sen.", "U.S."), so a stop token here really ends a sentence.
    if (token.kind === "punct" && SENTENCE_END.has(token.text)) {
      if (startsSentence(next)) close();
    } else if (quoteEndsSentence(tokens, i)) close();
  });
  close();
  return sentences;
}
