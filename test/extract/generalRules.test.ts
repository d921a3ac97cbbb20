import { describe, expect, it } from "vitest";
import { extractFixture, statementStarting } from "./extractFixture.js";

/** General attribution rules, each on a fixture written for it (not on the gold articles' wording). */
describe("general attribution rules", () => {
  it("resolves a pronoun to the salient subject, not to a later name after a preposition", () => {
    const extraction = extractFixture("salient-antecedent");
    // "Tamsin" is in no first-name list: the restrictive "who" is what makes her a person.
    expect(extraction.participants.find((p) => p.name === "Tamsin Reyes")?.kind).toBe("person");
    expect(statementStarting(extraction, "I just tried")).toMatchObject({
      kind: "direct",
      speaker: "Tamsin Reyes",
    });
  });

  it("reads an age epithet as the person in focus, and gives a cue-less quote paragraph to the narrated person", () => {
    const extraction = extractFixture("epithet-and-narrated-speaker");
    expect(statementStarting(extraction, "It was a strange game")).toMatchObject({ speaker: "Tomás Berg" });
    expect(statementStarting(extraction, "The young lads")).toMatchObject({ speaker: "Tomás Berg" });
    expect(statementStarting(extraction, "I’ve been waiting")).toMatchObject({
      kind: "direct",
      speaker: "Ellis Moor",
      paragraph: 5,
    });
    expect(extraction.participants.map((p) => p.name)).not.toContain("34-year-old");
  });
});
