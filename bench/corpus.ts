/**
 * Deterministic corpus generator: the same seed and sizes always write the same NDJSON file, so bench runs
 * on different machines and days measure the same data. Speakers follow a Zipf-like law (a few are quoted
 * thousands of times, most a handful), words too (so search has common and rare terms), and statement and
 * article lengths spread around those of real news copy. Written as a stream: a million statements never
 * sit in memory.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { ArticleLine, CorpusLine, ParticipantLine, StatementLine } from "../src/ingest/corpusRecords.ts";

export interface CorpusSize {
  articles: number;
  participants: number;
  statements: number;
  seed: number;
}

export const defaultCorpusSize: CorpusSize = {
  articles: 20_000,
  participants: 5_000,
  statements: 200_000,
  seed: 1,
};

/** mulberry32: tiny, fast and good enough to make text; the point is determinism, not statistics. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent. */
function zipfSampler(n: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? total) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const syllables = [
  "ba",
  "den",
  "ko",
  "ri",
  "sta",
  "mel",
  "vor",
  "an",
  "tis",
  "lu",
  "pre",
  "gon",
  "ex",
  "ur",
  "fal",
];
const commonWords = [
  "the",
  "government",
  "people",
  "economy",
  "market",
  "we",
  "will",
  "not",
  "country",
  "year",
  "policy",
  "this",
  "is",
  "a",
  "very",
  "important",
  "time",
  "for",
  "our",
  "future",
  "they",
  "have",
  "been",
  "working",
  "on",
  "plan",
  "to",
  "support",
  "workers",
  "and",
  "families",
  "new",
  "deal",
  "security",
  "growth",
  "prices",
  "energy",
  "climate",
  "election",
  "court",
  "decision",
  "investigation",
  "company",
  "shares",
  "report",
  "team",
  "season",
];
const firstNames = [
  "Janet",
  "Antony",
  "Maria",
  "Wang",
  "John",
  "Amina",
  "Carlos",
  "Olena",
  "Rishi",
  "Fatima",
  "Kenji",
  "Grace",
  "Pedro",
  "Ingrid",
  "Samuel",
  "Leila",
  "Dmitri",
  "Chloe",
  "Ahmed",
  "Priya",
  "Tomas",
  "Yuki",
  "Nadia",
  "Owen",
];
const lastNames = [
  "Yellen",
  "Blinken",
  "Santos",
  "Yi",
  "Kerry",
  "Okafor",
  "Mendez",
  "Kovalenko",
  "Patel",
  "Haddad",
  "Tanaka",
  "Mensah",
  "Alvarez",
  "Larsen",
  "Osei",
  "Rahimi",
  "Volkov",
  "Dubois",
  "Karim",
  "Iyer",
  "Novak",
  "Sato",
  "Nasser",
  "Hughes",
  "Moreau",
  "Schmidt",
  "Rossi",
  "Nakamura",
  "Costa",
  "Brennan",
  "Lindqvist",
  "Abebe",
];
const organizations = ["Ministry", "Bank", "Council", "Agency", "Union", "Group", "Institute", "Commission"];
const roles = [
  "minister",
  "spokesperson",
  "chief executive",
  "analyst",
  "professor",
  "senator",
  "coach",
  "director",
];
const sources = ["CNN", "Reuters", "BBC", "The Guardian", "Daily Mail", "Washington Post", "AP", "Le Monde"];
const cues = ["said", "told reporters", "added", "said in a statement", "according to", "warned", "wrote"];
const kinds = ["direct", "direct", "direct", "partial", "indirect", "indirect"] as const;

/** The vocabulary: real common words first (the head of the Zipf law), then made-up words as the long tail. */
function buildVocabulary(size: number): string[] {
  const words = [...commonWords];
  for (let index = 0; words.length < size; index++) {
    let word = "";
    for (let rest = index; word.length < 6 || rest > 0; rest = Math.floor(rest / syllables.length)) {
      word += syllables[rest % syllables.length];
    }
    words.push(word);
  }
  return words;
}

const vocabularySize = 20_000;
const vocabulary = buildVocabulary(vocabularySize);

/** Words the search workload looks for: among the most frequent, and from the far tail of the vocabulary. */
export const searchWords = {
  common: ["government", "economy", "market", "people", "policy"],
  rare: vocabulary.slice(vocabularySize - 200, vocabularySize - 150),
};

function pick<Item>(items: readonly Item[], random: () => number): Item {
  return items[Math.floor(random() * items.length)] as Item;
}

function between(low: number, high: number, random: () => number): number {
  return low + Math.floor(random() * (high - low + 1));
}

class TextMaker {
  private readonly word: () => number;
  constructor(private readonly random: () => number) {
    this.word = zipfSampler(vocabularySize, 1.05, random);
  }

  words(count: number): string {
    const chosen: string[] = [];
    for (let index = 0; index < count; index++) chosen.push(vocabulary[this.word()] as string);
    return chosen.join(" ");
  }

  sentence(low: number, high: number): string {
    const text = this.words(between(low, high, this.random));
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }
}

function participantLine(index: number, random: () => number): ParticipantLine {
  const id = `p${index + 1}`;
  const roll = random();
  if (roll < 0.8) {
    const last = pick(lastNames, random);
    // The index keeps names distinct enough to be told apart in results, like a middle initial would.
    const name = `${pick(firstNames, random)} ${String.fromCharCode(65 + (index % 26))}. ${last}`;
    return { type: "participant", id, name, kind: "person", role: pick(roles, random), aliases: [last] };
  }
  if (roll < 0.95) {
    const name = `${pick(lastNames, random)} ${pick(organizations, random)}`;
    return { type: "participant", id, name, kind: "organization" };
  }
  return { type: "participant", id, name: `a senior official ${index}`, kind: "anonymous" };
}

/** How many statements each article gets: uneven, as in real news, but summing exactly to the total. */
function statementsPerArticle(size: CorpusSize, random: () => number): Uint32Array {
  const weights = new Float64Array(size.articles);
  let total = 0;
  for (let index = 0; index < size.articles; index++) {
    weights[index] = 0.2 + 1.6 * random();
    total += weights[index] ?? 0;
  }
  const counts = new Uint32Array(size.articles);
  let cumulative = 0;
  let assigned = 0;
  for (let index = 0; index < size.articles; index++) {
    cumulative += weights[index] ?? 0;
    const upTo = Math.round((cumulative / total) * size.statements);
    counts[index] = upTo - assigned;
    assigned = upTo;
  }
  return counts;
}

interface ArticleWithStatements {
  article: ArticleLine;
  statements: StatementLine[];
}

function articleWithStatements(
  index: number,
  statementCount: number,
  firstStatementNumber: number,
  context: { random: () => number; text: TextMaker; speaker: () => number; participants: ParticipantLine[] },
): ArticleWithStatements {
  const { random, text } = context;
  const id = `a${index + 1}`;
  const source = pick(sources, random);
  const day = new Date(Date.UTC(2015, 0, 1) + between(0, 3650, random) * 86_400_000);
  const paragraphs: string[] = [];
  let offset = 0;
  const addParagraph = (paragraph: string) => {
    paragraphs.push(paragraph);
    offset += paragraph.length + 1;
  };
  addParagraph(`${text.sentence(12, 30)} ${text.sentence(10, 25)}`);
  const statements: StatementLine[] = [];
  for (let number = 0; number < statementCount; number++) {
    const speakerRank = random() < 0.05 ? null : context.speaker();
    const speaker = speakerRank === null ? null : (context.participants[speakerRank] ?? null);
    const quoted = text.words(between(6, 40, random));
    const cue = pick(cues, random);
    const kind = pick(kinds, random);
    const lead = `${speaker?.name ?? "A witness"} ${cue}${kind === "indirect" ? " that" : ","} `;
    const opening = kind === "indirect" ? "" : "\u201c";
    const start = offset + lead.length + opening.length;
    addParagraph(`${lead}${opening}${quoted}${opening === "" ? "" : "\u201d"}. ${text.sentence(5, 20)}`);
    statements.push({
      type: "statement",
      id: `s${firstStatementNumber + number}`,
      articleId: id,
      speakerId: speaker?.id ?? null,
      text: quoted,
      kind,
      cue,
      paragraph: paragraphs.length,
      start,
      end: start + quoted.length,
    });
    if (random() < 0.2) addParagraph(text.sentence(15, 40));
  }
  addParagraph(text.sentence(10, 30));
  return {
    article: {
      type: "article",
      id,
      title: text.sentence(6, 12).slice(0, -1),
      source,
      url: `https://news.example/${source.toLowerCase().replaceAll(" ", "-")}/${index + 1}`,
      publishedAt: day.toISOString().slice(0, 10),
      body: paragraphs.join("\n"),
    },
    statements,
  };
}

/** Writes the corpus as NDJSON: every participant first, then each article followed by its statements. */
export async function generateCorpus(size: CorpusSize, outFile: string): Promise<void> {
  const random = createRandom(size.seed);
  const participants = Array.from({ length: size.participants }, (_, index) =>
    participantLine(index, random),
  );
  const context = {
    random,
    text: new TextMaker(random),
    speaker: zipfSampler(size.participants, 1.0, random),
    participants,
  };
  await mkdir(dirname(outFile), { recursive: true });
  const output = createWriteStream(outFile, { encoding: "utf8" });
  const write = async (lines: CorpusLine[]) => {
    if (!output.write(`${lines.map((line) => JSON.stringify(line)).join("\n")}\n`))
      await once(output, "drain");
  };
  await write(participants);
  const counts = statementsPerArticle(size, random);
  let statementNumber = 1;
  for (let index = 0; index < size.articles; index++) {
    const count = counts[index] ?? 0;
    const { article, statements } = articleWithStatements(index, count, statementNumber, context);
    statementNumber += count;
    await write([article, ...statements]);
  }
  output.end();
  await once(output, "finish");
}
