import { BELIEF_VERBS, type CueEntry, continuationCue, cueEntry, phrasalCue, REFUSAL_VERBS } from "./cues.js";
import {
  AUXILIARIES,
  AUXILIARY_PHRASES,
  CLAUSE_OPENERS,
  COLLECTIVE_NOUNS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  IRREGULAR_PAST,
  KINSHIP_NOUNS,
  NEGATIONS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTITY_WORDS,
  ROLE_MODIFIERS,
  SUBORDINATORS,
  TIME_WORDS,
  TITLE_WORDS,
} from "./lexicon.js";
import {
  isNameToken,
  isNominalHead,
  isPluralNoun,
  type Mention,
  nameRunEnd,
  nameRunStart,
  parseMention,
} from "./mentions.js";
import { epithetGender, isSinglePerson, type Participant, type ParticipantRegistry } from "./participants.js";
import type { Sentence } from "./sentences.js";
import type { Token } from "./tokens.js";
import type { StatementKind } from "./types.js";

/**
 * Attribution: finds statements in each sentence and their speakers, with sieves applied in order of
 * precision (quote + adjacent cue, cue + reported clause, trailing cue, according to, context).
 */
export interface FoundStatement {
  /** Normalised-text offsets of the statement's text. */
  start: number;
  end: number;
  kind: StatementKind;
  cue: string | null;
  speaker: Participant | null;
  paragraph: number;
  /** No cue attached it: the speaker comes from the surrounding quotes (floating or continued quotes). */
  fromContext: boolean;
  /** For a quote: links the parts of a quote that runs over several paragraphs. */
  continuesPrevious: boolean;
}

interface Cue {
  /** Token index of the first cue word and just past the last one. */
  index: number;
  end: number;
  entry: CueEntry | null;
  text: string;
}

interface Attribution {
  cue: Cue;
  speaker: Participant | null;
  mention: Mention;
  /** Token index where the speaker slot begins (normal order) or the cue begins (inverted order). */
  slotStart: number;
  /** Token index just past the speaker slot (inverted order) or the cue (normal order). */
  slotEnd: number;
  inverted: boolean;
  /** "…, saying …": the speaker carries over from the sentence; no clause of its own before the comma. */
  participle: boolean;
}

const MAX_SUBJECT_TOKENS = 16;
const MAX_OBJECT_TOKENS = 8;
const MAX_ASIDE_TOKENS = 40;
/** "he said", "they say", "Mr Smith added": an attribution short enough to stand inside a sentence. */
const MAX_INTERPOSED_TOKENS = 4;
/** Occasions of a saying: "at a news conference", "in an interview". */
const EVENT_NOUNS = new Set([
  "conference",
  "briefing",
  "interview",
  "hearing",
  "meeting",
  "reporters",
  "event",
  "floor",
]);
const RELATIVE_PRONOUNS = new Set(["who", "which", "whose", "whom"]);
/** Openers of a subordinate clause that puts the main clause after the attribution ("While …, X says, …"). */
const ADVERBIAL_SUBORDINATORS = new Set([
  "while",
  "although",
  "though",
  "whereas",
  "if",
  "when",
  "because",
  "since",
  "as",
  "unless",
  "once",
]);
/** After a comma, these open a clause of the writer's own: the reported clause ends before them. */
const CLAUSE_BREAKERS = new Set(["though", "although", "whereas", "while"]);
const SHORT_CIRCUMSTANCE_WORDS = 6;
/** Openers of a participial circumstance before an attribution: "Asked whether …, the CEO replied". */
const CIRCUMSTANTIAL_OPENERS = /^(Asked|Pressed|Questioned|Speaking|Responding|Writing|Interviewed)$/;
const THAT_DISTANCE = 12;
const MIN_CLAUSE_WORDS = 3;
const SCARE_QUOTE_MAX_WORDS = 2;
const COORDINATORS = new Set(["and", "but", "or"]);
/** Participles and words used as prepositions that open a sentence's adverbial: "Following the strike, …". */
const ADVERBIAL_PREPOSITIONS = new Set([
  "following",
  "despite",
  "amid",
  "unlike",
  "besides",
  "given",
  "ahead",
]);
const ASIDE_ADVERBS = new Set(["however", "though", "too", "indeed", "also", "nonetheless", "nevertheless"]);
const BE_FORMS = new Set(["is", "was", "were", "are", "been", "being", "be"]);
const PARTICIPLE_TAILS =
  /^(citing|adding|referring|saying|noting|stressing|acknowledging|sending|making|according|meaning)$/;
/** Words after ", which is" that judge the whole report: a sentential relative of the writer's ("which is ironic"). */
const EVALUATIVE = /^(why|how|\w+(ic|ous|ful|able|ible|ing|al|ive))$/;
/** Directives that report their content as the hearer's infinitive: "urged residents to …", "asked the court to …". */
const INFINITIVE_CUES = new Set([
  "warn",
  "urge",
  "caution",
  "encourage",
  "advise",
  "remind",
  "tell",
  "recommend",
  "ask",
  "call on",
  "call for",
  "appeal to",
]);
/** Directives that need a hearer before their infinitive: "asked the Treasury to …", not "asked to speak". */
const HEARER_INFINITIVE_CUES = new Set(["ask", "call on"]);
/** Advice to the reader with a bare verb: "the experts recommend you consider …" reports "you consider …". */
const ADVICE_CUES = new Set(["recommend", "advise", "urge", "suggest"]);
/** Commitments whose content is the speaker's own infinitive: "pledged to issue …", "has promised to pay …". */
const COMMISSIVE_CUES = new Set(["pledge", "vow", "promise", "threaten"]);
/** Cues that often take their clause without "that" ("said the plan failed"); others need "that" or a wh-word. */
const BARE_CLAUSE_CUES = new Set(
  `say tell claim insist argue warn admit concede acknowledge confirm deny predict vow promise write
  explain stress emphasize emphasise demand complain allege testify conclude boast counter reply respond caution
  threaten declare assert contend reiterate reveal confess`.split(/\s+/),
);

/** Verbs that take a bare clause less often than an object: a clause after them needs a finite verb. */
const WEAK_BARE_CLAUSE_CUES = new Set(
  "note add announce report recall observe remark agree acknowledge".split(" "),
);

const isWord = (token: Token | undefined): token is Token => token?.kind === "word";
const isPunct = (token: Token | undefined, chars: string): boolean =>
  token?.kind === "punct" && chars.includes(token.text);
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const TERM_MAX_WORDS = 3;
const NAMING_REACH = 12;

/** "called the plan a “Trojan Horse”", "what the US called a “frank and constructive” talk": someone's words. */
function namedBy(attributions: readonly Attribution[], q: number): boolean {
  const nearest = attributions.filter((a) => a.cue.index < q).at(-1);
  return nearest?.cue.entry?.cueClass === "naming" && q - nearest.cue.index <= NAMING_REACH;
}

/**
 * A short quote inside a noun phrase names or flags a term; nobody is quoted: after a determiner ("a “family
 * plan”", "the “hacktivist group”", "under the “one country, two systems” formula") or before the noun it
 * modifies ("dedicated “closed door” offices", "a new “quick edit” feature").
 */
function isTermInNounPhrase(tokens: readonly Token[], q: number): boolean {
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
function isTitleOfWork(tokens: readonly Token[], q: number): boolean {
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

/** Whether the words before ", X said" are what X said, not a circumstance ("In a statement Monday, …"). */
function isTrailingClause(clause: readonly Token[]): boolean {
  const first = clause[0];
  if (!isWord(first) || CIRCUMSTANTIAL_OPENERS.test(first.text)) return false;
  // "According to the official, Gallant informed Austin": a source, not what the later verb reports.
  if (first.lower === "according" && clause[1]?.lower === "to") return false;
  const words = clause.filter(isWord).length;
  // ("At least two villages were flooded, the board said": a finite verb makes it a clause.)
  const finite = clause.some((t) => isWord(t) && FINITE_AUXILIARIES.has(t.lower));
  return !(PREPOSITIONS.has(first.lower) && words <= SHORT_CIRCUMSTANCE_WORDS && !finite);
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
/** Heads of a relative clause without "that": "nothing the lawyer said", "everything she told them". */
const CONTACT_HEADS = new Set([
  "nothing",
  "everything",
  "something",
  "anything",
  "all",
  "much",
  "little",
  "what",
]);

function isContactRelative(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start];
  const next = tokens[start + 1];
  return (
    isWord(head) &&
    CONTACT_HEADS.has(head.lower) &&
    isWord(next) &&
    (DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower) || next.capitalized)
  );
}

/** Whether a bare clause can start here: a subject-like word, not "floor ahead of …" or "plans to …". */
function looksLikeClauseSubject(token: Token): boolean {
  if (token.capitalized || /^\d/.test(token.text)) return true;
  if (DETERMINERS.has(token.lower) || PRONOUNS.has(token.lower) || SUBJECT_WORDS.has(token.lower))
    return true;
  if (["i", "we", "you"].includes(token.lower)) return true;
  // "that’s for the best", "it’s", "there’s", "they’re": a pronoun with its verb contracted.
  if (/^(that|it|there|he|she|they|we|you|i|what)[’'](s|re|m|ll|d|ve)$/.test(token.lower)) return true;
  // A bare plural noun ("warned investigations were …"), but not "plans to" after a cue that needs "that".
  return /[^s]s$/.test(token.lower) && !PREPOSITIONS.has(token.lower) && !cueEntry(token.lower);
}

/** Finite auxiliaries and modals: after a bare noun they show a clause ("said occupancy had been …"). */
const FINITE_AUXILIARIES = new Set(
  "is are was were has have had will would can could may might must should shall does did".split(" "),
);
const NOUN_PHRASE_REACH = 10;

/**
 * Whether a finite auxiliary follows within a noun phrase's reach, before any punctuation or other verb of
 * saying: the words from `from` are then a clause with a mass-noun subject ("demand had recovered").
 */
function hasFiniteVerbSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < NOUN_PHRASE_REACH; k++) {
    const token = tokens[k] as Token;
    if (!isWord(token) || cueEntry(token.lower) || SUBORDINATORS.has(token.lower)) return false;
    if (FINITE_AUXILIARIES.has(token.lower)) return k > from || !PREPOSITIONS.has(token.lower);
  }
  return false;
}

/**
 * Whether a finite verb follows within a noun phrase's reach, before punctuation or a verb of saying: an
 * auxiliary, an irregular past ("held"), or an -ed form that no determiner makes an adjective ("the FBI searched").
 */
function finiteVerbAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length && k - from < NOUN_PHRASE_REACH; k++) {
    const token = tokens[k] as Token;
    if (!isWord(token) || cueEntry(token.lower) || SUBORDINATORS.has(token.lower)) return false;
    const previous = tokens[k - 1];
    // "plans to cut jobs": an infinitive is no finite verb.
    if (token.capitalized || previous?.lower === "to") continue;
    if (FINITE_AUXILIARIES.has(token.lower) || IRREGULAR_PAST.has(token.lower) || isNegation(token))
      return true;
    if (/[a-z]ed$/.test(token.lower) && !(isWord(previous) && NOUN_DETERMINERS.has(previous.lower)))
      return true;
  }
  return false;
}

function isSpacedDash(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  return (
    isPunct(token, "-–—") &&
    previous !== undefined &&
    next !== undefined &&
    (token as Token).start > previous.end &&
    next.start > (token as Token).end
  );
}

function opensClause(token: Token): boolean {
  return token.lower === "to" || token.lower === "not" || CLAUSE_OPENERS.has(token.lower);
}

const CIRCUMSTANCE_PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "during",
  "via",
  "to",
  "after",
  "before",
  "over",
]);
const MAX_CIRCUMSTANCE_TOKENS = 4;
const TIME_MODIFIERS = new Set(["this", "last", "next"]);
const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;
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
const SUBJECT_PRONOUNS = new Set(["he", "she", "they"]);
const APPROXIMATORS = new Set([
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "some",
  "over",
  "more",
  "less",
]);
const DEMONSTRATIVES = new Set(["this", "these", "those"]);

/**
 * Length of a circumstance of the saying between a cue and its clause ("Tuesday", "last week", "in an email",
 * "on Twitter", "at a news conference"), or 0.
 */
function circumstanceLength(tokens: readonly Token[], index: number): number {
  const word = tokens[index];
  if (!isWord(word)) return 0;
  // "this week", "last month"; but "said this would help" reports "this would help".
  if (TIME_MODIFIERS.has(word.lower)) return TIME_WORDS.has(tokens[index + 1]?.lower ?? "") ? 2 : 0;
  if (TIME_WORDS.has(word.lower)) return 1;
  if (!CIRCUMSTANCE_PREPOSITIONS.has(word.lower)) return 0;
  for (let end = index + 1; end < tokens.length && end - index <= MAX_CIRCUMSTANCE_TOKENS; end++) {
    const token = tokens[end];
    if (!isWord(token)) return 0;
    const closes =
      TIME_WORDS.has(token.lower) || DOCUMENT_NOUNS.has(token.lower) || EVENT_NOUNS.has(token.lower);
    // A name closes it unless a noun follows ("on Truth Social", but "on the Senate floor").
    const next = tokens[end + 1];
    const nameEnds =
      token.capitalized && !(isWord(next) && (next.capitalized || EVENT_NOUNS.has(next.lower)));
    if (closes || nameEnds) return end - index + 1;
    if (!DETERMINERS.has(token.lower) && !/^[a-z]+$/.test(token.lower)) return 0;
  }
  return 0;
}

/** "not", "never", and contracted negations with either apostrophe ("wouldn't", "wouldn’t"). */
function isNegation(token: Token): boolean {
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

/** Determiners that only ever start a noun phrase (not "that", which also opens a clause). */
const NOUN_DETERMINERS = new Set(
  "the a an its his her their our my your any every each no some these those another".split(" "),
);

/**
 * A cue word used as a noun: right after a determiner ("her comments", "on the details"), inside a
 * prepositional phrase with one modifier ("in any Palestinian state"; but "the official said" is a subject and
 * its verb), or as the subject of a finite verb ("said demand had recovered", "what she says is true").
 */
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

function isNounUse(tokens: readonly Token[], index: number): boolean {
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
function isParticiple(cue: Cue): boolean {
  return cue.text.split(" ")[0]?.endsWith("ing") === true;
}

function findCues(tokens: readonly Token[]): Cue[] {
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

/**
 * Index of the first token of the clause that ends before `end`: after a comma or a quote, and unless
 * `punctuationOnly`, after a subordinator or another verb of saying or believing.
 */
function clauseStart(
  tokens: readonly Token[],
  end: number,
  limit = MAX_SUBJECT_TOKENS,
  punctuationOnly = false,
): number {
  let depth = 0;
  let i = end - 1;
  for (; i >= 0 && end - i <= limit; i--) {
    const token = tokens[i] as Token;
    if (token.text === ")") depth++;
    else if (token.text === "(") depth--;
    // An unmatched opening parenthesis: the clause is a parenthetical of its own ("(it does say …)").
    if (depth < 0) break;
    if (depth > 0 || token.text === "(" || token.text === ")") continue;
    if (token.kind === "quote" || (token.kind === "punct" && token.text !== "&" && token.text !== "-")) break;
    if (punctuationOnly) continue;
    if (
      isWord(token) &&
      SUBORDINATORS.has(token.lower) &&
      !(token.lower === "and" && isNameToken(tokens[i - 1]))
    )
      break;
    const verb =
      isWord(token) &&
      !token.capitalized &&
      ((cueEntry(token.lower) && !isNounUse(tokens, i)) || BELIEF_VERBS.has(token.lower));
    if (verb && i < end - 1) break;
  }
  return i + 1;
}

/** Skips auxiliaries and adverbs leftwards from a cue: "Chinese officials also said", "has in particular warned". */
function skipAuxiliaries(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i >= 0) {
    const token = tokens[i];
    if (!isWord(token) || token.capitalized) break;
    if (AUXILIARIES.has(token.lower) || /ly$/.test(token.lower)) {
      i--;
      continue;
    }
    const pair = `${tokens[i - 1]?.lower ?? ""} ${token.lower}`;
    if (AUXILIARY_PHRASES.includes(pair)) {
      i -= 2;
      continue;
    }
    break;
  }
  return i;
}

/** The subject at the start of the sentence, for a cue in a coordinated predicate ("X echoed … and said"). */
function sentenceSubject(tokens: readonly Token[]): { mention: Mention; start: number } | null {
  let start = 0;
  // "When colleagues noticed …, he lied and said …": the main clause's subject follows the subordinate clause.
  const opener = tokens[0];
  const mainClause = tokens.findIndex((t, k) => isPunct(t, ",") && k > 1);
  if (isWord(opener) && ADVERBIAL_SUBORDINATORS.has(opener.lower) && mainClause > 0) start = mainClause + 1;
  while (isWord(tokens[start]) && SUBORDINATORS.has((tokens[start] as Token).lower)) start++;
  // "At the same time, Mohammed's statement …", "Following the strike, …": skip a leading adverbial up to its comma.
  const leading = tokens[start];
  if (isWord(leading) && (PREPOSITIONS.has(leading.lower) || ADVERBIAL_PREPOSITIONS.has(leading.lower))) {
    const comma = tokens.findIndex((t, k) => k > start && isPunct(t, ","));
    if (comma > 0) start = comma + 1;
  }
  if (isPunct(tokens[start + 1], ",") && !isNameToken(tokens[start])) start += 2;
  // "…, he lied and said …": a pronoun is the whole subject.
  const pronoun = tokens[start];
  if (isWord(pronoun) && PRONOUNS.has(pronoun.lower)) {
    const mention = parseMention([pronoun]);
    return mention ? { mention, start } : null;
  }
  let end = start;
  let quantified = false;
  while (end < tokens.length && end - start < MAX_SUBJECT_TOKENS) {
    const token = tokens[end] as Token;
    if (token.text === "(") {
      const close = tokens.findIndex((t, k) => k > end && t.text === ")");
      if (close < 0) break;
      end = close + 1;
      continue;
    }
    if (!isWord(token)) break;
    end++;
    // "Some in Gaza welcomed …": part of a place's people.
    if (QUANTITY_WORDS.has(token.lower) && tokens[end]?.lower === "in" && isNameToken(tokens[end + 1])) {
      end = nameRunEnd(tokens, end + 1);
      break;
    }
    // "Hundreds of tenants marched …": a quantity and its "of" lead to a plural head, whatever its noun.
    if (QUANTITY_WORDS.has(token.lower) && tokens[end]?.lower === "of") {
      end++;
      quantified = true;
      continue;
    }
    if (token.capitalized || DETERMINERS.has(token.lower) || token.lower.includes("-") || token.possessive)
      continue;
    // "Israel’s Minister of National Security Itamar Ben Gvir": a title's "of" complement.
    if (token.lower === "of" && TITLE_WORDS.has(tokens[end - 2]?.lower ?? "") && tokens[end]?.capitalized)
      continue;
    // A lower-case word belongs to the subject as a modifier or as its head, which ends it.
    if (isNominalHead(token) || (quantified && isPluralNoun(token))) break;
    // ("The elder Soros gives …": an adjective before a name.)
    const beforeName =
      end === start + 2 && isNameToken(tokens[end]) && DETERMINERS.has(tokens[start]?.lower ?? "");
    if (!ROLE_MODIFIERS.has(token.lower) && !modifiesHeadSoon(tokens, end) && !beforeName) {
      end--;
      break;
    }
  }
  end = subjectHeadEnd(tokens, end);
  const mention = parseMention(tokens.slice(start, end));
  // "Minister of Natural Resources, Mohlomi Moleko, would not confirm … and only said": the name set off after a
  // role is the subject.
  const nameEnd = nameRunEnd(tokens, end + 1);
  const appositiveName =
    mention?.kind === "anonymous" &&
    isPunct(tokens[end], ",") &&
    nameEnd > end + 1 &&
    isPunct(tokens[nameEnd], ",")
      ? parseMention(tokens.slice(end + 1, nameEnd))
      : null;
  if (appositiveName?.kind === "person" || appositiveName?.kind === "name")
    return { mention: { ...appositiveName, role: appositiveName.role ?? mention?.surface ?? null }, start };
  return mention ? { mention, start } : null;
}

/** The subject after the first top-level comma from `from`: the main clause after an opening participle. */
function mainClauseSubject(
  tokens: readonly Token[],
  from: number,
): { mention: Mention; start: number } | null {
  const comma = tokens.findIndex((t, k) => k >= from && isPunct(t, ","));
  if (comma < 0) return null;
  const subject = sentenceSubject(tokens.slice(comma + 1));
  return subject ? { mention: subject.mention, start: subject.start + comma + 1 } : null;
}

/**
 * The subject's end after its first head: "Houthi army spokesperson Yehya Saree" goes on with a title and the
 * name it introduces, "A spokesperson for the White House National Security Council" with the institution.
 */
function subjectHeadEnd(tokens: readonly Token[], end: number): number {
  // "Rugby star Tom Hale, 30, has apologised": a person noun right before a name describes it.
  const head = tokens[end - 1];
  if (isWord(head) && !head.capitalized && isNominalHead(head) && isNameToken(tokens[end]))
    return nameRunEnd(tokens, end);
  let k = end;
  while (isWord(tokens[k]) && !tokens[k]?.capitalized && TITLE_WORDS.has(tokens[k]?.lower ?? "")) k++;
  if (k > end && isNameToken(tokens[k])) return nameRunEnd(tokens, k);
  const link = tokens[end]?.lower ?? "";
  // "A group of students occupied …": a collective noun's people follow its "of".
  if (link === "of" && COLLECTIVE_NOUNS.has(tokens[end - 1]?.lower ?? "")) {
    for (let k = end + 1; k < tokens.length && k <= end + NOUN_PHRASE_REACH; k++) {
      const token = tokens[k];
      if (!isWord(token)) break;
      if (!token.capitalized && isPluralNoun(token)) return k + 1;
    }
  }
  const institution = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  if ((link === "for" || link === "at" || link === "of") && isNameToken(tokens[institution])) {
    const nameEnd = nameRunEnd(tokens, institution);
    // "A group of Auckland University students": the name modifies the plural noun after it.
    const modified = tokens[nameEnd];
    return link === "of" && isWord(modified) && !modified.capitalized && isPluralNoun(modified)
      ? nameEnd + 1
      : nameEnd;
  }
  return end;
}

/**
 * Whether the lower-case words from `from` reach a nominal head within two words, with no function word or
 * verb between: "provincial" in "The provincial department pledged …" modifies the head after it.
 */
function modifiesHeadSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 2; k++) {
    const token = tokens[k];
    if (!isWord(token) || token.capitalized) return false;
    if (isNominalHead(token)) return true;
    const functionWord =
      PREPOSITIONS.has(token.lower) ||
      AUXILIARIES.has(token.lower) ||
      FINITE_AUXILIARIES.has(token.lower) ||
      COORDINATORS.has(token.lower) ||
      DETERMINERS.has(token.lower) ||
      cueEntry(token.lower) !== undefined ||
      /ed$/.test(token.lower);
    if (functionWord) return false;
  }
  return false;
}

interface Slot {
  mention: Mention;
  start: number;
  end: number;
  role: string | null;
}

/** The speaker slot left of a cue: an NP, possibly with an appositive or aside before the cue. */
function leftSlot(tokens: readonly Token[], cueIndex: number): Slot | null {
  const i = skipAuxiliaries(tokens, skipAdverbAside(tokens, cueIndex - 1));
  const before = tokens[i];
  if (!before) return null;
  if (isWord(before) && COORDINATORS.has(before.lower)) {
    const subject = sentenceSubject(tokens);
    return subject ? { mention: subject.mention, start: subject.start, end: i, role: null } : null;
  }
  if (isPunct(before, ",–—-")) return asideSlot(tokens, i);
  // "said Tester, who also says he is …", "five villages who claim …": a relative pronoun speaks for the noun
  // phrase before it.
  const restrictive = isWord(before) && before.lower === "who" && isWord(tokens[i - 1]);
  if (isWord(before) && before.lower === "who" && (isPunct(tokens[i - 1], ",") || restrictive)) {
    const phraseEnd = restrictive ? i : i - 1;
    const antecedentStart = restrictive ? nounPhraseStart(tokens, phraseEnd) : clauseStart(tokens, phraseEnd);
    const antecedent = parseMention(tokens.slice(antecedentStart, phraseEnd));
    // ("Jo Watson, from Johannesburg, who has written …": a place after a preposition is not who.)
    const speaks = antecedent && antecedent.kind !== "pronoun" && antecedent.kind !== "place";
    const governed = PREPOSITIONS.has(tokens[antecedentStart]?.lower ?? "");
    return speaks && !governed
      ? { mention: antecedent, start: antecedentStart, end: i + 1, role: null }
      : null;
  }
  // "In a statement to the inquest he said …": a pronoun right before its verb is the whole subject.
  // ("closing it would tell workers": "it" may be an object; "he", "she" and "they" are always subjects.)
  if (isWord(before) && SUBJECT_PRONOUNS.has(before.lower)) {
    const pronoun = parseMention([before]);
    return pronoun ? { mention: pronoun, start: i, end: i + 1, role: null } : null;
  }
  const start = clauseStart(tokens, i + 1);
  if (start > i) return null;
  // "The man who invented the coffee pods … has admitted": a relative clause with its own verb sits between
  // the subject and the cue.
  if (tokens[start - 1]?.lower === "who" && looksFinite(tokens, start) && isWord(tokens[start - 2])) {
    const antecedentStart = nounPhraseStart(tokens, start - 1);
    const antecedent = parseMention(tokens.slice(antecedentStart, start - 1));
    if (antecedent && antecedent.kind !== "pronoun" && antecedent.kind !== "place")
      return { mention: antecedent, start: antecedentStart, end: i + 1, role: null };
  }
  const mention = parseMention(tokens.slice(start, i + 1));
  // "“…,” Scott Thompson, a spokesman for the facility added", "…, Dr Eleanor Scerri, visiting scholar at
  // the University of Oxford said": an appositive whose closing comma is missing.
  const opensWithArticle = /^(a|an|the)$/.test(tokens[start]?.lower ?? "");
  const bareRole = tokens
    .slice(start, start + 3)
    .some((t) => isWord(t) && !t.capitalized && TITLE_WORDS.has(t.lower));
  if (
    (mention?.kind === "anonymous" || bareRole) &&
    (opensWithArticle || bareRole) &&
    isPunct(tokens[start - 1], ",")
  ) {
    let nameStart = nameRunStart(tokens, start - 1);
    while (isWord(tokens[nameStart - 1]) && HONORIFICS.has((tokens[nameStart - 1] as Token).lower))
      nameStart--;
    // The name opens its clause ("“…,” Scott Thompson, …"), not "aboard the destroyer USS Higgins, …".
    const opensClause =
      nameStart === 0 || tokens[nameStart - 1]?.kind === "quote" || isPunct(tokens[nameStart - 1], ",");
    const name =
      opensClause && nameStart < start - 1 ? parseMention(tokens.slice(nameStart, start - 1)) : null;
    if (name?.kind === "person" || name?.kind === "name")
      return { mention: name, start: nameStart, end: i + 1, role: joinSurface(tokens.slice(start, i + 1)) };
  }
  return mention ? { mention, start, end: i + 1, role: null } : null;
}

const MAX_ASIDES = 3;

/**
 * The name a ", who …" relative clause before `before` describes, when the clause runs up to a participle
 * ("Sollecito, who changed his story, claiming …"); null otherwise.
 */
function relativeAntecedent(tokens: readonly Token[], before: number): Mention | null {
  for (let k = before - 1; k > 1; k--) {
    if (!isWord(tokens[k]) && !isPunct(tokens[k], ",")) return null;
    if (tokens[k]?.lower !== "who" || !isPunct(tokens[k - 1], ",")) continue;
    const nameStart = nameRunStart(tokens, k - 1);
    const name = nameStart < k - 1 ? parseMention(tokens.slice(nameStart, k - 1)) : null;
    return name?.kind === "person" || name?.kind === "name" ? name : null;
  }
  return null;
}

/** Start of the noun phrase ending before `end`: back to the preposition, verb or punctuation before it. */
function nounPhraseStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0 && end - start < NOUN_PHRASE_REACH) {
    const token = tokens[start - 1];
    if (!isWord(token) || PREPOSITIONS.has(token.lower) || SUBORDINATORS.has(token.lower)) break;
    if (
      !token.capitalized &&
      (cueEntry(token.lower) || AUXILIARIES.has(token.lower) || /ed$/.test(token.lower))
    )
      break;
    start--;
  }
  return start;
}

/** "Shorten did, however, say …": an adverb set off by commas after an auxiliary, skipped leftwards from `from`. */
function skipAdverbAside(tokens: readonly Token[], from: number): number {
  const adverb = tokens[from - 1];
  const auxiliary = tokens[from - 3];
  const asideAdverb =
    isPunct(tokens[from], ",") &&
    isPunct(tokens[from - 2], ",") &&
    isWord(adverb) &&
    !adverb.capitalized &&
    (/ly$/.test(adverb.lower) || ASIDE_ADVERBS.has(adverb.lower));
  return asideAdverb && isWord(auxiliary) && AUXILIARIES.has(auxiliary.lower) ? from - 3 : from;
}

/**
 * The subject before one or more asides: "Miller, the State Department spokesman, said", "Watson, from
 * Johannesburg, who has written …, admitted", "the firm – which operates 20 hostels – said". When the aside is
 * the name ("Guo’s lawyer, Sidhardha Kamaraju, described"), the name is the speaker and what precedes its role.
 */
function asideSlot(tokens: readonly Token[], closer: number): Slot | null {
  const delimiters = isPunct(tokens[closer], ",") ? "," : "–—-";
  let asideEnd = closer;
  let role: string | null = null;
  for (let peeled = 0; peeled < MAX_ASIDES; peeled++) {
    const asideStart = clauseStart(tokens, asideEnd, MAX_ASIDE_TOKENS, true);
    if (!isPunct(tokens[asideStart - 1], delimiters)) return null;
    const aside = tokens.slice(asideStart, asideEnd);
    const asideMention = parseMention(aside);
    if (!looksLikeAside(aside, asideMention)) return peeled === 0 ? listAppositiveSlot(tokens, closer) : null;
    const subjectStart = clauseStart(tokens, asideStart - 1);
    const subjectTokens = tokens.slice(subjectStart, asideStart - 1);
    const subject = parseMention(subjectTokens);
    const namedAside =
      aside[0]?.capitalized && (asideMention?.kind === "person" || asideMention?.kind === "name");
    if (namedAside && asideMention && subject?.kind !== "person" && subject?.kind !== "name") {
      const asRole = subject && subject.kind !== "pronoun" ? subject.surface : null;
      return { mention: asideMention, start: subjectStart, end: closer, role: asRole };
    }
    if (isAppositive(aside)) role ??= joinSurface(aside);
    const first = subjectTokens[0];
    const anotherAside =
      isWord(first) && (PREPOSITIONS.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower));
    if (anotherAside && isPunct(tokens[subjectStart - 1], delimiters)) {
      asideEnd = asideStart - 1;
      continue;
    }
    return subject ? { mention: subject, start: subjectStart, end: closer, role } : null;
  }
  return null;
}

/**
 * "Arthur Sinodinos, the minister for industry, innovation and science, has said": an appositive whose own words
 * hold a list with commas. It starts with a determiner after the name's comma and ends with a conjunction's item.
 */
function listAppositiveSlot(tokens: readonly Token[], closer: number): Slot | null {
  for (let comma = closer - 1; comma >= 0 && closer - comma <= MAX_ASIDE_TOKENS; comma--) {
    if (!isPunct(tokens[comma], ",")) continue;
    const aside = tokens.slice(comma + 1, closer);
    const list =
      aside.some((t) => isPunct(t, ",")) && aside.some((t) => t.lower === "and" || t.lower === "or");
    if (!list || !isAppositive(aside) || aside.some((t) => !isWord(t) && !isPunct(t, ","))) continue;
    const subjectStart = clauseStart(tokens, comma);
    const subject = parseMention(tokens.slice(subjectStart, comma));
    if (subject?.kind === "person" || subject?.kind === "name")
      return { mention: subject, start: subjectStart, end: closer, role: joinSurface(aside) };
    return null;
  }
  return null;
}

function isAppositive(aside: readonly Token[]): boolean {
  const first = aside[0];
  return (
    isWord(first) &&
    (DETERMINERS.has(first.lower) || first.possessive) &&
    !aside.some((t) => RELATIVE_PRONOUNS.has(t.lower))
  );
}

/** An appositive, relative clause or circumstance between a subject and its verb, or the name itself. */
function looksLikeAside(aside: readonly Token[], mention: Mention | null): boolean {
  const first = aside[0];
  if (!isWord(first)) return false;
  if (DETERMINERS.has(first.lower) || first.possessive || PREPOSITIONS.has(first.lower)) return true;
  // "Jane Doe, 58, told …": an age.
  if (aside.length === 1 && /^\d{1,3}$/.test(first.text)) return true;
  // "Russ Mould, investment director at AJ Bell, said": a bare role.
  if (aside.some((t) => isWord(t) && !t.capitalized && TITLE_WORDS.has(t.lower))) return true;
  if (RELATIVE_PRONOUNS.has(first.lower)) return true;
  return mention?.kind === "person" || mention?.kind === "name";
}

function joinSurface(tokens: readonly Token[]): string {
  const words = tokens.filter(
    (t) => !(isWord(t) && (t.lower === "the" || t.lower === "a" || t.lower === "an")),
  );
  return words
    .map((t) => t.text)
    .join(" ")
    .replace(/ ([,)’])/g, "$1")
    .replace(/\( /g, "(");
}

/** The speaker slot right of an inverted cue: "said the senior administration official", "says Oller, a …". */
function rightSlot(tokens: readonly Token[], cueEnd: number): Slot | null {
  let end = cueEnd;
  while (end < tokens.length && end - cueEnd < MAX_SUBJECT_TOKENS) {
    const token = tokens[end] as Token;
    if (token.kind === "quote" || (token.kind === "punct" && !"()&-".includes(token.text))) break;
    end++;
  }
  const first = tokens[cueEnd];
  // "said on the Senate floor", "said last week": circumstances, not a speaker.
  const gerund = !first?.capitalized && first?.lower.endsWith("ing");
  if (!isWord(first) || PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || gerund) return null;
  const mention = parseMention(tokens.slice(cueEnd, end));
  if (!mention || (mention.kind === "pronoun" && cueEnd !== end - 1)) return null;
  let role: string | null = null;
  const comma = tokens[end];
  const appositiveStart = tokens[end + 1];
  if (isPunct(comma, ",") && isWord(appositiveStart) && DETERMINERS.has(appositiveStart.lower)) {
    let stop = end + 1;
    while (stop < tokens.length && !isPunct(tokens[stop], ",.;") && tokens[stop]?.lower !== "who") stop++;
    // "According to the ministry, the harvest will recover": a clause with a finite verb is the report.
    const clause = tokens.slice(end + 2, stop).some((t) => isWord(t) && FINITE_AUXILIARIES.has(t.lower));
    if (!clause) role = joinSurface(tokens.slice(end + 1, stop));
  }
  return { mention, start: cueEnd, end, role };
}

/**
 * Whether a finite verb starts at `index` (after adverbs): an auxiliary or modal, a verb of saying or
 * believing, or a past or third-person form ("Strava is", "Abu Ghaith had", "Kret says", "she quickly added").
 */
function looksFinite(tokens: readonly Token[], index: number): boolean {
  let i = index;
  while (isWord(tokens[i]) && /ly$/.test((tokens[i] as Token).lower)) i++;
  const verb = tokens[i];
  if (!isWord(verb) || verb.capitalized) return false;
  if (FINITE_AUXILIARIES.has(verb.lower) || BELIEF_VERBS.has(verb.lower)) return true;
  const cue = cueEntry(verb.lower);
  if (cue) return !verb.lower.endsWith("ing");
  return /[^s]ed$/.test(verb.lower) && !isNominalHead(verb);
}

/**
 * ", which is ironic since …", ", which means …": a relative clause about the whole report is the writer's
 * comment, not part of what was said (", which was approved in May," describes a noun and stays).
 */
function isSententialRelative(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== "which") return false;
  const verb = tokens[index + 1]?.lower ?? "";
  if (verb === "means" || verb === "meant") return true;
  if (!BE_FORMS.has(verb)) return false;
  let k = index + 2;
  while (
    isWord(tokens[k]) &&
    /^(also|very|rather|quite|somewhat|particularly|especially)$/.test((tokens[k] as Token).lower)
  )
    k++;
  const word = tokens[k];
  return isWord(word) && !word.capitalized && EVALUATIVE.test(word.lower) && !/ed$/.test(word.lower);
}

/** Whether a pronoun can refer to a participant: he/she to a person of that gender, it/they to a collective. */
function pronounFits(pronoun: Mention, participant: Participant): boolean {
  if (pronoun.name === "they") return participant.kind === "group" || participant.kind === "organization";
  if (pronoun.name === "it") return participant.kind === "organization";
  if (pronoun.epithet) return participant.kind === "person";
  if (pronoun.gender === null) return false;
  return (
    isSinglePerson(participant) && (participant.gender === null || participant.gender === pronoun.gender)
  );
}

/** Collects a sentence's statements, once per span, and records who spoke where for pronoun resolution. */
class StatementSink {
  readonly statements: FoundStatement[] = [];

  constructor(
    private readonly registry: ParticipantRegistry,
    readonly paragraph: number,
  ) {}

  /** A statement whose speaker the sentence shows without a verb of saying. */
  emitWithoutCue(start: number, end: number, kind: StatementKind, speaker: Participant): void {
    if (end <= start || this.statements.some((s) => s.start === start && s.end === end)) return;
    this.registry.markSpoke(speaker, start, this.paragraph);
    this.statements.push({
      start,
      end,
      kind,
      cue: null,
      speaker,
      paragraph: this.paragraph,
      fromContext: false,
      continuesPrevious: false,
    });
  }

  emit(
    start: number,
    end: number,
    kind: StatementKind,
    attribution: Attribution | null,
    fromContext = false,
    continuesPrevious = false,
  ): void {
    if (end <= start || this.statements.some((s) => s.start === start && s.end === end)) return;
    const speaker = attribution?.speaker ?? null;
    if (speaker) this.registry.markSpoke(speaker, start, this.paragraph);
    const cue = attribution?.cue.text ?? null;
    this.statements.push({
      start,
      end,
      kind,
      cue,
      speaker,
      paragraph: this.paragraph,
      fromContext,
      continuesPrevious,
    });
  }
}

export class SentenceAttributor {
  /** The person or group a narrative sentence just before, in the same paragraph, was about; with its paragraph. */
  private previousSubject: { paragraph: number; participant: Participant } | null = null;

  constructor(private readonly registry: ParticipantRegistry) {}

  private resolve(slot: Slot, paragraph: number, tokens?: readonly Token[]): Participant | null {
    if (tokens && (slot.mention.kind === "pronoun" || slot.mention.epithet)) {
      let bound =
        slot.mention.kind === "pronoun"
          ? this.sentenceAntecedent(tokens, slot.start, slot.mention, paragraph)
          : null;
      // "Royce Mendes, …, was a bit more cautious. He said …", "Cole scored twice. “…,” said the 19-year-old":
      // a pronoun that opens its sentence (after a quote at most) continues the subject of the narrative
      // sentence before it, rather than the last speaker.
      const previous = this.previousSubject;
      const opens = tokens
        .slice(0, slot.start)
        .every((t) => !isWord(t) || cueEntry(t.lower) !== undefined || AUXILIARIES.has(t.lower));
      if (!bound && opens && previous?.paragraph === paragraph)
        bound = pronounFits(slot.mention, previous.participant) ? previous.participant : null;
      if (bound) {
        if (!bound.gender && slot.mention.gender) bound.gender = slot.mention.gender;
        return bound;
      }
    }
    const relative = this.familyMemberInFocus(slot.mention, paragraph);
    if (relative) return relative;
    const mention = slot.role && !slot.mention.role ? { ...slot.mention, role: slot.role } : slot.mention;
    const participant = this.registry.resolve(mention, paragraph) ?? null;
    if (participant && slot.role && !participant.role) participant.role = slot.role;
    if (participant && slot.role && participant.kind === "person")
      participant.aliases.add(`the ${slot.role}`.replace(/^the (the|a|an) /i, "the "));
    return participant;
  }

  /**
   * "Donna Kelce has praised … . Speaking to People, Travis Kelce’s mom confirmed …": a relative of someone who
   * shares the surname of the person the sentence before was about is that person.
   */
  private familyMemberInFocus(mention: Mention, paragraph: number): Participant | null {
    const relation = /(\S+)[’']s? (\S+)$/.exec(mention.surface);
    const previous = this.previousSubject;
    if (mention.kind !== "anonymous" || !relation || previous?.paragraph !== paragraph) return null;
    const [, surname, noun] = relation;
    const person = previous.participant;
    const gender = epithetGender(noun ?? "");
    const fits = person.kind === "person" && (!gender || !person.gender || gender === person.gender);
    return KINSHIP_NOUNS.has(noun?.toLowerCase() ?? "") && fits && person.name.endsWith(` ${surname}`)
      ? person
      : null;
  }

  /**
   * A pronoun speaker prefers the nearest subject before it in its own sentence ("Strava is cagey on the
   * details (it does say …)", "… that Abu Ghaith had no role when he warned …"): the name whose verb follows it,
   * when that name is a known participant of a kind and gender the pronoun can refer to.
   */
  private sentenceAntecedent(
    tokens: readonly Token[],
    before: number,
    pronoun: Mention,
    paragraph: number,
  ): Participant | null {
    for (let i = before - 1; i >= 0; i--) {
      if (!isNameToken(tokens[i]) || isNameToken(tokens[i - 1])) continue;
      const end = nameRunEnd(tokens, i);
      if (tokens[end - 1]?.possessive || !looksFinite(tokens, end)) continue;
      // "an autopsy on Vaca was not complete": a name after a preposition is not the subject of that verb.
      if (PREPOSITIONS.has(tokens[i - 1]?.lower ?? "")) continue;
      const mention = parseMention(tokens.slice(i, end));
      if (!mention) continue;
      const known = this.registry.resolveKnown(mention);
      if (known) {
        if (pronounFits(pronoun, known)) return known;
        continue;
      }
      // A name of unknown kind acting as the subject takes the kind the pronoun gives it.
      if (mention.kind === "name" && pronoun.name !== "they") {
        const kind = pronoun.name === "it" ? "organization" : "person";
        return this.registry.resolve({ ...mention, kind, gender: pronoun.gender }, paragraph) ?? null;
      }
    }
    return null;
  }

  /** Every cue of the sentence with its speaker slot, normal order first, inverted order otherwise. */
  private attributions(tokens: readonly Token[], paragraph: number): Attribution[] {
    const found: Attribution[] = [];
    for (const cue of findCues(tokens)) {
      if (cue.entry === null) {
        const slot = rightSlot(tokens, cue.end);
        if (!slot) continue;
        const byIndex = slot.mention.surface.toLowerCase().lastIndexOf(" by ");
        const mention = byIndex >= 0 ? this.afterBy(tokens, slot) : slot.mention;
        if (!mention) continue;
        const speaker = this.resolve({ ...slot, mention }, paragraph);
        found.push({
          cue,
          speaker,
          mention,
          slotStart: cue.index,
          slotEnd: slot.end,
          inverted: true,
          participle: false,
        });
        continue;
      }
      const before = tokens[cue.index - 1];
      // "Declaring “…” is at stake, Defense Secretary Robert Gates has ordered …": an opening participle's
      // speaker is the subject of the main clause after its comma.
      if (cue.index === 0 && isParticiple(cue)) {
        const subject = mainClauseSubject(tokens, cue.end);
        if (subject) {
          found.push({
            cue,
            speaker: this.registry.resolve(subject.mention, paragraph) ?? null,
            mention: subject.mention,
            slotStart: cue.index,
            slotEnd: cue.end,
            inverted: false,
            participle: true,
          });
        }
        continue;
      }
      // "…, saying …", "…, adding that …", "It concluded by saying …": a participle goes on with the
      // sentence's speaker.
      const byParticiple = isWord(before) && before.lower === "by";
      if ((isPunct(before, ",") || byParticiple) && isParticiple(cue)) {
        const previous = found.at(-1);
        // "… from Sollecito, who changed his story this week, claiming …": the relative clause's antecedent.
        const relative = previous ? null : relativeAntecedent(tokens, cue.index);
        const subject = previous || relative ? null : sentenceSubject(tokens);
        const mention = previous?.mention ?? relative ?? subject?.mention;
        if (mention) {
          const speaker = previous ? previous.speaker : (this.registry.resolve(mention, paragraph) ?? null);
          found.push({
            cue,
            speaker,
            mention,
            slotStart: cue.index,
            slotEnd: cue.end,
            inverted: false,
            participle: true,
          });
        }
        // Without a subject to go on with, the words before the comma are no speaker either.
        continue;
      }
      const slot =
        !before || before.kind === "quote" || isPunct(before, ":;") ? null : leftSlot(tokens, cue.index);
      // "He has apologised for his actions saying …": a participle with no subject of its own goes on with
      // the sentence's.
      // ("are threatening communities", "when explaining …", "after revealing …" are no such participles.)
      const subjectless =
        slot === null &&
        isParticiple(cue) &&
        isWord(before) &&
        !before.capitalized &&
        !AUXILIARIES.has(before.lower) &&
        !FINITE_AUXILIARIES.has(before.lower) &&
        !SUBORDINATORS.has(before.lower) &&
        !PREPOSITIONS.has(before.lower);
      const continued = subjectless ? sentenceSubject(tokens) : null;
      const left = continued
        ? { mention: continued.mention, start: cue.index, end: cue.end, role: null }
        : slot;
      // "nothing the lawyer said made …", "everything she said was …": a contact relative clause; the cue
      // describes words, nobody reports any here.
      if (left && isContactRelative(tokens, left.start)) continue;
      if (left) {
        const speaker = this.resolve(left, paragraph, tokens);
        found.push({
          cue,
          speaker,
          mention: left.mention,
          slotStart: left.start,
          slotEnd: cue.end,
          inverted: false,
          participle: false,
        });
        continue;
      }
      // Inverted order ("…,” said X") takes a finite verb: a gerund after a comma is a list ("reading, writing").
      const invertible = !isParticiple(cue);
      if (invertible && (!before || before.kind === "quote" || isPunct(before, ",:;—–-"))) {
        const right = rightSlot(tokens, cue.end);
        if (right && right.mention.kind !== "pronoun") {
          const speaker = this.resolve(right, paragraph, tokens);
          found.push({
            cue,
            speaker,
            mention: right.mention,
            slotStart: cue.index,
            slotEnd: right.end,
            inverted: true,
            participle: false,
          });
        }
      }
    }
    return found;
  }

  /** "According to a reading by State Department spokesman Matt Miller": the speaker follows "by". */
  private afterBy(tokens: readonly Token[], slot: Slot): Mention | null {
    for (let i = slot.end - 1; i >= slot.start; i--) {
      if (tokens[i]?.lower === "by") return parseMention(tokens.slice(i + 1, slot.end));
    }
    return null;
  }

  /** Token range of the clause a cue reports, or null when the cue has no clause after it. */
  private reportedClause(
    tokens: readonly Token[],
    attribution: Attribution,
    sentenceCutoffs: number[],
  ): [number, number] | null {
    const { cue } = attribution;
    // "Insisting the budget was “balanced,” the treasurer rejected …": an opening participle's clause ends
    // where the main clause begins.
    const mainClause = tokens.findIndex(
      (t, k) => k > cue.end && (isPunct(t, ",") || (t.kind === "quote" && t.quote?.endsWithComma)),
    );
    const opening = cue.index === 0 && isParticiple(cue) && mainClause > 0;
    const cutoffs = opening
      ? [...sentenceCutoffs, tokens[mainClause]?.kind === "quote" ? mainClause + 1 : mainClause]
      : sentenceCutoffs;
    // "According to X, CLAUSE": the clause follows the source's comma.
    if (cue.text === "according to") {
      return isPunct(tokens[attribution.slotEnd], ",") && cue.index === 0
        ? this.clauseEnd(tokens, attribution.slotEnd + 1, cutoffs)
        : null;
    }
    if (!cue.entry || cue.entry.cueClass === "naming" || attribution.inverted) return null;
    let j = cue.end;
    if (ADVICE_CUES.has(cue.entry.lemma) && tokens[j]?.lower === "you" && tokens[j + 1]?.lower !== "to") {
      const verb = tokens[j + 1];
      if (
        isWord(verb) &&
        !verb.capitalized &&
        !FINITE_AUXILIARIES.has(verb.lower) &&
        !/(ed|s)$/.test(verb.lower)
      )
        return this.clauseEnd(tokens, j, cutoffs);
    }
    if (cue.entry.cueClass === "addressed") {
      // "told reporters that …", "warned Republicans not to …": skip the hearer.
      let k = j;
      while (
        k < tokens.length &&
        k - j < MAX_OBJECT_TOKENS &&
        isWord(tokens[k]) &&
        !opensClause(tokens[k] as Token) &&
        !(k > j && circumstanceLength(tokens, k) > 0) &&
        !(k > j && SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? ""))
      )
        k++;
      // "telling The Journal this weekend that …": a circumstance may follow the hearer.
      while (
        k > j &&
        isWord(tokens[k]) &&
        !opensClause(tokens[k] as Token) &&
        circumstanceLength(tokens, k) > 0
      )
        k += circumstanceLength(tokens, k);
      const next = tokens[k];
      const infinitive =
        isWord(next) && (next.lower === "to" || (next.lower === "not" && tokens[k + 1]?.lower === "to"));
      if (infinitive) {
        if (!INFINITIVE_CUES.has(cue.entry.lemma)) return null;
        if (k === j && HEARER_INFINITIVE_CUES.has(cue.entry.lemma)) return null;
        // "asked the Treasury to …" is a reported request; "asked Congress / 15 specialists to …" is as often
        // narrated procedure: only a definite institution or official as the hearer counts.
        if (cue.entry.lemma === "ask" && tokens[j]?.lower !== "the") return null;
        // "urged residents to avoid …": the report is the hearer with its infinitive.
        return this.clauseEnd(tokens, j, cutoffs);
      }
      // "told reporters that …", "told CNN they had no information …".
      if (k > j && !(isWord(next) && (CLAUSE_OPENERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower))))
        return null;
      j = k;
    }
    for (let k = j; k < Math.min(tokens.length, j + THAT_DISTANCE); k++) {
      const token = tokens[k] as Token;
      // A pronoun means the clause has begun without "that": "saying he had received word … that …".
      const otherCue = cueEntry(token.lower) && k > j && !isNounUse(tokens, k);
      if (!isWord(token) || otherCue || PRONOUNS.has(token.lower)) break;
      if (token.lower === "that") {
        // "said that, while …, CLAUSE": a fronted subordinate clause belongs to the report.
        const fronted =
          isPunct(tokens[k + 1], ",") && ADVERBIAL_SUBORDINATORS.has(tokens[k + 2]?.lower ?? "");
        return this.clauseEnd(tokens, fronted ? k + 2 : k + 1, cutoffs);
      }
    }
    if (tokens[j]?.lower === "to" && COMMISSIVE_CUES.has(cue.entry.lemma)) {
      // "the savings that Musk pledged to find": in a relative clause the infinitive's object is the noun before.
      const relative =
        RELATIVE_PRONOUNS.has(tokens[attribution.slotStart - 1]?.lower ?? "") ||
        tokens[attribution.slotStart - 1]?.lower === "that";
      return relative ? null : this.clauseEnd(tokens, j, cutoffs);
    }
    for (let skip = circumstanceLength(tokens, j); skip > 0; skip = circumstanceLength(tokens, j)) j += skip;
    const first = tokens[j];
    if (!isWord(first)) return null;
    if (CLAUSE_OPENERS.has(first.lower)) return this.clauseEnd(tokens, j, cutoffs);
    // Without "that", only verbs that commonly take a bare clause: "Miller said the US government has …";
    // others only when a finite verb shows a clause ("noted the FBI held a briefing", not "noted the delay").
    const weak = WEAK_BARE_CLAUSE_CUES.has(cue.entry.lemma);
    if (!BARE_CLAUSE_CUES.has(cue.entry.lemma) && !weak) return null;
    if (weak && !finiteVerbAhead(tokens, j)) return null;
    // "said about 1.5 percent of the fund was …": an approximated number is a subject.
    const approximated = APPROXIMATORS.has(first.lower) && /^[\d$£€]/.test(tokens[j + 1]?.text ?? "");
    const subjectLike = looksLikeClauseSubject(first) || approximated || hasFiniteVerbSoon(tokens, j + 1);
    if (!subjectLike || (first.lower === "it" && tokens[j + 1]?.lower === "clear")) return null;
    // "would say this to Trump": a demonstrative is the object unless a verb follows ("said this would help").
    // ("said this study and others underscore …": before a noun it is a determiner of the clause's subject.)
    const demonstrativeObject = !isWord(tokens[j + 1]) || PREPOSITIONS.has(tokens[j + 1]?.lower ?? "");
    if (DEMONSTRATIVES.has(first.lower) && demonstrativeObject && !looksFinite(tokens, j + 1)) return null;
    return this.clauseEnd(tokens, j, cutoffs);
  }

  private clauseEnd(tokens: readonly Token[], start: number, cutoffs: number[]): [number, number] | null {
    let end = tokens.length;
    for (const cut of cutoffs) if (cut > start && cut < end) end = cut;
    let depth = 0;
    for (let k = start; k < end; k++) {
      // A closing parenthesis the clause did not open ends it: the report was a parenthetical.
      if (tokens[k]?.text === "(") depth++;
      else if (tokens[k]?.text === ")" && --depth < 0) {
        end = k;
        break;
      }
      // ", adding that …", ", citing …" and a spaced dash start something else than the reported clause.
      const next = tokens[k + 1]?.lower ?? "";
      const breaks =
        isPunct(tokens[k], ",") &&
        (PARTICIPLE_TAILS.test(next) || CLAUSE_BREAKERS.has(next) || isSententialRelative(tokens, k + 1));
      // "Tel Aviv – a major city home to scores of missions – was still not safe": a pair of dashes encloses
      // an aside inside the clause; a single one starts something else.
      if (isSpacedDash(tokens, k)) {
        let closing = k + 1;
        while (closing < end && !isSpacedDash(tokens, closing) && !isPunct(tokens[closing], ".;")) closing++;
        if (
          closing < end &&
          isSpacedDash(tokens, closing) &&
          closing + 1 < end &&
          isWord(tokens[closing + 1])
        ) {
          k = closing;
          continue;
        }
      }
      if (breaks || isSpacedDash(tokens, k)) {
        end = k;
        break;
      }
      // "…, but it noted the delay", "… while Gallant said “…”": a clause with its own subject and verb of
      // saying starts another report.
      const afterComma = isPunct(tokens[k - 1], ",") || tokens[k - 1]?.quote?.endsWithComma === true;
      const joiner = COORDINATORS.has(tokens[k]?.lower ?? "") || CLAUSE_BREAKERS.has(tokens[k]?.lower ?? "");
      const subject = tokens[k + 1];
      const subjectEnd = isNameToken(subject) ? nameRunEnd(tokens, k + 1) : k + 2;
      const ownReport =
        afterComma &&
        joiner &&
        (PRONOUNS.has(subject?.lower ?? "") || isNameToken(subject)) &&
        cueEntry(tokens[subjectEnd]?.lower ?? "") !== undefined;
      if (k > start && ownReport) {
        end = isPunct(tokens[k - 1], ",") ? k - 1 : k;
        break;
      }
      // "pledged to issue advisories and urged residents to …": a second verb of saying starts its own report.
      const after = tokens[k + 1];
      if (
        k > start &&
        isWord(tokens[k]) &&
        COORDINATORS.has((tokens[k] as Token).lower) &&
        isWord(after) &&
        !after.capitalized &&
        // ("… and warning that …" goes on with a participle report of its own.)
        (!after.lower.endsWith("ing") || tokens[k + 2]?.lower === "that") &&
        // ("attempt to protest or demand compliance": a bare form goes on with an infinitive.)
        cueEntry(after.lower)?.lemma !== after.lower &&
        cueEntry(after.lower) !== undefined &&
        !isNounUse(tokens, k + 1)
      ) {
        end = k;
        break;
      }
      // ", but would not say whether …": a refusal ends the reported clause.
      if (isPunct(tokens[k], ",;") && COORDINATORS.has(tokens[k + 1]?.lower ?? "")) {
        const tail = tokens.slice(k + 2, k + 6);
        // ("…, and it had no jurisdiction" goes on: "no" before a noun refuses nothing.)
        if (tail.some((t) => (isNegation(t) && t.lower !== "no") || REFUSAL_VERBS.has(t.lower))) {
          end = k;
          break;
        }
      }
    }
    while (end > start && isPunct(tokens[end - 1], ".,;:!?—–-")) end--;
    if (end <= start) return null;
    const words = tokens
      .slice(start, end)
      .reduce((sum, t) => sum + (t.kind === "punct" ? 0 : wordCount(t.text)), 0);
    return words >= MIN_CLAUSE_WORDS ? [start, end] : null;
  }

  /**
   * The person a narrative sentence is about: its subject ("Draper meanwhile wrapped up his win …", "He won
   * …"), for a quote paragraph with no cue that follows it.
   */
  narrativeSubject(sentence: Sentence): Participant | null {
    return this.subjectOf(sentence.tokens, sentence.paragraph);
  }

  private subjectOf(tokens: readonly Token[], paragraph: number): Participant | null {
    const subject = sentenceSubject(tokens);
    if (!subject) return null;
    const { mention } = subject;
    // "Hundreds of protesters converged on Helena. “Let her speak,” they chanted.": a plural group acting in
    // the story is someone a following "they" can refer to.
    // ("Experts from Halden University …" is cut short here: its complement makes it a group registered already.)
    const after = tokens.find((t) => t.start >= mention.end);
    const actingGroup =
      mention.kind === "group" && !mention.members.length && !PREPOSITIONS.has(after?.lower ?? "");
    // "The elder Soros gives … . He has contributed … . He funds …": a pronoun subject goes on with the
    // subject of the narrative sentence before it.
    const previous = this.previousSubject;
    const continued =
      mention.kind === "pronoun" &&
      previous?.paragraph === paragraph &&
      pronounFits(mention, previous.participant)
        ? previous.participant
        : null;
    const participant =
      mention.kind === "pronoun"
        ? (continued ?? this.registry.resolvePronoun(mention, paragraph))
        : actingGroup
          ? this.registry.resolve(mention, paragraph)
          : this.registry.resolveKnown(mention);
    return participant?.kind === "person" || participant?.kind === "group" ? participant : null;
  }

  /** Statements of one sentence, in text order. */
  attribute(sentence: Sentence): FoundStatement[] {
    const { tokens, paragraph } = sentence;
    const attributions = this.attributions(tokens, paragraph);
    const sink = new StatementSink(this.registry, paragraph);
    // Commas that open a trailing attribution (", Portal reported", ", says Oller"): reported clauses end there.
    const trailingCommas = attributions
      .map((a) => a.slotStart - 1)
      .filter((k) => isPunct(tokens[k], ",") || tokens[k]?.kind === "quote");
    const clauses: [number, number, Attribution][] = [];
    for (const attribution of attributions) {
      const clause = this.reportedClause(tokens, attribution, trailingCommas);
      if (clause && tokens[clause[0]]?.kind !== "quote") clauses.push([...clause, attribution]);
    }
    this.emitQuotes(tokens, attributions, clauses, sink);
    for (const [start, end, attribution] of clauses) {
      sink.emit((tokens[start] as Token).start, (tokens[end - 1] as Token).end, "indirect", attribution);
    }
    this.emitTrailingClauses(tokens, attributions, clauses, sink);
    const subject = sink.statements.length ? null : this.narrativeSubject(sentence);
    this.previousSubject = subject ? { paragraph, participant: subject } : null;
    return sink.statements.sort((a, b) => a.start - b.start);
  }

  /** Which attribution each quote of the sentence has, by the quote sieves in order of precision. */
  private quoteAttributions(
    tokens: readonly Token[],
    attributions: Attribution[],
    paragraph: number,
  ): Map<number, Attribution> {
    const quoteAttribution = new Map<number, Attribution>();
    const attributionAt = (index: number) =>
      attributions.find((a) => a.slotStart === index || (a.inverted && a.cue.index === index));
    const quotes = tokens.flatMap((token, q) => (token.kind === "quote" ? [q] : []));
    // Sieve 1: quote followed by its attribution ("“…,” X said", "“…,” said X", "“…?” X told reporters").
    for (const q of quotes) {
      const token = tokens[q] as Token;
      const k = isPunct(tokens[q + 1], ",") ? q + 2 : q + 1;
      const attribution = attributionAt(k);
      if (attribution) {
        quoteAttribution.set(q, attribution);
        continue;
      }
      // "“…,” Guo was heard lashing out": an unknown verb after a name right behind a quote still attributes it.
      if (/[?!]$/.test(token.text) || token.quote?.endsWithComma || k === q + 2) {
        const slot = leftSlot(tokens, this.nextLowercase(tokens, k));
        const named = ["person", "name", "pronoun"].includes(slot?.mention.kind ?? "");
        if (slot && slot.start === k && named) {
          const verb = tokens[slot.end];
          const cue: Cue = { index: slot.end, end: slot.end + 1, entry: null, text: verb?.text ?? "" };
          quoteAttribution.set(q, this.slotAttribution(cue, slot, paragraph, tokens));
        }
      }
    }
    // Sieve 2: cue then quote ("X said: “…”", "X added, “…”"); a colon hands the quote to the latest cue before it.
    for (const q of quotes) {
      if (quoteAttribution.has(q)) continue;
      const k = isPunct(tokens[q - 1], ",:") ? q - 2 : q - 1;
      const attribution = isPunct(tokens[q - 1], ":")
        ? attributions.filter((a) => !a.inverted && a.slotEnd <= k + 1).at(-1)
        : attributions.find((a) => !a.inverted && a.slotEnd - 1 === k);
      if (attribution) quoteAttribution.set(q, attribution);
    }
    // Sieve 3: the cue inside the quote ("Blinken “stressed the importance …”").
    for (const q of quotes) {
      if (quoteAttribution.has(q) || q === 0) continue;
      const firstWord = (tokens[q] as Token).lower.split(/[\s,]/)[0] ?? "";
      const entry = cueEntry(firstWord);
      const slot = entry ? leftSlot(tokens, q) : null;
      if (!entry || !slot) continue;
      quoteAttribution.set(
        q,
        this.slotAttribution({ index: q, end: q + 1, entry, text: firstWord }, slot, paragraph, tokens),
      );
    }
    return quoteAttribution;
  }

  private slotAttribution(cue: Cue, slot: Slot, paragraph: number, tokens?: readonly Token[]): Attribution {
    const speaker = this.resolve(slot, paragraph, tokens);
    const slotEnd = Math.max(slot.end, cue.end);
    return {
      cue,
      speaker,
      mention: slot.mention,
      slotStart: slot.start,
      slotEnd,
      inverted: false,
      participle: false,
    };
  }

  /** Quotes: direct, partial, or the quote inside a writer's clause that is the statement ("X’s results “…,” says Y"). */
  private emitQuotes(
    tokens: readonly Token[],
    attributions: Attribution[],
    clauses: [number, number, Attribution][],
    sink: StatementSink,
  ): void {
    const quoteAttribution = this.quoteAttributions(tokens, attributions, sink.paragraph);
    const sentenceSpeaker = [...quoteAttribution.values(), ...attributions][0] ?? null;
    tokens.forEach((token, q) => {
      const quote = token.quote;
      if (!quote || (isTermInNounPhrase(tokens, q) && !namedBy(attributions, q)) || isTitleOfWork(tokens, q))
        return;
      const own = quoteAttribution.get(q);
      if (q === 0 || (q === 1 && isPunct(tokens[0], "("))) {
        const direct = own === undefined || own.slotStart <= q + 2;
        const speaker = own ?? sentenceSpeaker;
        sink.emit(
          quote.start,
          quote.end,
          direct ? "direct" : "partial",
          speaker,
          !speaker,
          quote.continuesPrevious,
        );
        return;
      }
      // The nearest cue before the quote speaks it, even inside another's clause ("noted that Cohen had cited ‘…’").
      const nearest = attributions.filter((a) => a.cue.index < q).at(-1);
      const enclosing = clauses.find(([s, e]) => q >= s && q < e);
      if (enclosing) {
        const nested =
          nearest && nearest.cue.index > enclosing[0] && nearest.cue.entry?.cueClass !== "speech";
        sink.emit(quote.start, quote.end, "partial", nested ? nearest : enclosing[2]);
        return;
      }
      if (own && !own.inverted && own.slotEnd <= q && isPunct(tokens[q - 1], ",:")) {
        sink.emit(quote.start, quote.end, "direct", own);
        return;
      }
      if (own && own.slotStart > q && this.clauseAroundQuote(tokens, q)) {
        sink.emit((tokens[0] as Token).start, quote.outerEnd, "indirect", own);
        return;
      }
      // "Bush became a little emotional as he closed his speech: “…”": a quote after a colon, with no verb of
      // saying in the sentence, is its subject's.
      if (!own && !nearest && isPunct(tokens[q - 1], ":")) {
        const subject = this.subjectOf(tokens, sink.paragraph);
        if (subject?.kind === "person") {
          sink.emitWithoutCue(quote.start, quote.end, "direct", subject);
          return;
        }
      }
      const attribution = own ?? nearest ?? sentenceSpeaker;
      const scare = wordCount(token.text) <= SCARE_QUOTE_MAX_WORDS || /^(\p{Lu}\S*\s*)+$/u.test(token.text);
      if (!attribution && scare) return;
      sink.emit(quote.start, quote.end, "partial", attribution, !attribution);
    });
  }

  /**
   * "The team’s results “are nothing short of beautiful,” says …": the sentence's own words before the quote
   * are part of what was said. Not when they continue the writer's narrative ("But", "So", "Still").
   */
  private clauseAroundQuote(tokens: readonly Token[], q: number): boolean {
    if (clauseStart(tokens, q, MAX_ASIDE_TOKENS, true) !== 0) return false;
    const prefix = tokens.slice(0, q).filter(isWord);
    const narrative = SUBORDINATORS.has(prefix[0]?.lower ?? "") || AUXILIARIES.has(prefix[0]?.lower ?? "");
    return prefix.length >= 2 && !narrative;
  }

  /** Trailing attributions: "CLAUSE, Portal reported", "CLAUSE, says Oller, a …", "While …, Oller says, CLAUSE". */
  private emitTrailingClauses(
    tokens: readonly Token[],
    attributions: Attribution[],
    clauses: [number, number, Attribution][],
    sink: StatementSink,
  ): void {
    const opener = tokens[0];
    // ("Because of the war, Finland has maintained …" opens with a prepositional phrase, not a clause.)
    // "While …, X says, …", "After the impact of vaccination, the study says, …": the report follows.
    const leadingSubordinate =
      (isWord(opener) && ADVERBIAL_SUBORDINATORS.has(opener.lower) && tokens[1]?.lower !== "of") ||
      (COORDINATORS.has(opener?.lower ?? "") && ADVERBIAL_SUBORDINATORS.has(tokens[1]?.lower ?? ""));
    // ("At least three people were killed, Houthi rebels said, …" opens with a clause, not an adverbial.)
    const firstComma = tokens.findIndex((t) => isPunct(t, ","));
    const leadingAdverbial =
      isWord(opener) &&
      (PREPOSITIONS.has(opener.lower) || ADVERBIAL_PREPOSITIONS.has(opener.lower)) &&
      !tokens.slice(0, firstComma).some((t) => isWord(t) && FINITE_AUXILIARIES.has(t.lower));
    for (const attribution of attributions) {
      const comma = attribution.slotStart - 1;
      const medial =
        attribution.cue.text === "according to" &&
        isPunct(tokens[attribution.slotEnd], ",") &&
        looksFinite(tokens, attribution.slotEnd + 1);
      if (!isPunct(tokens[comma], ",") || (comma < MIN_CLAUSE_WORDS && !medial)) continue;
      if (clauses.some(([, , a]) => a === attribution) || attribution.participle) continue;
      const { entry, text } = attribution.cue;
      if (entry?.cueClass === "naming" || (entry === null && text !== "according to")) continue;
      const tailStart = attribution.slotEnd + (isPunct(tokens[attribution.slotEnd], ",") ? 1 : 0);
      const tail = tokens[tailStart];
      // After a leading subordinate clause the main clause, after the attribution, is what was said.
      const interposedAfterAdverbial = leadingAdverbial && isPunct(tokens[attribution.slotEnd], ",");
      if (
        (leadingSubordinate || interposedAfterAdverbial) &&
        isWord(tail) &&
        !PARTICIPLE_TAILS.test(tail.lower) &&
        !COORDINATORS.has(tail.lower)
      ) {
        const clause = this.clauseEnd(tokens, tailStart, []);
        if (clause) {
          sink.emit(
            (tokens[clause[0]] as Token).start,
            (tokens[clause[1] - 1] as Token).end,
            "indirect",
            attribution,
          );
          continue;
        }
      }
      // "Still, the research …": a leading adverb is the writer's; "Wang, the …, attended" is not.
      const start = isWord(opener) && isPunct(tokens[1], ",") && !isNameToken(opener) ? 2 : 0;
      // "Regulators have concluded it is …, according to a letter": the source of a report already attributed.
      const reported = clauses.some(([s, e, a]) => a !== attribution && s >= start && e <= comma);
      if (text === "according to" && reported) continue;
      // "…, with more than 300 killed, according to official tallies": figures cite a source for a number in the
      // clause they follow, not for the writer's whole sentence; only a single plain clause is a claim.
      if (text === "according to" && isStatisticsSource(tokens, attribution)) {
        const clause = tokens.slice(start, comma);
        if (clause.some((t) => isPunct(t, ",") || t.lower === "with")) continue;
      }
      const before = tokens[comma - 1];
      // "The mayor, according to Aftenposten, had known …": a medial source reports the whole sentence.
      const after = attribution.slotEnd;
      if (medial && !reported && comma > start && parseMention(tokens.slice(start, comma)) !== null) {
        let last = tokens.length - 1;
        while (last > after && !isWord(tokens[last])) last--;
        sink.emit((tokens[start] as Token).start, (tokens[last] as Token).end, "indirect", attribution);
        continue;
      }
      // "Even more concerning, he said, is that the lease was renewed …": a short attribution set off inside the
      // sentence, with the sentence's verb after it, reports the whole sentence around it.
      const interposed =
        entry !== null &&
        attribution.slotEnd - attribution.slotStart <= MAX_INTERPOSED_TOKENS &&
        isPunct(tokens[after], ",") &&
        looksFinite(tokens, after + 1) &&
        before?.kind !== "quote" &&
        tokens[start]?.kind !== "quote";
      if (interposed && !reported && comma > start) {
        let last = tokens.length - 1;
        while (last > after && !isWord(tokens[last]) && tokens[last]?.kind !== "quote") last--;
        sink.emit((tokens[start] as Token).start, (tokens[last] as Token).end, "indirect", attribution);
        continue;
      }
      // "…, Finland has always maintained a high level of preparedness": a verb with an object of its own
      // reports nothing before it. Only a hearer ("told reporters") or a circumstance may follow the cue.
      const next = tokens[after];
      const hasObject =
        !attribution.inverted &&
        entry?.cueClass !== "addressed" &&
        isWord(next) &&
        !PREPOSITIONS.has(next.lower) &&
        !MONTHS.test(next.lower) &&
        circumstanceLength(tokens, after) === 0;
      if (
        hasObject ||
        !isTrailingClause(tokens.slice(start, comma)) ||
        before?.kind === "quote" ||
        tokens[start]?.kind === "quote"
      ) {
        continue;
      }
      sink.emit((tokens[start] as Token).start, (before as Token).end, "indirect", attribution);
    }
  }

  /** Index of the first lower-case word at or after `from`: the verb position after a name. */
  private nextLowercase(tokens: readonly Token[], from: number): number {
    let i = from;
    while (
      i < tokens.length &&
      i - from < 6 &&
      !(
        isWord(tokens[i]) &&
        !(tokens[i] as Token).capitalized &&
        !DETERMINERS.has((tokens[i] as Token).lower)
      )
    )
      i++;
    return i;
  }
}

/** Sources that are numbers, not speakers: "according to official tallies", "according to government figures". */
const STATISTICS_NOUNS = new Set(
  "tallies tally figures data statistics stats estimates count counts numbers census records toll".split(" "),
);

function isStatisticsSource(tokens: readonly Token[], attribution: Attribution): boolean {
  const last = tokens.slice(attribution.slotStart, attribution.slotEnd).filter(isWord).at(-1);
  return last !== undefined && STATISTICS_NOUNS.has(last.lower);
}
