import { describe, expect, it } from "vitest";
import { stripDateline } from "../../src/extract/dateline.js";
import { splitParagraphs } from "../../src/extract/paragraphs.js";
import { findQuoteSpans } from "../../src/extract/quoteSpans.js";

describe("stripDateline", () => {
  it.each([
    ["CNN –\nThe talks ended.", "CNN", "The talks ended."],
    ["WASHINGTON (Reuters) - The talks ended.", "Reuters", "The talks ended."],
    ["LONDON — The talks ended.", null, "The talks ended."],
    ["By Jane Doe\nThe talks ended.", null, "The talks ended."],
    ["HONG KONG A court ruled on Friday.", null, "A court ruled on Friday."],
    ["(CNN) -- The talks ended.", "CNN", "The talks ended."],
    ["WASHINGTON (Aug. 13) -- The talks ended.", null, "The talks ended."],
  ])("reads %j", (text, source, body) => {
    expect(stripDateline(text)).toEqual({ source, body });
  });

  it("leaves ordinary first sentences alone", () => {
    expect(stripDateline("US officials said the talks ended.").body).toBe(
      "US officials said the talks ended.",
    );
    expect(stripDateline("Blinken – the diplomat – spoke.").source).toBeNull();
  });
});

function quotedTexts(text: string): string[] {
  return findQuoteSpans(text, splitParagraphs(text)).map((span) => text.slice(span.start, span.end));
}

describe("findQuoteSpans", () => {
  it("reads curly and straight marks and ignores apostrophes", () => {
    expect(quotedTexts(`“Don’t go,” she said. "It's late," he replied, at the ministers’ meeting.`)).toEqual([
      "Don’t go",
      "It's late",
    ]);
  });

  it("keeps single quotes nested in double ones inside the outer quote", () => {
    expect(quotedTexts("“We were told, ‘This is the priority.’ I disagree.”")).toEqual([
      "We were told, ‘This is the priority.’ I disagree.",
    ]);
  });

  it("runs a quote on into a paragraph that opens with a new mark", () => {
    const text = "He said: “First part.\n“Second part.”";
    const spans = findQuoteSpans(text, splitParagraphs(text));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.continuesNext, s.continuesPrevious])).toEqual([
      ["First part.", true, false],
      ["Second part.", false, true],
    ]);
  });

  it("drops a dangling opener that nothing continues", () => {
    expect(quotedTexts("The “opener never closes.\nA new paragraph.")).toEqual([]);
  });

  it("extends the previous quote over a stray closer, or starts a new one after a finished sentence", () => {
    expect(quotedTexts("“Each country’s actions have.” and intentions,” she said.")).toEqual([
      "Each country’s actions have.” and intentions",
    ]);
    expect(quotedTexts("He stressed that “it is hard.” It is a process.”")).toEqual([
      "it is hard.",
      "It is a process.",
    ]);
  });

  it("splits quotes that a flattened paragraph runs on without closing", () => {
    expect(quotedTexts(`"We won. "We will win again," he said.`)).toEqual(["We won.", "We will win again"]);
  });
});
