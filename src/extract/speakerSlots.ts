import { isNounUse } from "./cueSites.js";
import { BELIEF_VERBS, cueEntry } from "./cues.js";
import {
  ADVERBIAL_PREPOSITIONS,
  ADVERBIAL_SUBORDINATORS,
  AUXILIARIES,
  AUXILIARY_PHRASES,
  COLLECTIVE_NOUNS,
  COORDINATORS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  HONORIFICS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTITY_WORDS,
  RELATIVE_PRONOUNS,
  ROLE_MODIFIERS,
  SUBJECT_PRONOUNS,
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
import { isPunct, isWord, type Token } from "./tokens.js";

/**
 * Speaker slots: the noun phrase that says, left of a cue ("Miller, the State Department spokesman, said") or
 * right of an inverted one ("said the official"), with the role an appositive gives it.
 */

export interface Slot {
  mention: Mention;
  start: number;
  end: number;
  role: string | null;
}

const MAX_SUBJECT_TOKENS = 16;
export const MAX_ASIDE_TOKENS = 40;
export const NOUN_PHRASE_REACH = 10;
const ASIDE_ADVERBS = new Set(["however", "though", "too", "indeed", "also", "nonetheless", "nevertheless"]);
const MAX_ASIDES = 3;

/**
 * Index of the first token of the clause that ends before `end`: after a comma or a quote, and unless
 * `punctuationOnly`, after a subordinator or another verb of saying or believing.
 */
export function clauseStart(
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
export function sentenceSubject(tokens: readonly Token[]): { mention: Mention; start: number } | null {
  let start = 0;
  // "When colleagues noticed …, he lied and said …": the main clause's subject follows the subordinate clause.
  const opener = tokens[0];
  const mainClause = tokens.findIndex((t, k) => isPunct(t, ",") && k > 1);
  const subordinate =
    isWord(opener) &&
    (ADVERBIAL_SUBORDINATORS.has(opener.lower) || /^(after|before|until)$/.test(opener.lower));
  if (subordinate && mainClause > 0) start = mainClause + 1;
  while (isWord(tokens[start]) && SUBORDINATORS.has((tokens[start] as Token).lower)) start++;
  // "…, but it was Katie Boulter who got the ball rolling": a cleft puts its name in focus as the subject.
  for (let k = start; k + 3 < tokens.length; k++) {
    const cleftAt = tokens[k]?.lower === "it" && /^(was|is)$/.test(tokens[k + 1]?.lower ?? "");
    if (!cleftAt || !isNameToken(tokens[k + 2])) continue;
    const nameEnd = nameRunEnd(tokens, k + 2);
    const cleft = tokens[nameEnd]?.lower === "who" ? parseMention(tokens.slice(k + 2, nameEnd)) : null;
    if (cleft) return { mention: cleft, start: k + 2 };
  }
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
export function mainClauseSubject(
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

/** The speaker slot left of a cue: an NP, possibly with an appositive or aside before the cue. */
export function leftSlot(tokens: readonly Token[], cueIndex: number): Slot | null {
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

/**
 * The name a ", who …" relative clause before `before` describes, when the clause runs up to a participle
 * ("Sollecito, who changed his story, claiming …"); null otherwise.
 */
export function relativeAntecedent(tokens: readonly Token[], before: number): Mention | null {
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
export function rightSlot(tokens: readonly Token[], cueEnd: number): Slot | null {
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
export function looksFinite(tokens: readonly Token[], index: number): boolean {
  let i = index;
  while (isWord(tokens[i]) && /ly$/.test((tokens[i] as Token).lower)) i++;
  const verb = tokens[i];
  if (!isWord(verb) || verb.capitalized) return false;
  if (FINITE_AUXILIARIES.has(verb.lower) || BELIEF_VERBS.has(verb.lower)) return true;
  const cue = cueEntry(verb.lower);
  if (cue) return !verb.lower.endsWith("ing");
  return /[^s]ed$/.test(verb.lower) && !isNominalHead(verb);
}
