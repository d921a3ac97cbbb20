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

/** A quote that ends with its own full stop, followed by a new capitalised sentence or another quote. */
function quoteEndsSentence(token: Token, next: Token | undefined): boolean {
  return (
    token.kind === "quote" &&
    /[.!?]$/.test(token.text) &&
    (next?.kind === "quote" || next?.capitalized === true)
  );
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
    } else if (quoteEndsSentence(token, next)) close();
  });
  close();
  return sentences;
}
