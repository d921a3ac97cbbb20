import {
  DOCUMENT_NOUNS,
  FEMALE_EPITHETS,
  MALE_EPITHETS,
  ORGANIZATION_DESCRIPTORS,
  SURNAME_FIRST,
} from "./lexicon.js";
import { type Gender, genderOfFirstName, isEpithetNoun, type Mention } from "./mentions.js";
import type { ExtractedParticipant, ParticipantKind } from "./types.js";

/**
 * The article's participants: mentions are merged into participants (aliases, roles, kinds) and pronouns and
 * definite nominals are resolved against the discourse so far.
 */
export interface Participant {
  name: string;
  kind: ParticipantKind;
  role: string | null;
  aliases: Set<string>;
  gender: Gender | null;
  /** Offsets of its mentions, and of the statements it spoke with their paragraphs, in text order. */
  mentionedAt: number[];
  /** Offsets of its mentions that are not governed by a preposition: subjects and objects, the salient ones. */
  salientAt: number[];
  spokeAt: { offset: number; paragraph: number }[];
  /** Whether the article names it outright (a name, not only a pronoun or descriptor). */
  named: boolean;
}

/** Descriptor heads that refer to the same kind of source ("the senior administrator" ≈ "official"). */
const SYNONYMS: Record<string, string> = {
  administrator: "official",
  aide: "official",
  spokeswoman: "spokesman",
  spokesperson: "spokesman",
  firm: "company",
  paper: "newspaper",
  daily: "newspaper",
  tabloid: "newspaper",
  researchers: "researchers",
  scientists: "researchers",
  authors: "researchers",
  team: "researchers",
};

const headOf = (name: string): string => {
  // "Experts from Greenleaf Institute", "members of the board": the head comes before its complement.
  const complemented = /^(\S+) (from|at|of|in|for) /.exec(name)?.[1];
  const head = (complemented ?? name.split(" ").at(-1) ?? "").toLowerCase();
  return SYNONYMS[head] ?? head;
};

const PRONOUN_WINDOW_PARAGRAPHS = 1;
/** What a source issues when it "said in a statement": "the statement said" goes back to that source. */
const ISSUED_STATEMENTS = new Set(["statement", "release", "communique", "communiqué", "readout"]);
/** Nouns for a news outlet: "the newspaper", "the paper", "the broadcaster". */
const MEDIA_HEADS = new Set(["newspaper", "broadcaster", "outlet", "magazine", "channel"]);
/** Nouns for someone consulted for their expertise: "the expert" may refer to a person introduced by affiliation. */
const EXPERT_HEADS = new Set(["expert", "specialist", "professional", "consultant"]);

/** The gender an epithet or relation noun tells: "the actress", "the father-of-three", "his wife". */
export function epithetGender(head: string): Gender | null {
  const noun = head.replace(/-of-[a-z]+$/, "");
  if (FEMALE_EPITHETS.has(noun)) return "female";
  if (MALE_EPITHETS.has(noun)) return "male";
  return null;
}

/**
 * Whether "he" or "she" can refer to a participant: one person, named or a singular nominal ("the official"),
 * never a group, an organisation, or a plural or document nominal ("Israeli figures", "the report").
 */
export function isSinglePerson(p: Participant): boolean {
  if (p.kind === "person") return true;
  if (p.kind !== "anonymous") return false;
  // ("spokesman for Premier Foods" is the spokesman, however its institution ends.)
  const head = headOf(p.name);
  const plural = /[a-z][^su']s$/.test(head) && !/(ss|is|us|ews)$/.test(head);
  return !plural && !DOCUMENT_NOUNS.has(head);
}

export class ParticipantRegistry {
  private readonly participants: Participant[] = [];
  /** Names of unknown kind seen as subjects: not participants unless a later descriptor refers to them. */
  private readonly unclassified: Mention[] = [];

  noteUnclassified(mention: Mention): void {
    this.unclassified.push(mention);
  }

  /**
   * "The coach company said", "the firm – which operates … – said": a definite business descriptor refers
   * back to the latest organisation the story has been about (its subject), named as one or only acting as a
   * subject so far.
   */
  private byOrganizationDescriptor(mention: Mention): Participant | undefined {
    const head = mention.name.split(" ").at(-1)?.toLowerCase() ?? "";
    // "the group" may as well be people or a collective described earlier: only business nouns refer back here.
    if (!ORGANIZATION_DESCRIPTORS.has(head) || head === "group") return undefined;
    let best: { at: number; participant?: Participant; latent?: Mention } | null = null;
    for (const p of this.participants) {
      if (p.kind !== "organization" || !p.named) continue;
      // A salient mention first; one after a preposition ("at Smiths Group") only when there is no other.
      const salient = lastBefore(p.salientAt, mention.start);
      const anyMention = lastBefore(p.mentionedAt, mention.start);
      const at =
        salient >= 0 ? salient : anyMention >= 0 ? anyMention - Number.MAX_SAFE_INTEGER / 2 : -Infinity;
      if (at > -Infinity && (!best || at > best.at)) best = { at, participant: p };
    }
    for (const latent of this.unclassified) {
      if (latent.start < mention.start && (!best || latent.start > best.at))
        best = { at: latent.start, latent };
    }
    if (!best) return undefined;
    if (best.participant) return best.participant;
    const latent = best.latent as Mention;
    const known = this.byAlias(latent.name);
    return known ?? this.note(this.create(latent, "organization"), latent);
  }

  list(): readonly Participant[] {
    return this.participants;
  }

  private byAlias(text: string): Participant | undefined {
    const lower = text.toLowerCase();
    return this.participants.find(
      (p) => p.name.toLowerCase() === lower || [...p.aliases].some((a) => a.toLowerCase() === lower),
    );
  }

  /** A person the single or partial name refers to: surname, surname-first ("Wang" → "Wang Yi"), suffix. */
  private byPartialName(name: string, at: number): Participant | undefined {
    const words = name.split(" ");
    // Two people may share a surname ("John McGuinness", later "Mairead McGuinness"): the one mentioned last
    // before this point is meant.
    const latestBefore = (p: Participant) => lastBefore(p.mentionedAt, at);
    const people = this.participants
      .filter((p) => p.kind === "person" && p.name.includes(" "))
      .sort((a, b) => latestBefore(a) - latestBefore(b));
    // ("Van den Wildenberg" opening a sentence is "Sylvie van den Wildenberg".)
    const suffix = people.filter((p) => p.name.toLowerCase().endsWith(` ${name.toLowerCase()}`));
    if (suffix.length) return suffix.at(-1);
    if (words.length !== 1) return undefined;
    // East-Asian names put the family name first ("Wang" → "Wang Yi"); a lone first name is rarer but
    // happens too ("John" → "John Toshack"), so a first-word match is the last resort for everyone.
    const byFirstWord = people.filter((p) => p.name.startsWith(`${name} `));
    return byFirstWord.find((p) => SURNAME_FIRST.has(p.name.split(" ")[0] ?? "")) ?? byFirstWord.at(-1);
  }

  /**
   * "Keegan Medrano has been in the Capitol … . Medrano told The Intercept": a full name of unknown kind seen
   * acting earlier is the person a later lone surname refers to.
   */
  private fromLatentFullName(surname: string): Participant | undefined {
    // "GOP" after "the Montana GOP" is an acronym, not a surname.
    if (surname.includes(" ") || !/\p{Ll}/u.test(surname)) return undefined;
    const latent = this.unclassified.findLast(
      (m) => m.name.includes(" ") && m.name.endsWith(` ${surname}`) && !this.byAlias(m.name),
    );
    return latent ? this.note(this.create(latent, "person"), latent) : undefined;
  }

  private create(mention: Mention, kind: ParticipantKind): Participant {
    const participant: Participant = {
      name: mention.name,
      kind,
      role: mention.role,
      aliases: new Set(),
      gender:
        mention.gender ??
        (kind === "person"
          ? genderOfFirstName(mention.name)
          : kind === "anonymous"
            ? epithetGender(headOf(mention.name))
            : null),
      mentionedAt: [],
      salientAt: [],
      spokeAt: [],
      named: kind !== "anonymous",
    };
    this.participants.push(participant);
    return participant;
  }

  private note(participant: Participant, mention: Mention, { asAlias = true } = {}): Participant {
    if (asAlias && mention.surface !== participant.name && mention.surface !== "")
      participant.aliases.add(mention.surface);
    if (asAlias && mention.name !== participant.name) participant.aliases.add(mention.name);
    if (!participant.role && mention.role) participant.role = mention.role;
    if (!participant.gender && mention.gender) participant.gender = mention.gender;
    insertSorted(participant.mentionedAt, mention.start);
    if (!mention.oblique) insertSorted(participant.salientAt, mention.start);
    return participant;
  }

  /** The most recent participant a descriptor such as "the official" or "the researchers" refers back to. */
  private byDescriptor(mention: Mention): Participant | undefined {
    const head = headOf(mention.name);
    const candidates = this.participants.filter(
      (p) =>
        lastBefore(p.mentionedAt, mention.start) >= 0 &&
        (headOf(p.name) === head ||
          (p.role !== null && headOf(p.role) === head) ||
          [...p.aliases].some((a) => headOf(a) === head)),
    );
    // "the expert" with two experts introduced by role ("a travel expert at X", "holiday expert at Y"): the
    // latest person whose role names that expertise.
    if (EXPERT_HEADS.has(head)) {
      const roleWord = new RegExp(`\\b${head}s?\\b`, "i");
      for (const p of this.participants) {
        const expertRole = p.kind === "person" && p.role !== null && roleWord.test(p.role);
        if (expertRole && !candidates.includes(p) && lastBefore(p.mentionedAt, mention.start) >= 0)
          candidates.push(p);
      }
    }
    const recency = (p: Participant) => lastBefore(p.mentionedAt, mention.start);
    const found = candidates.sort((a, b) => recency(b) - recency(a))[0];
    if (!found && MEDIA_HEADS.has(head)) return this.latestReportingOutlet(mention.start);
    if (found || !EXPERT_HEADS.has(head)) return found;
    // "Radek Babicek from Fantastic Gardeners …” / “…,” the expert explains": an expert noun with no match
    // refers to the latest person who spoke for an institution ("from <Organisation>").
    const spokeBefore = (p: Participant) => lastSpokeBefore(p, mention.start);
    const affiliated = this.participants.filter(
      (p) => p.kind === "person" && p.role?.startsWith("from ") && spokeBefore(p) >= 0,
    );
    return affiliated.sort((a, b) => spokeBefore(b) - spokeBefore(a))[0];
  }

  /**
   * "Dagbladet reported that … . The newspaper said": with no organisation described as a newspaper, a media noun
   * refers to the latest named organisation of unknown type that has reported something.
   */
  private latestReportingOutlet(before: number): Participant | undefined {
    const reported = (p: Participant) => lastSpokeBefore(p, before);
    const outlets = this.participants.filter(
      (p) =>
        p.kind === "organization" && p.named && p.role === null && !p.name.includes(" ") && reported(p) >= 0,
    );
    return outlets.sort((a, b) => reported(b) - reported(a))[0];
  }

  /** The participant who spoke last before `before`, within the pronoun window of `paragraph`. */
  private latestSpeaker(before: number, paragraph: number): Participant | undefined {
    const spoke = (p: Participant) => spokeNearby(p, before, paragraph);
    return this.participants.filter((p) => spoke(p) >= 0).sort((a, b) => spoke(b) - spoke(a))[0];
  }

  /** Resolves a pronoun: the latest speaker nearby with a compatible gender, else the latest such mention. */
  resolvePronoun(mention: Mention, paragraph: number): Participant | undefined {
    const plural = mention.name === "they";
    const compatible = this.participants.filter((p) => {
      if (plural) return p.kind === "group" || p.kind === "organization";
      if (mention.name === "it") return p.kind === "organization";
      return (
        isSinglePerson(p) &&
        // An epithet ("the 36-year-old") has no gender of its own: it fits anyone.
        (p.gender === null || mention.gender === null || p.gender === mention.gender)
      );
    });
    const spokeRecently = (p: Participant) => spokeNearby(p, mention.start, paragraph);
    const speakers = compatible.filter((p) => spokeRecently(p) >= 0);
    const mentioned = compatible.filter((p) => lastBefore(p.mentionedAt, mention.start) >= 0);
    const pool = speakers.length ? speakers : mentioned;
    // Without a recent speaker, the latest salient mention wins over a later one after a preposition
    // ("Boulter got the ball rolling with a victory over Parry. “…,” she said" is Boulter).
    const salience = (p: Participant) => {
      const salient = lastBefore(p.salientAt, mention.start);
      return salient >= 0 ? salient : lastBefore(p.mentionedAt, mention.start) - Number.MAX_SAFE_INTEGER / 2;
    };
    const recency = (p: Participant) => (speakers.length ? spokeRecently(p) : salience(p));
    const found = pool.sort((a, b) => recency(b) - recency(a))[0];
    // A resolved "he"/"she" is the strongest gender evidence for later pronouns.
    if (found && !found.gender && mention.gender) found.gender = mention.gender;
    return found;
  }

  /** Registers a mention (creating or merging a participant); pronouns go through resolvePronoun instead. */
  resolve(mention: Mention, paragraph: number): Participant | undefined {
    if (mention.kind === "pronoun") return this.resolvePronoun(mention, paragraph);
    if (mention.epithet) return this.resolvePronoun({ ...mention, kind: "pronoun", gender: null }, paragraph);
    if (mention.kind === "group" && mention.members.length) {
      // Named by its members' canonical names: "Both Blinken and Yellen" → "Antony Blinken and Janet Yellen".
      const members = mention.members.map((m) => this.resolve(m, paragraph)?.name ?? m.name);
      const name = mention.groupTail
        ? `${members.join(" and ")} ${mention.groupTail}`
        : members.join(" and ");
      const existing = this.byAlias(name) ?? this.byAlias(mention.surface);
      const group = existing ?? this.create({ ...mention, name }, "group");
      return this.note(group, mention);
    }
    if (mention.definite && mention.kind === "organization") {
      const organization = this.byOrganizationDescriptor(mention);
      if (organization) return this.note(organization, mention);
    }
    // "… the Hamas Interior Ministry said Friday in a statement. … the statement said": a document with no
    // author named refers to the latest source nearby, and is no name of theirs.
    const bareStatement =
      mention.name.split(" ").length === 1 && ISSUED_STATEMENTS.has(mention.name.toLowerCase());
    if (mention.definite && bareStatement) {
      const source = this.latestSpeaker(mention.start, paragraph);
      if (source) return source;
    }
    const head = headOf(mention.name);
    if (mention.definite && mention.kind === "anonymous" && isEpithetNoun(head)) {
      // "the expert" after a second expert was introduced: the latest one whose role says so.
      const described = this.byDescriptor(mention);
      if (described) return this.note(described, mention);
      // "the Florida fan", "the father-of-three": with nobody described so, the epithet refers back to the
      // person in focus, as a pronoun would. It is how the writer saw them there, not another name for them.
      const referent = this.resolvePronoun(
        { ...mention, kind: "pronoun", gender: epithetGender(head) },
        paragraph,
      );
      if (referent) return this.note(referent, mention, { asAlias: false });
    }
    // "Mrs Litvinenko" after "Alexander Litvinenko": a title's gender that contradicts is someone else.
    const fits = (p: Participant | undefined) =>
      p !== undefined && !(p.kind === "person" && p.gender && mention.gender && p.gender !== mention.gender);
    const alias = this.byAlias(mention.name) ?? this.byAlias(mention.surface);
    const known = fits(alias) ? alias : undefined;
    // A surname already used for one person may now mean another who shares it and was named since.
    const sharedSurname =
      known?.kind === "person" && mention.kind === "name"
        ? this.byPartialName(mention.name, mention.start)
        : undefined;
    if (known) return this.note(sharedSurname ?? known, mention);
    if (mention.kind === "person" || mention.kind === "name") {
      const person = this.byPartialName(mention.name, mention.start) ?? this.fromLatentFullName(mention.name);
      if (fits(person)) return this.note(person as Participant, mention);
      // Named by title and surname only, as the text names her: "Mrs Litvinenko".
      if (person || alias)
        return this.note(this.create({ ...mention, name: mention.surface }, "person"), mention);
    }
    if (
      mention.definite &&
      (mention.kind === "anonymous" || mention.kind === "group" || mention.kind === "organization")
    ) {
      const earlier = this.byDescriptor(mention);
      if (earlier) return this.note(earlier, mention);
    }
    return this.note(this.create(mention, participantKind(mention)), mention);
  }

  /** A mention that is only worth a participant when it resolves to one already known. */
  resolveKnown(mention: Mention): Participant | undefined {
    const known =
      this.byAlias(mention.name) ??
      this.byAlias(mention.surface) ??
      this.byPartialName(mention.name, mention.start);
    return known ? this.note(known, mention) : undefined;
  }

  markSpoke(participant: Participant, offset: number, paragraph: number): void {
    participant.spokeAt.push({ offset, paragraph });
    participant.spokeAt.sort((a, b) => a.offset - b.offset);
  }

  toOutput(): ExtractedParticipant[] {
    const firstMention = (p: Participant) => p.mentionedAt[0] ?? Number.MAX_SAFE_INTEGER;
    return [...this.participants]
      .sort((a, b) => firstMention(a) - firstMention(b))
      .map((p) => ({
        name: p.name,
        kind: p.kind,
        role: p.role,
        aliases: [...p.aliases].filter((a) => a !== p.name),
      }));
  }
}

/** Offset of the participant's last statement before `before`, or -1. */
function lastSpokeBefore(participant: Participant, before: number): number {
  return participant.spokeAt.filter((s) => s.offset < before).at(-1)?.offset ?? -1;
}

/** Offset of the participant's last statement before `before`, when it is within the pronoun window of `paragraph`; -1 otherwise. */
function spokeNearby(participant: Participant, before: number, paragraph: number): number {
  const last = participant.spokeAt.filter((s) => s.offset < before).at(-1);
  return last && paragraph - last.paragraph <= PRONOUN_WINDOW_PARAGRAPHS ? last.offset : -1;
}

function insertSorted(offsets: number[], offset: number): void {
  if (offsets.includes(offset)) return;
  offsets.push(offset);
  offsets.sort((a, b) => a - b);
}

/** The latest offset before `limit`, or -1. */
function lastBefore(offsets: readonly number[], limit: number): number {
  let latest = -1;
  for (const offset of offsets) {
    if (offset >= limit) break;
    latest = offset;
  }
  return latest;
}

function participantKind(mention: Mention): ParticipantKind {
  switch (mention.kind) {
    case "person":
    case "organization":
    case "group":
    case "anonymous":
      return mention.kind;
    // A place that acts ("Beijing said") is its government; an unknown single word that acts is an institution.
    case "place":
      return "organization";
    default:
      return mention.name.includes(" ") ? "person" : "organization";
  }
}
