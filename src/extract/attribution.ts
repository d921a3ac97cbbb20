import {
  type Cue,
  findCues,
  isNegation,
  isNounUse,
  isParticiple,
  looksLikeClauseSubject,
} from "./cueSites.js";
import { cueEntry, REFUSAL_VERBS } from "./cues.js";
import {
  ADVERBIAL_PREPOSITIONS,
  ADVERBIAL_SUBORDINATORS,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_OPENERS,
  COORDINATORS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FINITE_AUXILIARIES,
  IRREGULAR_PAST,
  KINSHIP_NOUNS,
  NOUN_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TIME_WORDS,
} from "./lexicon.js";
import { isNameToken, type Mention, nameRunEnd, parseMention } from "./mentions.js";
import { epithetGender, isSinglePerson, type Participant, type ParticipantRegistry } from "./participants.js";
import { isTermInNounPhrase, isTitleOfWork, namedBy } from "./quoteTerms.js";
import type { Sentence } from "./sentences.js";
import {
  clauseStart,
  leftSlot,
  looksFinite,
  MAX_ASIDE_TOKENS,
  mainClauseSubject,
  NOUN_PHRASE_REACH,
  relativeAntecedent,
  rightSlot,
  type Slot,
  sentenceSubject,
} from "./speakerSlots.js";
import { isPunct, isWord, type Token, wordCount } from "./tokens.js";
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

const MAX_OBJECT_TOKENS = 8;
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
/** After a comma, these open a clause of the writer's own: the reported clause ends before them. */
const CLAUSE_BREAKERS = new Set(["though", "although", "whereas", "while"]);
const SHORT_CIRCUMSTANCE_WORDS = 6;
/** Openers of a participial circumstance before an attribution: "Asked whether …, the CEO replied". */
const CIRCUMSTANTIAL_OPENERS = /^(Asked|Pressed|Questioned|Speaking|Responding|Writing|Interviewed)$/;
const THAT_DISTANCE = 12;
const MIN_CLAUSE_WORDS = 3;
const SCARE_QUOTE_MAX_WORDS = 2;
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
    this.record(start, end, kind, null, speaker);
  }

  emit(
    start: number,
    end: number,
    kind: StatementKind,
    attribution: Attribution | null,
    fromContext = false,
    continuesPrevious = false,
  ): void {
    const cue = attribution?.cue.text ?? null;
    this.record(start, end, kind, cue, attribution?.speaker ?? null, fromContext, continuesPrevious);
  }

  private record(
    start: number,
    end: number,
    kind: StatementKind,
    cue: string | null,
    speaker: Participant | null,
    fromContext = false,
    continuesPrevious = false,
  ): void {
    if (end <= start || this.statements.some((s) => s.start === start && s.end === end)) return;
    if (speaker) this.registry.markSpoke(speaker, start, this.paragraph);
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
      if (!bound && opens && previous !== null && previous.paragraph >= paragraph - 1)
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
