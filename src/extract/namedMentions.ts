import { cueEntry } from "./cues.js";
import {
  DETERMINERS,
  GROUP_NOUNS,
  INSTITUTION_DESCRIPTORS,
  ORGANIZATION_DESCRIPTORS,
  PERSON_NOUNS,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  SUBORDINATORS,
  TITLE_WORDS,
} from "./lexicon.js";
import {
  institutionsEnd,
  isNameToken,
  isNominalHead,
  type Mention,
  nameRunEnd,
  parseMention,
} from "./mentions.js";
import type { ParticipantRegistry } from "./participants.js";
import type { Sentence } from "./sentences.js";
import { isWord, type Token } from "./tokens.js";

/**
 * First pass: every name the article uses, speaking or not, registered in text order so that later surnames,
 * pronouns and descriptors can resolve to them. Only names with evidence become participants: a title, a known
 * first name, an organisation keyword, an appositive or relative clause ("Hao Haidong, a former …").
 */
const MAX_TITLE_CHAIN = 6;
/** Titles of rank that make the name after them a person's: "Baroness Wilkins", "Sir Keir". */
const PEERAGE_TITLES = new Set("baroness baron lord lady dame sir duke duchess earl countess".split(" "));

function titleChainStart(tokens: readonly Token[], runStart: number): number {
  let start = runStart;
  while (start > 0 && runStart - start < MAX_TITLE_CHAIN) {
    const previous = tokens[start - 1] as Token;
    const chains =
      previous.kind === "word" &&
      (TITLE_WORDS.has(previous.lower) ||
        PEERAGE_TITLES.has(previous.lower) ||
        ROLE_MODIFIERS.has(previous.lower) ||
        isNameToken(previous) ||
        previous.lower === "of" ||
        previous.possessive);
    if (!chains) break;
    start--;
  }
  return start;
}

/** ", a former soccer player for …," or ", who …": the text describes the name before it as someone. */
function appositiveAfter(
  tokens: readonly Token[],
  runEnd: number,
): { role: string | null; isPerson: boolean } {
  const comma = tokens[runEnd];
  const next = tokens[runEnd + 1];
  // "it was Katie Boulter who got the ball rolling": a restrictive "who" speaks of a person too.
  if (comma?.lower === "who") return { role: null, isPerson: true };
  if (comma?.text !== "," || next?.kind !== "word") return { role: null, isPerson: false };
  if (next.lower === "who") return { role: null, isPerson: true };
  // "Richard Gummery, 45, was pedalling …": an age set off by commas describes a person.
  const age =
    /^\d{1,3}$/.test(next.text) && Number(next.text) < 120 && /^[,.]$/.test(tokens[runEnd + 2]?.text ?? "");
  if (age) return { role: null, isPerson: true };
  const bare = bareRoleAppositive(tokens, runEnd + 1);
  if (bare) return { role: bare, isPerson: true };
  if (!DETERMINERS.has(next.lower) && !next.possessive) return { role: null, isPerson: false };
  let end = runEnd + 1;
  // "about Martin, his leadership and the direction of the party": an appositive ends at a conjunction, and
  // at a verb of saying when its closing comma is missing ("Scott Thompson, a spokesman for the clinic added").
  const ends = (token: Token | undefined) =>
    token?.kind !== "word" ||
    SUBORDINATORS.has(token.lower) ||
    (!token.capitalized && cueEntry(token.lower) !== undefined);
  while (end < tokens.length && !ends(tokens[end])) end++;
  const words = tokens
    .slice(runEnd + 1, end)
    .filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower) && !t.possessive));
  const hasPersonNoun = words.some((t) => TITLE_WORDS.has(t.lower));
  return { role: hasPersonNoun ? words.map((t) => t.text).join(" ") : null, isPerson: hasPersonNoun };
}

const BARE_ROLE_REACH = 3;

/**
 * ", holiday expert at Sunward Trips,": a bare role (no article) with a person noun among its first words, closed
 * by a comma or the sentence's end, describes the name before it as someone.
 */
function bareRoleAppositive(tokens: readonly Token[], start: number): string | null {
  const first = tokens[start];
  if (first?.kind !== "word" || first.capitalized || DETERMINERS.has(first.lower) || first.possessive)
    return null;
  if (PREPOSITIONS.has(first.lower)) return null;
  let end = start;
  while (end < tokens.length && (tokens[end]?.kind === "word" || tokens[end]?.text === "&")) end++;
  const closer = tokens[end];
  if (closer && closer.text !== "," && closer.text !== "." && closer.text !== "–" && closer.text !== "—")
    return null;
  const words = tokens.slice(start, end);
  const person = words.findIndex(
    (t) => !t.capitalized && (TITLE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower)),
  );
  if (person < 0 || person >= BARE_ROLE_REACH) return null;
  // Only nouns and names up to the person noun: "expert", "holiday expert", not "warned experts".
  if (words.slice(0, person).some((t) => /(ed|ing)$/.test(t.lower))) return null;
  return words.map((t) => t.text).join(" ");
}

function registerRun(
  tokens: readonly Token[],
  runStart: number,
  runEnd: number,
  registry: ParticipantRegistry,
  paragraph: number,
): void {
  // "a Christian minister from Indonesia", "an Iraqi official": a capitalised word between an article and a
  // person noun describes the noun; it names nobody.
  const head = tokens[runEnd];
  const describesNoun =
    /^(a|an)$/.test(tokens[runStart - 1]?.lower ?? "") &&
    runEnd - runStart === 1 &&
    isWord(head) &&
    !head.capitalized &&
    isNominalHead(head);
  if (describesNoun) return;
  const chainStart = titleChainStart(tokens, runStart);
  const mention =
    parseMention(tokens.slice(chainStart, runEnd)) ?? parseMention(tokens.slice(runStart, runEnd));
  if (!mention) return;
  // "a victory over Diane Parry": a name governed by a preposition is mentioned, but is not salient.
  const governor = tokens[chainStart - 1]?.lower ?? "";
  if (PREPOSITIONS.has(governor) && governor !== "by") mention.oblique = true;
  const alias = aliasAfter(tokens, runEnd);
  // "aboard the destroyer USS Higgins, the defense secretary said": after "the destroyer" the name is the
  // destroyer's, and what follows its comma is a new subject, not an appositive.
  const named = tokens[chainStart - 1];
  const namedByNoun =
    isWord(named) &&
    !named.capitalized &&
    !isNominalHead(named) &&
    DETERMINERS.has(tokens[chainStart - 2]?.lower ?? "");
  const appositive = namedByNoun ? { role: null, isPerson: false } : appositiveAfter(tokens, runEnd);
  if (mention.kind === "person" || mention.kind === "organization") {
    const participant = registry.resolve(withAppositive(mention, appositive.role), paragraph);
    if (participant && alias) participant.aliases.add(alias.text);
    return;
  }
  if (mention.kind !== "name") return;
  // "Habeeb Okikiola, popularly known as Portable": a name that goes by another is someone's.
  if (alias?.knownAs) {
    registry.resolve({ ...mention, kind: "person" }, paragraph)?.aliases.add(alias.text);
    return;
  }
  // "Building products firm SIG", "hostel company Safestay": a business noun before a name makes it one.
  const descriptor = organizationDescriptor(tokens, runStart);
  if (descriptor) {
    registry.resolve({ ...mention, kind: "organization", role: mention.role ?? descriptor }, paragraph);
    return;
  }
  // "Watson, from Johannesburg, who has written …": after a preposition the name is a place or an object.
  const afterPreposition = PREPOSITIONS.has(tokens[runStart - 1]?.lower ?? "");
  if (appositive.isPerson && !afterPreposition) {
    registry.resolve(withAppositive({ ...mention, kind: "person" }, appositive.role), paragraph);
    return;
  }
  // A bare surname or a name seen before ("Blinken’s trip"): only a mention of someone already known.
  // A lone capitalised word opening the sentence may be any word ("Shares fell …").
  const ambiguous = runStart === 0 && runEnd - runStart === 1;
  if (!registry.resolveKnown(mention) && !mention.oblique && !ambiguous && isVerbSlot(tokens[runEnd])) {
    // "National Express managed to claw back …": an unclassified name acting as a subject may be what a
    // later "the coach company" refers to.
    registry.noteUnclassified(mention);
  }
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/**
 * Another name given right after a name: an acronym in parentheses ("Economic and Financial Crimes Commission
 * (EFCC)") or ", (popularly|better|also) known as NAME" ("Habeeb Okikiola, popularly known as Portable").
 */
function aliasAfter(tokens: readonly Token[], runEnd: number): { text: string; knownAs: boolean } | null {
  const acronym = tokens[runEnd + 1];
  if (
    tokens[runEnd]?.text === "(" &&
    acronym &&
    ACRONYM.test(acronym.text) &&
    tokens[runEnd + 2]?.text === ")"
  )
    return { text: acronym.text, knownAs: false };
  let known = runEnd + (tokens[runEnd]?.text === "," ? 1 : 0);
  if (/^(popularly|better|also|widely|commonly)$/.test(tokens[known]?.lower ?? "")) known++;
  if (known === runEnd || tokens[known]?.lower !== "known" || tokens[known + 1]?.lower !== "as") return null;
  const aliasEnd = nameRunEnd(tokens, known + 2);
  if (aliasEnd === known + 2) return null;
  return {
    text: tokens
      .slice(known + 2, aliasEnd)
      .map((t) => t.text)
      .join(" "),
    knownAs: true,
  };
}

const MAX_DESCRIPTOR_WORDS = 4;

/** The lower-case description ending in a business noun right before a name ("African telecoms firm"), or null. */
function organizationDescriptor(tokens: readonly Token[], runStart: number): string | null {
  const noun = tokens[runStart - 1];
  if (
    noun?.kind !== "word" ||
    noun.capitalized ||
    !(ORGANIZATION_DESCRIPTORS.has(noun.lower) || INSTITUTION_DESCRIPTORS.has(noun.lower))
  )
    return null;
  let start = runStart - 1;
  while (start > 0 && runStart - start < MAX_DESCRIPTOR_WORDS) {
    const previous = tokens[start - 1] as Token;
    if (previous.kind !== "word" || DETERMINERS.has(previous.lower) || PREPOSITIONS.has(previous.lower))
      break;
    start--;
  }
  return tokens
    .slice(start, runStart)
    .map((t) => t.text)
    .join(" ");
}

/** A lower-case word after a name: the verb of a subject ("Pets at Home was …"), not more of a name. */
function isVerbSlot(token: Token | undefined): boolean {
  // Not a noun the name modifies: "the Sheffield-based company".
  return (
    token?.kind === "word" && !token.capitalized && !PREPOSITIONS.has(token.lower) && !isNominalHead(token)
  );
}

function withAppositive(mention: Mention, role: string | null): Mention {
  return role && !mention.role ? { ...mention, role } : mention;
}

export function registerNamedMentions(sentences: readonly Sentence[], registry: ParticipantRegistry): void {
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      registerInstitutionGroup(tokens, i, registry, sentence.paragraph);
      const continuesRun = isNameToken(tokens[i - 1]) && !tokens[i - 1]?.possessive;
      if (!isNameToken(tokens[i]) || continuesRun) continue;
      const runEnd = nameRunEnd(tokens, i);
      if (runEnd > i) registerRun(tokens, i, runEnd, registry, sentence.paragraph);
      i = Math.max(i, runEnd - 1);
    }
  }
}

/**
 * "Experts from Halden University and the Nordic Water Board studied …": a group named by its institutions is a
 * participant even before it speaks, so that a later "the experts" refers back to it.
 */
function registerInstitutionGroup(
  tokens: readonly Token[],
  i: number,
  registry: ParticipantRegistry,
  paragraph: number,
): void {
  const head = tokens[i];
  const link = tokens[i + 1]?.lower;
  if (head?.kind !== "word" || !GROUP_NOUNS.has(head.lower) || (link !== "from" && link !== "at")) return;
  if (!isNameToken(tokens[i + 2]) || PREPOSITIONS.has(tokens[i - 1]?.lower ?? "")) return;
  const mention = parseMention(tokens.slice(i, institutionsEnd(tokens, i + 2)));
  if (mention?.kind === "group") registry.resolve(mention, paragraph);
}
