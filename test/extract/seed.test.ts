import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle, readArticleFile } from "../../src/extract/index.js";
import { offsetsHold, statementStarting } from "./extractFixture.js";

const seedPath = fileURLToPath(new URL("../fixtures/articles/000_7245c36739f4b44e.txt", import.meta.url));
const seed = extractArticle(readArticleFile(readFileSync(seedPath, "utf8")));
const participant = (name: string) => seed.participants.find((p) => p.name === name);

describe("the seed article", () => {
  it("keeps the front matter and drops the dateline from the body", () => {
    expect(seed.article).toMatchObject({
      title: "Blinken and Wang Yi hold talks in Jakarta",
      source: "CNN",
      publishedAt: "2023-07-13",
    });
    expect(seed.article.body.startsWith("US Secretary of State Antony Blinken")).toBe(true);
  });

  it("names Antony Blinken with his role and surname", () => {
    expect(participant("Antony Blinken")).toMatchObject({ kind: "person", role: "US Secretary of State" });
    expect(participant("Antony Blinken")?.aliases).toContain("Blinken");
  });

  it("lists people who never speak", () => {
    expect(participant("Wang Yi")?.kind).toBe("person");
    expect(participant("John Kerry")?.kind).toBe("person");
    expect(participant("Wang Yi")?.aliases).toContain("Wang");
  });

  it("holds offsets for every statement", () => {
    expect(seed.statements.length).toBeGreaterThan(20);
    expect(offsetsHold(seed)).toBe(true);
  });

  it("attributes the readout and its quotes to Matt Miller", () => {
    expect(participant("Matt Miller")?.role).toBe("State Department spokesman");
    const readout = statementStarting(seed, "Blinken and Wang discussed");
    expect(readout).toMatchObject({
      kind: "indirect",
      speaker: "Matt Miller",
      cue: "according to",
      paragraph: 5,
    });
    expect(readout.mentions).toContain("Wang Yi");
    expect(statementStarting(seed, "Both sides have agreed")).toMatchObject({
      kind: "direct",
      speaker: "Matt Miller",
    });
  });

  it("resolves the anonymous official and its later descriptors to one participant", () => {
    const official = "senior administration official";
    expect(participant(official)?.kind).toBe("anonymous");
    expect(statementStarting(seed, "Even if that’s the case")).toMatchObject({ speaker: official });
    expect(statementStarting(seed, "I think the next step")).toMatchObject({ speaker: official });
    expect(statementStarting(seed, "That means we say climate")).toMatchObject({ speaker: official });
  });

  it("resolves “he” and a stray closing mark to Blinken", () => {
    expect(statementStarting(seed, "We will not be successful")).toMatchObject({ speaker: "Antony Blinken" });
    expect(statementStarting(seed, "It is a process.")).toMatchObject({
      kind: "direct",
      speaker: "Antony Blinken",
    });
  });

  it("reads the joint claim of Blinken and Yellen", () => {
    expect(statementStarting(seed, "they had made some progress")).toMatchObject({
      kind: "indirect",
      speaker: "Antony Blinken and Janet Yellen",
      cue: "claimed",
    });
  });

  it("never takes “I” or “we” inside a quote as the speaker", () => {
    const speakers = seed.statements.map((s) => s.speaker?.toLowerCase());
    expect(speakers).not.toContain("i");
    expect(speakers).not.toContain("we");
  });
});
