import { describe, expect, it } from "vitest";
import { extractFixture, offsetsHold, statementStarting } from "./extractFixture.js";

describe("known failure cases", () => {
  it("skips an aside between the speaker and the verb", () => {
    const extraction = extractFixture("aside-between-speaker-and-verb");
    const statement = statementStarting(extraction, "the party would campaign hard");
    expect(statement).toMatchObject({ kind: "indirect", speaker: "Vince Cable", cue: "said" });
    expect(statement.text).toBe("the party would campaign hard for a second referendum");
    expect(extraction.participants.map((p) => p.name)).toContain("Tim Farron");
  });

  it("resolves a pronoun to a person named paragraphs earlier", () => {
    const extraction = extractFixture("pronoun-across-paragraphs");
    const statement = statementStarting(extraction, "We owe the patients");
    expect(statement).toMatchObject({ kind: "direct", speaker: "Sarah Okafor", paragraph: 3 });
  });

  it("keeps an anonymous source and its later descriptor as one participant", () => {
    const extraction = extractFixture("anonymous-source");
    expect(statementStarting(extraction, "The talks will resume")).toMatchObject({
      kind: "indirect",
      speaker: "senior administration official",
      cue: "told",
    });
    expect(statementStarting(extraction, "Nobody expects a breakthrough")).toMatchObject({
      kind: "direct",
      speaker: "senior administration official",
    });
    const source = extraction.participants.find((p) => p.name === "senior administration official");
    expect(source).toMatchObject({ kind: "anonymous" });
    expect(source?.aliases).toContain("the official");
  });

  it("keeps a multi-sentence quote as one statement", () => {
    const extraction = extractFixture("multi-sentence-quote");
    expect(extraction.statements).toHaveLength(1);
    expect(extraction.statements[0]).toMatchObject({
      text: "The bridge is safe. The inspections found nothing that worries us",
      kind: "direct",
      speaker: "Maria Lopez",
    });
    expect(extraction.participants.find((p) => p.name === "Maria Lopez")?.role).toBe("city engineer");
  });

  it("carries a quote that runs on into the next paragraph", () => {
    const extraction = extractFixture("multi-paragraph-quote");
    expect(statementStarting(extraction, "We were not good enough")).toMatchObject({
      paragraph: 1,
      speaker: "Daniel Price",
    });
    expect(statementStarting(extraction, "In the second half")).toMatchObject({
      kind: "direct",
      paragraph: 2,
      speaker: "Daniel Price",
    });
  });

  it("does not turn scare quotes and titles into statements of their own", () => {
    const extraction = extractFixture("scare-quotes");
    // Both quotes have a naming cue ("described … as", "called"), so they are partial with that speaker.
    expect(statementStarting(extraction, "glitch")).toMatchObject({ kind: "partial", speaker: "company" });
    expect(statementStarting(extraction, "Trojan Horse")).toMatchObject({
      kind: "partial",
      speaker: "Critics",
    });
    // A short quote that no cue attaches is a scare quote, not a statement.
    expect(extraction.statements.map((s) => s.text)).not.toContain("smart");
  });

  it("names a joint speaker as a group of its members", () => {
    const extraction = extractFixture("joint-speakers");
    expect(statementStarting(extraction, "they had never seen")).toMatchObject({
      kind: "indirect",
      speaker: "Alvarez and Chen",
      cue: "claimed",
    });
    const group = extraction.participants.find((p) => p.name === "Alvarez and Chen");
    expect(group).toMatchObject({ kind: "group", aliases: ["Both Alvarez and Chen"] });
  });

  it("attributes a nested report to the inner speaker and the whole to the outer one", () => {
    const extraction = extractFixture("nested-speakers");
    expect(statementStarting(extraction, "Regional officials also said")).toMatchObject({
      kind: "indirect",
      speaker: "official",
    });
    expect(statementStarting(extraction, "they could not reopen")).toMatchObject({
      kind: "indirect",
      speaker: "Regional officials",
    });
  });

  it("takes organisations as speakers", () => {
    const extraction = extractFixture("organisation-speakers");
    expect(statementStarting(extraction, "it had fixed the flaw")).toMatchObject({
      speaker: "Microsoft",
      cue: "announced",
    });
    expect(statementStarting(extraction, "it was reviewing")).toMatchObject({ speaker: "State Department" });
    const kinds = Object.fromEntries(extraction.participants.map((p) => [p.name, p.kind]));
    expect(kinds).toMatchObject({ Microsoft: "organization", "State Department": "organization" });
  });

  it("resolves a surname-first name to the full name", () => {
    const extraction = extractFixture("surname-first");
    expect(statementStarting(extraction, "China would open")).toMatchObject({ speaker: "Li Qiang" });
    const premier = extraction.participants.find((p) => p.name === "Li Qiang");
    expect(premier).toMatchObject({ kind: "person", role: "Chinese Premier" });
    expect(premier?.aliases).toContain("Li");
  });

  it("reads “told reporters” and never takes the hearer of “told Y that” as the speaker", () => {
    const extraction = extractFixture("told-reporters");
    expect(statementStarting(extraction, "We have enough water")).toMatchObject({
      kind: "direct",
      speaker: "Helen Brooks",
    });
    expect(statementStarting(extraction, "the reservoir was")).toMatchObject({
      kind: "indirect",
      speaker: "Helen Brooks",
      cue: "told",
    });
  });

  it("does not count beliefs and refusals as statements", () => {
    expect(extractFixture("beliefs-and-refusals").statements).toEqual([]);
  });

  it("merges a possessive with the person it belongs to", () => {
    const extraction = extractFixture("possessive");
    const lammy = extraction.participants.find((p) => p.name === "David Lammy");
    expect(lammy?.aliases).toContain("Lammy");
    expect(lammy?.aliases.some((alias) => alias.endsWith("’s"))).toBe(false);
    expect(statementStarting(extraction, "the visit would focus")).toMatchObject({
      speaker: "Lammy’s aides",
    });
  });

  it("repairs unbalanced quote marks without dropping a quote", () => {
    const extraction = extractFixture("unbalanced-quotes");
    expect(extraction.statements.map((s) => [s.text, s.kind])).toEqual([
      ["We will rebuild every school", "direct"],
      ["no child should study in a tent.", "partial"],
      ["It is our duty.", "direct"],
    ]);
    expect(offsetsHold(extraction)).toBe(true);
  });

  it("recognises a dateline as the source and removes it from the body", () => {
    const extraction = extractFixture("dateline");
    expect(extraction.article.source).toBe("Reuters");
    expect(extraction.article.body.startsWith("Senator Ana Ruiz")).toBe(true);
    expect(statementStarting(extraction, "the bill would pass")).toMatchObject({
      speaker: "Ana Ruiz",
      paragraph: 1,
    });
    expect(extraction.participants.map((p) => p.name)).not.toContain("WASHINGTON");
    expect(offsetsHold(extraction)).toBe(true);
  });

  it("takes title, source, url and date from the front matter", () => {
    const extraction = extractFixture("front-matter");
    expect(extraction.article).toMatchObject({
      title: "Port strike ends after two weeks",
      source: "Example News",
      url: "https://example.com/port-strike",
      publishedAt: "2024-03-05",
    });
    expect(statementStarting(extraction, "The strike at the port ended")).toMatchObject({
      kind: "indirect",
      speaker: "Tom Hale",
    });
    expect(extraction.participants.find((p) => p.name === "Tom Hale")?.role).toBe("union leader");
  });
});
