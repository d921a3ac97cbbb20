import {
  AUXILIARIES,
  COLLECTIVE_NOUNS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  EPITHET_NOUNS,
  FEMALE_HONORIFICS,
  FEMALE_NAMES,
  FIRST_PERSON,
  GROUP_NOUNS,
  HONORIFICS,
  INSTITUTION_DESCRIPTORS,
  KNOWN_ORGANIZATIONS,
  MALE_HONORIFICS,
  MALE_NAMES,
  NOT_NAMES,
  ORGANIZATION_DESCRIPTORS,
  ORGANIZATION_KEYWORDS,
  ORGANIZATION_NOUNS,
  PERSON_NOUNS,
  PLACES,
  PREPOSITIONS,
  PRONOUNS,
  QUANTITY_WORDS,
  ROLE_MODIFIERS,
  SUBORDINATORS,
  TIME_WORDS,
  TITLE_WORDS,
  UNISEX_NAMES,
} from "./lexicon.js";
import { isWord, type Token } from "./tokens.js";

/**
 * Mentions: how the text refers to a participant. A phrase is parsed from a token window (a speaker slot, an
 * appositive, a name run) without a part-of-speech tagger: capitalised runs, a title lexicon, noun heads.
 */
export type Gender = "male" | "female";

export type MentionKind = "pronoun" | "person" | "organization" | "group" | "anonymous" | "place" | "name";

export interface Mention {
  kind: MentionKind;
  /** Candidate canonical name: "Antony Blinken", "senior administration official", "Chinese officials". */
  name: string;
  /** The words as written, without parentheticals: an alias when it differs from the name. */
  surface: string;
  role: string | null;
  /** "the official", "the researchers": refers back to a participant introduced earlier. */
  definite: boolean;
  /** For a conjunction ("Both Blinken and Yellen"), the people it joins. */
  members: Mention[];
  /** For a group led by its members ("Ranga Dias and colleagues"), the words after them. */
  groupTail: string | null;
  gender: Gender | null;
  start: number;
  end: number;
  /** Governed by a preposition ("a win over Diane Parry"): less salient than a subject for later pronouns. */
  oblique?: boolean;
  /** A definite epithet ("the 36-year-old") that names nobody new: it resolves like a pronoun. */
  epithet?: boolean;
}

const ABBREVIATED_TITLES: Record<string, string> = {
  "sen.": "Senator",
  "sens.": "Senator",
  sen: "Senator",
  sens: "Senator",
  "rep.": "Representative",
  "reps.": "Representative",
  "gov.": "Governor",
  "gen.": "General",
  "lt.": "Lieutenant",
  "col.": "Colonel",
  "sgt.": "Sergeant",
  "capt.": "Captain",
  "adm.": "Admiral",
  "prof.": "Professor",
  "rev.": "Reverend",
};

/** Connectors that may sit inside a name ("People’s Republic of China", "Charles de Gaulle"). */
const NAME_CONNECTORS = new Set(
  "of for at de van von der den del dos das di ter ten bin al la le da du".split(" "),
);
const MAX_NAME_PARTICLES = 3;
const AGE_EPITHET = /^(\d+|[a-z]+(-[a-z]+)?)-year-old$/;
/** "X and colleagues": a group led by X. */
const GROUP_TAILS = new Set(["colleagues", "others", "co-authors", "coauthors", "collaborators", "team"]);

const isTitle = (token: Token | undefined): boolean => isWord(token) && TITLE_WORDS.has(token.lower);
/** Words of a ministry's or department's portfolio after "Minister of", "Secretary of". */
const PORTFOLIO_WORDS = new Set(
  `state defense defence health finance foreign home affairs national security justice education energy transport
  transportation labour labor agriculture interior natural resources trade environment housing culture commerce
  economy industry tourism communications information public internal homeland veterans human services works
  treasury war planning development water sport sports youth women family social welfare digital science
  technology`.split(/\s+/),
);
const MAX_TITLE_COMPLEMENT = 3;
const ISSUING_VERBS = /^(released|issued|published|written|signed|sent|posted)$/;
const PEOPLE_QUANTIFIERS = new Set(["many", "some", "others", "most", "several", "few"]);
const isInitial = (token: Token): boolean => /^\p{Lu}\.$/u.test(token.text);

/** A capitalised token that can be part of a name (not "The", not "Monday"). */
/** Acronyms spelled like a function word: "WHO" is the World Health Organization, "US" the United States. */
const ACRONYM_LOOKALIKES = new Set(["who", "us", "it", "am"]);

/** "HOW ARE MICHEÁL Martin …": a lead-in set in capitals has function words, never part of a name. */
function isCapitalisedFunctionWord(token: Token): boolean {
  const lower = token.lower;
  return (
    token.text.length > 1 &&
    token.text === token.text.toUpperCase() &&
    !ACRONYM_LOOKALIKES.has(lower) &&
    (DETERMINERS.has(lower) ||
      PREPOSITIONS.has(lower) ||
      SUBORDINATORS.has(lower) ||
      PRONOUNS.has(lower) ||
      AUXILIARIES.has(lower))
  );
}

/** "Soviet-era", "London-based", "state-owned": a compound adjective, not a name. */
const COMPOUND_ADJECTIVE =
  /-(era|based|owned|backed|led|born|made|style|funded|run|controlled|linked|affiliated|sponsored|bound)$/i;

export function isNameToken(token: Token | undefined): boolean {
  if (!isWord(token) || !token.capitalized) return false;
  if (isInitial(token)) return true;
  if (COMPOUND_ADJECTIVE.test(token.text)) return false;
  if (isCapitalisedFunctionWord(token)) return false;
  return !NOT_NAMES.has(token.base.toLowerCase()) && !HONORIFICS.has(token.lower);
}

const isAllCapitals = (token: Token): boolean =>
  token.text.length > 2 && /\p{Lu}/u.test(token.text) && token.text === token.text.toUpperCase();

/**
 * "REBECCA Cooke": a lead-in set in capitals reaches into a name; a first name in capitals before a mixed-case
 * surname is put in title case. Acronyms ("BBC News", "NHS England") stay as they are.
 */
function inTitleCase(tokens: readonly Token[]): readonly Token[] {
  const [first, second] = tokens;
  if (!first || !second || !isAllCapitals(first) || isAllCapitals(second)) return tokens;
  const titled = first.text.charAt(0) + first.text.slice(1).toLowerCase();
  return isFirstName(titled) ? [{ ...first, text: titled }, ...tokens.slice(1)] : tokens;
}

function withoutPossessive(token: Token): Token {
  return token.possessive ? { ...token, text: token.base } : token;
}

function joinTokens(tokens: readonly Token[]): string {
  let text = "";
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const glued = previous && (token.kind === "punct" ? !/^[(“‘"]$/.test(token.text) : previous.text === "(");
    text += i === 0 || glued ? token.text : ` ${token.text}`;
  });
  return text;
}

function withoutParentheticals(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.text === "(") depth++;
    else if (token.text === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) kept.push(token);
  }
  return kept;
}

export function genderOfFirstName(name: string): Gender | null {
  const first = name.split(" ")[0]?.toLowerCase() ?? "";
  if (FEMALE_NAMES.has(first)) return "female";
  if (MALE_NAMES.has(first)) return "male";
  return null;
}

function honorificGender(honorific: string | null): Gender | null {
  if (!honorific) return null;
  if (FEMALE_HONORIFICS.has(honorific)) return "female";
  return MALE_HONORIFICS.has(honorific) ? "male" : null;
}

function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  return FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower) || UNISEX_NAMES.has(lower);
}

function isOrganizationName(tokens: readonly Token[]): boolean {
  return (
    tokens.some((t) => ORGANIZATION_KEYWORDS.has(t.base.toLowerCase())) ||
    (tokens.length === 1 && KNOWN_ORGANIZATIONS.has(tokens[0]?.base ?? ""))
  );
}

function isPlaceName(tokens: readonly Token[]): boolean {
  return tokens.every((t) => PLACES.has(t.base.replace(/\.$/, "")) || PLACES.has(t.base));
}

function roleText(tokens: readonly Token[]): string | null {
  const words = tokens.filter((t) => !DETERMINERS.has(t.lower) || t.possessive);
  if (!words.length) return null;
  return words.map((t) => ABBREVIATED_TITLES[t.lower] ?? t.text).join(" ");
}

/** The name part of a capitalised run that follows a title: "(of) State Antony Blinken" → "Antony Blinken". */
function nameRunAfterTitle(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && (isNameToken(tokens[end]) || isInitial(tokens[end] as Token))) {
    end++;
    if (tokens[end - 1]?.possessive) break;
  }
  return end;
}

function makeMention(
  kind: MentionKind,
  nameTokens: readonly Token[],
  surfaceTokens: readonly Token[],
  role: string | null,
  gender: Gender | null,
): Mention {
  const first = surfaceTokens[0] ?? nameTokens[0];
  const last = surfaceTokens.at(-1) ?? nameTokens.at(-1);
  const name = joinTokens(
    inTitleCase(nameTokens).map((t, i) => (i === nameTokens.length - 1 ? withoutPossessive(t) : t)),
  );
  const definite =
    kind !== "person" &&
    DETERMINERS.has(surfaceTokens[0]?.lower ?? "") &&
    surfaceTokens[0]?.lower !== "a" &&
    surfaceTokens[0]?.lower !== "an";
  return {
    kind,
    name,
    surface: joinTokens(
      surfaceTokens.map((t, i) => (i === surfaceTokens.length - 1 ? withoutPossessive(t) : t)),
    ),
    role,
    definite,
    members: [],
    groupTail: null,
    gender,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
  };
}

/** Lower-case words with an agent ending that are not nouns for people. */
const NOT_AGENT_NOUNS = new Set(
  `after however never other either neither whether rather together under over later earlier ever per junior prior
  minor inferior superior exterior interior`.split(/\s+/),
);

/**
 * "instructor Oren Falk", "campaigner Ana Ruiz": a lower-case agent noun the title list lacks, right before a
 * person's name of two words or more, is that person's role.
 */
function isAgentNounBeforePerson(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (
    !isWord(token) ||
    token.capitalized ||
    NOT_AGENT_NOUNS.has(token.lower) ||
    ROLE_MODIFIERS.has(token.lower)
  )
    return false;
  if (!/^[a-z]{3,}(or|er|ist|ian|ant)$/.test(token.lower)) return false;
  const end = nameRunEnd(tokens, index + 1);
  const name = tokens.slice(index + 1, end);
  const kind = classifyName(name);
  return name.length >= 2 && (kind === "person" || kind === "name");
}

/**
 * A title chain and the name it introduces: "US Secretary of State Antony Blinken", "State Department
 * spokesman Matt Miller", "prosecutor Juliana Murray", "Sen. Patty Murray", "Mr. Guo".
 */
function titledName(tokens: readonly Token[]): Mention | null {
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const honorific = isWord(token) && HONORIFICS.has(token.lower);
    if (!honorific && !isTitle(token) && !isAgentNounBeforePerson(tokens, t)) continue;
    let nameStart = t + 1;
    // "Secretary of State Antony Blinken", "Minister of National Security Itamar Ben Gvir": the title's
    // complement is its portfolio's words, else one capitalised word.
    if (
      isWord(tokens[nameStart]) &&
      (tokens[nameStart] as Token).lower === "of" &&
      isNameToken(tokens[nameStart + 1])
    ) {
      let afterComplement = nameStart + 1;
      while (
        PORTFOLIO_WORDS.has(tokens[afterComplement]?.lower ?? "") &&
        tokens[afterComplement]?.capitalized
      )
        afterComplement++;
      if (afterComplement === nameStart + 1) afterComplement = nameStart + 2;
      if (nameRunAfterTitle(tokens, afterComplement) === afterComplement) continue;
      nameStart = afterComplement;
    }
    // "head of sports brands Dave Chattaway": a lower-case complement of a few words, then a full name.
    if (tokens[nameStart]?.lower === "of" && !isNameToken(tokens[nameStart + 1])) {
      let complementEnd = nameStart + 1;
      while (complementEnd - nameStart <= MAX_TITLE_COMPLEMENT && isBareModifier(tokens[complementEnd]))
        complementEnd++;
      const fullName = nameRunAfterTitle(tokens, complementEnd) - complementEnd >= 2;
      if (complementEnd > nameStart + 1 && fullName) nameStart = complementEnd;
    }
    if (isTitle(tokens[nameStart]) || !isNameToken(tokens[nameStart])) continue;
    const end = nameRunAfterTitle(tokens, nameStart);
    // "Ms Bowles’ father": the titled name only owns the head that follows; the mention is that head.
    if (tokens[end - 1]?.possessive && isWord(tokens[end])) continue;
    const nameTokens = tokens.slice(nameStart, end);
    if (!nameTokens.length || isOrganizationName(nameTokens) || isPlaceName(nameTokens)) continue;
    let roleStart = t;
    while (roleStart > 0) {
      const previous = tokens[roleStart - 1] as Token;
      // "Former ski instructor": one noun modifier compounds with the title when a role word precedes it.
      const compounds =
        roleStart === t &&
        isBareModifier(previous) &&
        (roleStart === 1 || ROLE_MODIFIERS.has(tokens[roleStart - 2]?.lower ?? ""));
      const chains =
        isWord(previous) &&
        (previous.capitalized ||
          ROLE_MODIFIERS.has(previous.lower) ||
          isTitle(previous) ||
          previous.lower === "of" ||
          compounds);
      if (
        !chains ||
        SUBORDINATORS.has(previous.lower) ||
        (NOT_NAMES.has(previous.lower) && !previous.capitalized)
      )
        break;
      if (previous.capitalized && NOT_NAMES.has(previous.lower)) break;
      roleStart--;
    }
    const roleTokens = honorific && roleStart === t ? [] : tokens.slice(roleStart, nameStart);
    const role =
      honorific && roleStart === t ? null : roleText(roleTokens.filter((x) => !HONORIFICS.has(x.lower)));
    const gender =
      honorificGender(honorific ? token.lower : null) ?? genderOfFirstName(nameTokens[0]?.text ?? "");
    return makeMention("person", nameTokens, tokens.slice(roleStart, end), role, gender);
  }
  return null;
}

/** "expert", "fan", and kinship epithets such as "father-of-three" or "mother-of-two". */
export function isEpithetNoun(lower: string): boolean {
  return (
    EPITHET_NOUNS.has(lower) || /^(father|mother|mum|dad|grandmother|grandfather)-of-[a-z]+$/.test(lower)
  );
}

export function isNominalHead(token: Token): boolean {
  return nominalHead(token) !== null;
}

function nominalHead(token: Token | undefined): MentionKind | null {
  if (!isWord(token)) return null;
  const lower = token.lower;
  if (GROUP_NOUNS.has(lower)) return "group";
  if (PERSON_NOUNS.has(lower) || TITLE_WORDS.has(lower) || isEpithetNoun(lower)) return "anonymous";
  if (
    ORGANIZATION_NOUNS.has(lower) ||
    ORGANIZATION_DESCRIPTORS.has(lower) ||
    INSTITUTION_DESCRIPTORS.has(lower)
  )
    return "organization";
  if (DOCUMENT_NOUNS.has(lower)) return "anonymous";
  // Agent nouns the lists lack: "the hackers", "the user", "a novelist".
  if (/^[a-z]{4,}(ers|ists|ians)$/.test(lower)) return "group";
  if (/^[a-z]{2,}(ist|ian)$/.test(lower) || lower === "user") return "anonymous";
  return null;
}

/** Capitalised run at `from`: "Senate Republicans", "Microsoft", "Wang Yi", "People’s Republic of China". */
export function nameRunEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length) {
    const token = tokens[end] as Token;
    // "A Hong Kong-based official": the capitalised words before a compound adjective are part of it.
    if (token.capitalized && COMPOUND_ADJECTIVE.test(token.text)) return from;
    if (isNameToken(token)) {
      end++;
      if (token.possessive) break;
      continue;
    }
    // "Bureau of Safety and Environmental Enforcement", "Economic and Financial Crimes Commission": "and"
    // inside an institution's name, after an "of" complement or before the keyword that ends it.
    if (isWord(token) && token.lower === "and" && end > from && isNameToken(tokens[end + 1])) {
      const restEnd = nameRunEnd(tokens, end + 1);
      const before = tokens.slice(from, end);
      const rest = tokens.slice(end + 1, restEnd);
      const inComplement = before.some((t) => t.lower === "of") && !isOrganizationName(before.slice(-1));
      const keywordAfter = isOrganizationName(rest) && !isOrganizationName(before);
      if (inComplement || keywordAfter) {
        end = restEnd;
        continue;
      }
    }
    // "Secretary of State", "Sylvie van den Wildenberg": particles that lead on to more of the name.
    let next = end;
    while (
      next - end < MAX_NAME_PARTICLES &&
      isWord(tokens[next]) &&
      NAME_CONNECTORS.has(tokens[next]?.lower ?? "")
    )
      next++;
    if (next > end && isNameToken(tokens[next]) && end > from) {
      end = next;
      continue;
    }
    break;
  }
  return end;
}

/** Where the run of name tokens just before `end` starts (`end` itself when there is none). */
export function nameRunStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0 && isNameToken(tokens[start - 1])) start--;
  return start;
}

function classifyName(nameTokens: readonly Token[]): MentionKind {
  const last = nameTokens.at(-1);
  if (last && GROUP_NOUNS.has(last.base.toLowerCase())) return "group";
  if (isOrganizationName(nameTokens)) return "organization";
  if (isPlaceName(nameTokens)) return "place";
  const first = nameTokens[0];
  if (first && (isFirstName(first.text) || isInitial(first))) return "person";
  return "name";
}

function conjunction(tokens: readonly Token[]): Mention | null {
  const and = tokens.findIndex((t) => isWord(t) && (t.lower === "and" || t.text === "&"));
  if (and <= 0 || and === tokens.length - 1) return null;
  const right = tokens.slice(and + 1);
  const leftTokens = tokens[0]?.lower === "both" ? tokens.slice(1, and) : tokens.slice(0, and);
  const left = parseMention(leftTokens);
  if (!left || left.kind === "pronoun") return null;
  const tail = right.at(-1);
  if (right.length <= 2 && tail && GROUP_TAILS.has(tail.lower)) {
    const groupTail = `and ${right.map((t) => t.text).join(" ")}`;
    return {
      ...makeMention("group", [], tokens, null, null),
      name: `${left.name} ${groupTail}`,
      members: [left],
      groupTail,
    };
  }
  const other = parseMention(right);
  if (!other || other.kind === "pronoun" || other.kind === "anonymous") return null;
  // Two bare names joined as one subject are people ("Both Alvarez and Chen claimed").
  const members = [left, other].map((m) => (m.kind === "name" ? { ...m, kind: "person" as const } : m));
  const group = makeMention("group", [], tokens, null, null);
  return { ...group, name: `${left.name} and ${other.name}`, members };
}

/** Quantifiers that may precede a plural head: "many veterans of …", "some members of …". */
const QUANTIFIERS = new Set(["many", "most", "some", "several", "few", "all", "both", "other", "former"]);

/**
 * A plural group noun with an "of"-complement is one group, named by the whole phrase: "Veterans of Ireland’s
 * diplomatic service" (not the name "Veterans of Ireland"), "participants of both trials", "members of the
 * board". The complement ends at punctuation, another preposition or a time word ("… on Tuesday").
 */
function groupWithComplement(tokens: readonly Token[]): Mention | null {
  let head = 0;
  while (
    isWord(tokens[head]) &&
    (DETERMINERS.has((tokens[head] as Token).lower) || QUANTIFIERS.has((tokens[head] as Token).lower))
  )
    head++;
  const headToken = tokens[head];
  if (!isWord(headToken) || headToken.possessive || nominalHead(headToken) !== "group") return null;
  if (!/s$/.test(headToken.lower)) return null;
  // "Experts from Greenleaf Institute", "researchers at Kiel University": the institution names the group.
  const link = tokens[head + 1]?.lower;
  if ((link === "from" || link === "at") && isNameToken(tokens[head + 2])) {
    const end = institutionsEnd(tokens, head + 2);
    const nameTokens = tokens.slice(head, end).map((t, i) => (i === 0 ? { ...t, text: t.lower } : t));
    const mention = makeMention("group", nameTokens, tokens.slice(0, end), null, null);
    return { ...mention, name: mention.name.charAt(0).toUpperCase() + mention.name.slice(1) };
  }
  if (tokens[head + 1]?.lower !== "of") return null;
  let end = head + 2;
  while (end < tokens.length) {
    const token = tokens[end] as Token;
    if (
      !isWord(token) ||
      (PREPOSITIONS.has(token.lower) && token.lower !== "of") ||
      TIME_WORDS.has(token.lower)
    )
      break;
    end++;
  }
  // "Veterans of Foreign Wars": a capitalised complement makes the whole an institution's name.
  const complement = tokens.slice(head + 2, end);
  if (!complement.length || (headToken.capitalized && complement.every((t) => t.capitalized))) return null;
  const surface = tokens.slice(0, end);
  const nameTokens = tokens.slice(head, end).map((t, i) => (i === 0 ? { ...t, text: t.lower } : t));
  return makeMention("group", nameTokens, surface, null, null);
}

/** The end of one or two institutions' names from `from`: "Halden University and the Nordic Water Board". */
export function institutionsEnd(tokens: readonly Token[], from: number): number {
  const end = nameRunEnd(tokens, from);
  if (tokens[end]?.lower !== "and") return end;
  const second = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  return isNameToken(tokens[second]) ? nameRunEnd(tokens, second) : end;
}

/** A lower-case content word that may modify a noun after it (not a function word). */
function isBareModifier(token: Token | undefined): boolean {
  if (!isWord(token) || token.capitalized || token.possessive) return false;
  const lower = token.lower;
  return (
    /^[a-z-]+$/.test(lower) &&
    !DETERMINERS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    !SUBORDINATORS.has(lower) &&
    !PRONOUNS.has(lower) &&
    !TIME_WORDS.has(lower) &&
    !/^(and|or|but|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)$/.test(
      lower,
    )
  );
}

/** A plural noun ("figures", "colleagues"), not a singular ending in s ("boss", "analysis", "news"). */
export function isPluralNoun(token: Token): boolean {
  return !token.possessive && /[a-z][^su']s$/.test(token.lower) && !/(ss|is|us|ews)$/.test(token.lower);
}

/** Parses a speaker slot or any noun-phrase window into a mention; null when it names nobody. */
export function parseMention(window: readonly Token[]): Mention | null {
  let tokens = withoutParentheticals(window).filter((t) => t.kind !== "punct" || t.text === "&");
  // "Former area councillor": a role word capitalised only to open the sentence is no name.
  const [opener, second] = tokens;
  if (opener?.capitalized && ROLE_MODIFIERS.has(opener.lower) && isWord(second) && !second.capitalized)
    tokens = [{ ...opener, capitalized: false }, ...tokens.slice(1)];
  while (tokens.length > 1 && isWord(tokens[0]) && SUBORDINATORS.has((tokens[0] as Token).lower))
    tokens = tokens.slice(1);
  const first = tokens[0];
  if (first?.kind !== "word") return null;
  if (tokens.length === 1 && PRONOUNS.has(first.lower)) {
    const gender = first.lower === "he" ? "male" : first.lower === "she" ? "female" : null;
    return { ...makeMention("pronoun", [first], [first], null, gender), name: first.lower };
  }
  if (FIRST_PERSON.has(first.lower) && tokens.length === 1) return null;
  // "many say …", "others argue …": a quantifier standing alone for people is a group.
  // (It refers to no group described before: "some" here are not "some" there.)
  if (tokens.length === 1 && PEOPLE_QUANTIFIERS.has(first.lower))
    return { ...makeMention("group", tokens, tokens, null, null), definite: false };
  // "said the 36-year-old": an age epithet refers back to someone already in the story, like a pronoun.
  if (tokens.length === 2 && first.lower === "the" && AGE_EPITHET.test(tokens[1]?.lower ?? "")) {
    return { ...makeMention("anonymous", tokens, tokens, null, null), definite: true, epithet: true };
  }
  // "A group of Auckland University students": a collective noun stands for the people of its complement.
  const collectiveAt = DETERMINERS.has(first.lower) ? 1 : 0;
  const people = tokens.slice(collectiveAt + 2);
  const lastPerson = people.at(-1);
  if (
    COLLECTIVE_NOUNS.has(tokens[collectiveAt]?.lower ?? "") &&
    tokens[collectiveAt + 1]?.lower === "of" &&
    lastPerson &&
    !lastPerson.capitalized &&
    isPluralNoun(lastPerson)
  )
    return makeMention("group", people, tokens, null, null);
  // "hundreds of tenants", "dozens of the shopkeepers": a quantity of people is a group, whatever its noun.
  const quantified = tokens.slice(tokens[2]?.lower === "the" ? 3 : 2);
  const quantity = QUANTITY_WORDS.has(first.lower) && tokens[1]?.lower === "of";
  if (
    quantity &&
    quantified.length === 1 &&
    !quantified[0]?.capitalized &&
    isPluralNoun(quantified[0] as Token)
  )
    return makeMention("group", tokens, tokens, null, null);
  // "Some in Gaza said they needed …": part of a place's people is a group named by the whole phrase.
  const partitive = /^(some|many|most|others|several)$/.test(first.lower) && tokens[1]?.lower === "in";
  if (partitive && isNameToken(tokens[2]) && nameRunEnd(tokens, 2) === tokens.length) {
    const mention = makeMention("group", tokens, tokens, null, null);
    return {
      ...mention,
      name: mention.name.charAt(0).toUpperCase() + mention.name.slice(1),
      definite: false,
    };
  }
  // "Experts from Halden University and the Nordic Water Board" is one group, not a conjunction.
  const institutional = groupWithComplement(tokens);
  if (institutional && / (from|at) /.test(institutional.name) && institutional.surface === joinTokens(tokens))
    return institutional;
  // ("the Economic and Financial Crimes Commission" is one name with an "and" in it.)
  const nameStart = DETERMINERS.has(first.lower) ? 1 : 0;
  const oneName = isNameToken(tokens[nameStart]) && nameRunEnd(tokens, nameStart) === tokens.length;
  const joined = oneName ? null : conjunction(tokens);
  if (joined) return joined;
  const titled = titledName(tokens);
  if (titled) return titled;
  const complemented = groupWithComplement(tokens);
  if (complemented) return complemented;
  const headIndex = tokens.findIndex((t, i) => i > 0 && nominalHead(t) !== null && !t.capitalized);
  const runStart = tokens.findIndex((t, k) => isNameToken(t) && nameRunEnd(tokens, k) > k);
  if (runStart >= 0 && (headIndex < 0 || runStart < headIndex)) {
    const possessorEnd = nameRunEnd(tokens, runStart);
    // "Cuba’s Foreign Ministry", "Lloyd's List Intelligence": a possessive inside an institution's name.
    const owned = nameRunEnd(tokens, possessorEnd);
    const institution =
      tokens[possessorEnd - 1]?.possessive &&
      owned - possessorEnd >= 2 &&
      owned === tokens.length &&
      !isFirstName(tokens[possessorEnd]?.text ?? "") &&
      !tokens.slice(possessorEnd, owned).some(isTitle);
    const runEnd = institution ? owned : possessorEnd;
    const nameTokens = tokens.slice(runStart, runEnd);
    const after = tokens[runEnd];
    // "Kamaraju’s final witness", "Chinese officials", "An Israeli defense official": the capitalised words
    // modify a noun head, with or without modifiers between.
    const modifiersOnly = tokens
      .slice(runEnd, headIndex)
      .every((t) => isBareModifier(t) || ROLE_MODIFIERS.has(t.lower));
    if (!(headIndex >= runEnd && (nameTokens.at(-1)?.possessive || modifiersOnly))) {
      // "four Harrow villages": a plural noun ending the phrase is what the name modifies.
      const pluralHead = after && runEnd === tokens.length - 1 && !after.capitalized && isPluralNoun(after);
      if (pluralHead) return makeMention("group", tokens, tokens, null, null);
      if (!(after && nominalHead(after) === "group" && headIndex === runEnd)) {
        const kind = classifyName(nameTokens);
        // "advice for trips to Florida": a place governed by a preposition is where, never who.
        if (kind === "place" && runStart > 0 && PREPOSITIONS.has(tokens[runStart - 1]?.lower ?? ""))
          return null;
        // "Florida tourism bosses advise": a place before common nouns modifies them; the plural phrase speaks.
        const modified = tokens.slice(runEnd);
        const modifies =
          kind === "place" &&
          runStart === 0 &&
          modified.length > 0 &&
          modified.every(
            (t) => isWord(t) && !t.capitalized && !PREPOSITIONS.has(t.lower) && t.lower !== "and",
          );
        if (modifies && /[^s]s$/.test(modified.at(-1)?.lower ?? ""))
          return makeMention("group", tokens, tokens, null, null);
        // "Radek Babicek from Fantastic Gardeners": a person's institution is their role.
        const from = after?.lower === "from" && isNameToken(tokens[runEnd + 1]) ? runEnd + 1 : -1;
        const role =
          (kind === "person" || kind === "name") && from > 0
            ? `from ${joinTokens(tokens.slice(from, nameRunEnd(tokens, from)))}`
            : null;
        return makeMention(
          kind,
          nameTokens,
          tokens.slice(
            runStart > 0 && DETERMINERS.has(tokens[runStart - 1]?.lower ?? "") ? runStart - 1 : runStart,
            runEnd,
          ),
          role,
          genderOfFirstName(nameTokens[0]?.text ?? ""),
        );
      }
    }
  }
  let headAt = headIndex >= 0 ? headIndex : nominalHead(first) ? 0 : -1;
  if (headAt < 0) return null;
  // Compound heads end at their last noun: "administration official", "Manchester United wing".
  // A modifier between two nouns keeps the compound going: "activist hacking group".
  for (;;) {
    const next = tokens[headAt + 1];
    if (nominalHead(next) && !next?.capitalized) headAt++;
    else if (isBareModifier(next) && nominalHead(tokens[headAt + 2]) && !tokens[headAt + 2]?.capitalized)
      headAt += 2;
    else break;
  }
  const headKind = nominalHead(tokens[headAt]) ?? "anonymous";
  // "Israeli figures", "colleagues": a plural head is a group, never someone a "he" or "she" can refer to.
  const kind = headKind === "anonymous" && isPluralNoun(tokens[headAt] as Token) ? "group" : headKind;
  const surface = tokens.slice(0, headAt + 1);
  // "A spokesperson for the White House National Security Council": a person noun and the institution it
  // speaks for name the source together.
  const link = tokens[headAt + 1]?.lower ?? "";
  const institutionStart = tokens[headAt + 2]?.lower === "the" ? headAt + 3 : headAt + 2;
  if (
    headKind === "anonymous" &&
    !isPluralNoun(tokens[headAt] as Token) &&
    (link === "for" || link === "at" || link === "of") &&
    (isNameToken(tokens[institutionStart]) ||
      (link === "of" && nominalHead(tokens[institutionStart]) === "organization"))
  ) {
    // "the Mexican secretary of the navy": a lower-case institution is one noun.
    const institutionEnd = isNameToken(tokens[institutionStart])
      ? nameRunEnd(tokens, institutionStart)
      : institutionStart + 1;
    const complemented = tokens.slice(0, institutionEnd);
    const nameTokens = complemented.filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower) && !t.possessive));
    return makeMention("anonymous", nameTokens, complemented, null, null);
  }
  // "Packaging firm Tilbury Cartons": a business noun right before a name describes that name.
  const headWord = tokens[headAt] as Token;
  if (
    (ORGANIZATION_DESCRIPTORS.has(headWord.lower) || INSTITUTION_DESCRIPTORS.has(headWord.lower)) &&
    isNameToken(tokens[headAt + 1])
  ) {
    const nameEnd = nameRunEnd(tokens, headAt + 1);
    const role = roleText(surface);
    return makeMention(
      "organization",
      tokens.slice(headAt + 1, nameEnd),
      tokens.slice(0, nameEnd),
      role,
      null,
    );
  }
  // "his daughter Linda Wu", "the lawyer Sam Okoro": a person noun right before a personal name describes it.
  if (PERSON_NOUNS.has(headWord.lower) && isNameToken(tokens[headAt + 1])) {
    const nameEnd = nameRunEnd(tokens, headAt + 1);
    const nameTokens = tokens.slice(headAt + 1, nameEnd);
    const nameKind = classifyName(nameTokens);
    if (nameTokens.length >= 2 && (nameKind === "person" || nameKind === "name")) {
      const gender = genderOfFirstName(nameTokens[0]?.text ?? "");
      return makeMention("person", nameTokens, tokens.slice(0, nameEnd), roleText(surface), gender);
    }
  }
  // "Mohammed's statement said": a document speaks for the one who wrote it.
  const owner = surface.findIndex((t) => t.possessive && isNameToken(t));
  const document = DOCUMENT_NOUNS.has(tokens[headAt]?.lower ?? "");
  if (owner >= 0 && document) {
    return parseMention(surface.slice(nameRunStart(surface, owner), owner + 1));
  }
  // "a statement released by Khalil Shaheen", "a new report by consultancy Brand Finance", "a letter from …".
  // ("a slideshow obtained by the Ottawa Citizen" names who holds it, not who wrote it.)
  if (document) {
    const issued = ISSUING_VERBS.test(tokens[headAt + 1]?.lower ?? "");
    const at = headAt + (issued ? 2 : 1);
    const by = tokens[at]?.lower === "by" || tokens[at]?.lower === "from" ? at : -1;
    const author = by > 0 ? parseMention(tokens.slice(by + 1)) : null;
    if (author && author.kind !== "pronoun") return author;
  }
  const nameTokens = surface.filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower) && !t.possessive));
  return makeMention(kind, nameTokens, surface, null, null);
}
