import { type CueEntry, continuationCue, cueEntry, phrasalCue, REFUSAL_VERBS } from "./cues.js";
import {
  AUXILIARIES,
  BE_FORMS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  NEGATIONS,
  NOUN_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTITY_WORDS,
  SUBORDINATORS,
} from "./lexicon.js";
import { isNominalHead } from "./mentions.js";
import { isWord, type Token } from "./tokens.js";

/**
 * Cue sites: the verbs of saying in a sentence's tokens, leaving out the same words where nobody says anything
 * (nouns, negations, passives, infinitives).
 */

export interface Cue {
  /** Token index of the first cue word and just past the last one. */
  index: number;
  end: number;
  entry: CueEntry | null;
  text: string;
}

const SUBJECT_WORDS = new Set([
  "there",
  "both",
  "all",
  "no",
  "many",
  "most",
  "few",
  "none",
  "each",
  "every",
  "nothing",
  "everything",
  "something",
  "anything",
]);

/** Whether a bare clause can start here: a subject-like word, not "floor ahead of …" or "plans to …". */
export function looksLikeClauseSubject(token: Token): boolean {
  if (token.capitalized || /^\d/.test(token.text)) return true;
  if (DETERMINERS.has(token.lower) || PRONOUNS.has(token.lower) || SUBJECT_WORDS.has(token.lower))
    return true;
  if (["i", "we", "you"].includes(token.lower)) return true;
  // "that’s for the best", "it’s", "there’s", "they’re": a pronoun with its verb contracted.
  if (/^(that|it|there|he|she|they|we|you|i|what)[’'](s|re|m|ll|d|ve)$/.test(token.lower)) return true;
  // A bare plural noun ("warned investigations were …"), but not "plans to" after a cue that needs "that".
  return /[^s]s$/.test(token.lower) && !PREPOSITIONS.has(token.lower) && !cueEntry(token.lower);
}

/** -ing forms of cues that are nouns too: "a press briefing", "a court hearing", "an early warning". */
const NOMINAL_ING = new Set([
  "briefing",
  "hearing",
  "reading",
  "warning",
  "ruling",
  "filing",
  "posting",
  "writing",
]);

/** "not", "never", and contracted negations with either apostrophe ("wouldn't", "wouldn’t"). */
export function isNegation(token: Token): boolean {
  return NEGATIONS.has(token.lower) || /n[’']t$/.test(token.lower);
}

function isNegated(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const token = tokens[i];
    if (!isWord(token)) return false;
    if (isNegation(token)) return true;
    if (token.lower === "to" && REFUSAL_VERBS.has(tokens[i - 1]?.lower ?? "")) return true;
    if (!AUXILIARIES.has(token.lower) && token.lower !== "to") return false;
  }
  return false;
}

/** "was told", "had been asked": the subject is the hearer, not the speaker. */
function isPassive(tokens: readonly Token[], index: number, word: string): boolean {
  // "are also reported to have …", "was reportedly told": adverbs may stand between.
  let i = index - 1;
  while (isWord(tokens[i]) && (/ly$/.test((tokens[i] as Token).lower) || tokens[i]?.lower === "also")) i--;
  return BE_FORMS.has(tokens[i]?.lower ?? "") && !word.endsWith("ing");
}

/** A lower-case word that may head or modify a noun phrase: not a function word or another verb. */
function nominalLike(token: Token): boolean {
  return !(
    PREPOSITIONS.has(token.lower) ||
    SUBORDINATORS.has(token.lower) ||
    FINITE_AUXILIARIES.has(token.lower) ||
    DETERMINERS.has(token.lower) ||
    cueEntry(token.lower) !== undefined ||
    /(ly|ed)$/.test(token.lower)
  );
}

/**
 * A cue word used as a noun: right after a determiner ("her comments", "on the details"), inside a
 * prepositional phrase with one modifier ("in any Palestinian state"; but "the official said" is a subject and
 * its verb), or as the subject of a finite verb ("said demand had recovered", "what she says is true").
 */
export function isNounUse(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.lower ?? "";
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (isWord(next) && FINITE_AUXILIARIES.has(next.lower)) return true;
  if (!isWord(previous)) return false;
  // Two verbs of saying do not abut: in "said demand for …" the second word starts the reported clause.
  // ("a report saying …" is a participle after a noun.)
  const participle = tokens[index]?.lower.endsWith("ing") === true;
  if (!participle && !previous.capitalized && cueEntry(previous.lower) && !previous.lower.endsWith("ing"))
    return true;
  // "some say the plan …", "many argue that …": a quantifier standing for people, then its verb and clause.
  const quantifierSubject =
    QUANTITY_WORDS.has(previous.lower) &&
    isWord(next) &&
    (next.lower === "that" || looksLikeClauseSubject(next));
  if (NOUN_DETERMINERS.has(previous.lower) && !quantifierSubject) return true;
  // "the May report": a bare form after a determiner and a singular proper-noun modifier is a noun ("the CEO
  // replied" is past tense; "the Democrats say" has a plural subject; "the CEO" is a title).
  const beforePrevious = tokens[index - 2];
  const bareForm = cueEntry(word)?.lemma === word;
  if (
    bareForm &&
    previous.capitalized &&
    !/s$/.test(previous.lower) &&
    !isNominalHead(previous) &&
    isWord(beforePrevious) &&
    NOUN_DETERMINERS.has(beforePrevious.lower)
  )
    return true;
  // "U.S. state attorneys": a bare form between an initialism and a noun modifies that noun.
  if (bareForm && /^((\p{Lu}\.)+|\p{Lu}{2,})$/u.test(previous.text) && isWord(next) && isNominalHead(next))
    return true;
  // "head of sports brands", "press calls": the -s form of a naming verb after a common noun is a plural noun.
  const entry = cueEntry(word);
  const pluralNoun =
    entry?.cueClass === "naming" &&
    word.endsWith("s") &&
    !previous.capitalized &&
    !PRONOUNS.has(previous.lower) &&
    !AUXILIARIES.has(previous.lower) &&
    nominalLike(previous);
  if (pluralNoun) return true;
  // "during a White House press briefing that …": an -ing form inside a noun phrase opened by a determiner.
  // ("a letter saying …" is a participle: only -ing words that are nouns themselves.)
  if (NOMINAL_ING.has(word) && !previous.capitalized && nominalLike(previous)) {
    for (let k = index - 2; k >= 0 && k >= index - 5; k--) {
      const token = tokens[k];
      if (!isWord(token)) break;
      if (NOUN_DETERMINERS.has(token.lower)) return true;
      if (!token.capitalized && !nominalLike(token)) break;
    }
  }
  // A past form is a verb even there: "A spokesman for the resort said …".
  const pastForm = word !== cueEntry(word)?.lemma && !word.endsWith("s");
  if (pastForm || AUXILIARIES.has(previous.lower)) return false;
  // "on previous terms": a preposition and a modifier.
  if (!previous.capitalized && PREPOSITIONS.has(tokens[index - 2]?.lower ?? "")) return true;
  const determiner = tokens[index - 2];
  const governed = isWord(determiner) && NOUN_DETERMINERS.has(determiner.lower);
  return governed && PREPOSITIONS.has(tokens[index - 3]?.lower ?? "");
}

/** "saying", "calling for": a cue whose verb is a present participle. */
export function isParticiple(cue: Cue): boolean {
  return cue.text.split(" ")[0]?.endsWith("ing") === true;
}

export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((token, i) => {
    if (!isWord(token)) return;
    if (token.lower === "according" && tokens[i + 1]?.lower === "to") {
      cues.push({ index: i, end: i + 2, entry: null, text: "according to" });
      return;
    }
    const phrasal = token.capitalized ? undefined : phrasalCue(token.lower, tokens[i + 1]?.lower);
    if (phrasal && !isNegated(tokens, i) && !isPassive(tokens, i, token.lower) && !isNounUse(tokens, i)) {
      cues.push({ index: i, end: i + 2, entry: phrasal, text: `${token.text} ${tokens[i + 1]?.text}` });
      return;
    }
    const continuation = token.capitalized
      ? undefined
      : continuationCue(token.lower, tokens[i + 1]?.text, tokens[i + 2]?.text);
    if (continuation && !isNegated(tokens, i)) {
      const end = i + continuation.length;
      const text = tokens
        .slice(i, end)
        .map((t) => t.text)
        .join(" ");
      cues.push({ index: i, end, entry: continuation.entry, text });
      return;
    }
    // Capitalised words are names ("State Department"), not cues; but a sentence may open with a participle
    // ("Declaring … is at stake, Gates has ordered …").
    const openingParticiple = i === 0 && token.lower.endsWith("ing");
    const entry = token.capitalized && !openingParticiple ? undefined : cueEntry(token.lower);
    if (!entry || isNegated(tokens, i) || isPassive(tokens, i, token.lower)) return;
    // "the so-called …" is no cue, nor is an infinitive ("stood to try to argue"): nobody is saying it yet.
    if (tokens[i - 1]?.text === "-" || tokens[i - 1]?.lower === "to") return;
    if (isNounUse(tokens, i)) return;
    cues.push({ index: i, end: i + 1, entry, text: token.text });
  });
  return cues;
}
