import type { Cue } from "./cueSites.js";
import { cueEntry } from "./cues.js";
import {
  AUXILIARIES,
  COORDINATORS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  NOUN_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
  TIME_WORDS,
} from "./lexicon.js";
import { isWord, type Token, wordCount } from "./tokens.js";

/** Quote terms: whether a quoted phrase is someone's words, or a term or title the writer sets off in quotes. */

const TERM_MAX_WORDS = 3;
const NAMING_REACH = 12;

/** "called the plan a “Trojan Horse”", "what the US called a “frank and constructive” talk": someone's words. */
export function namedBy(attributions: readonly { cue: Cue }[], q: number): boolean {
  const nearest = attributions.filter((a) => a.cue.index < q).at(-1);
  return nearest?.cue.entry?.cueClass === "naming" && q - nearest.cue.index <= NAMING_REACH;
}

/**
 * A short quote inside a noun phrase names or flags a term; nobody is quoted: after a determiner ("a “family
 * plan”", "the “hacktivist group”", "under the “one country, two systems” formula") or before the noun it
 * modifies ("dedicated “closed door” offices", "a new “quick edit” feature").
 */
export function isTermInNounPhrase(tokens: readonly Token[], q: number): boolean {
  const quote = tokens[q] as Token;
  if (wordCount(quote.text) > TERM_MAX_WORDS || /[.!?]$/.test(quote.text) || quote.quote?.endsWithComma)
    return false;
  const previous = tokens[q - 1];
  if (isWord(previous) && (NOUN_DETERMINERS.has(previous.lower) || previous.possessive)) return true;
  const next = tokens[q + 1];
  if (!isWord(next) || next.capitalized) return false;
  const functionWord =
    PREPOSITIONS.has(next.lower) ||
    SUBORDINATORS.has(next.lower) ||
    COORDINATORS.has(next.lower) ||
    AUXILIARIES.has(next.lower) ||
    FINITE_AUXILIARIES.has(next.lower) ||
    DETERMINERS.has(next.lower) ||
    PRONOUNS.has(next.lower) ||
    TIME_WORDS.has(next.lower) ||
    /ly$/.test(next.lower) ||
    cueEntry(next.lower) !== undefined;
  return !functionWord;
}

/** Nouns for works whose titles are quoted: "the anthology “The Gees in Houston”", "author of “Making the Corps”". */
const WORK_NOUNS = new Set(
  `book novel memoir anthology film movie documentary song album single play musical show series episode article
  essay poem report study paper podcast column headline`.split(/\s+/),
);
const MINOR_TITLE_WORDS = new Set("a an the of in on to and for with at by from or".split(" "));

/**
 * A quoted title of a work, not anybody's words: after a work noun, "author of", "titled" or a cross-reference
 * "(see ‘…’)", or set in title case ("From the Halls of Montezuma to the Shores of Tripoli").
 */
export function isTitleOfWork(tokens: readonly Token[], q: number): boolean {
  const quote = tokens[q] as Token;
  const previous = tokens[q - 1];
  const before = tokens[q - 2];
  if (isWord(previous)) {
    if (WORK_NOUNS.has(previous.lower) || previous.lower === "see" || /^(en)?titled$/.test(previous.lower))
      return true;
    if (
      previous.lower === "of" &&
      isWord(before) &&
      /^(author|co-author|director|writer)$/.test(before.lower)
    )
      return true;
  }
  const words = quote.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || /[?!]$/.test(quote.text)) return false;
  return words.every(
    (word, i) => /^\p{Lu}/u.test(word) || (i > 0 && MINOR_TITLE_WORDS.has(word.toLowerCase())),
  );
}
