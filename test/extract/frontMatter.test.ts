import { describe, expect, it } from "vitest";
import { ArticleFormatError, extractArticle, readArticleFile } from "../../src/extract/index.js";

describe("readArticleFile", () => {
  it("reads a file without front matter as all body", () => {
    expect(readArticleFile("Just a body.\n")).toMatchObject({
      title: null,
      source: null,
      body: "Just a body.\n",
    });
  });

  it("turns a YAML date into a calendar day and a timestamp into ISO 8601", () => {
    expect(readArticleFile("---\npublished: 2023-07-13\n---\nBody").publishedAt).toBe("2023-07-13");
    expect(readArticleFile("---\npublished: 2023-07-13T10:30:00Z\n---\nBody").publishedAt).toBe(
      "2023-07-13T10:30:00.000Z",
    );
    expect(readArticleFile('---\npublished: "July 13, 2023 10:00 UTC"\n---\nBody').publishedAt).toBe(
      "2023-07-13T10:00:00.000Z",
    );
  });

  it("ignores unknown fields", () => {
    expect(readArticleFile("---\ntitle: T\norigin: somewhere\n---\nBody").title).toBe("T");
  });

  it("takes a headline's quote marks and colons as written when YAML would refuse them", () => {
    const file =
      "---\ntitle: 'Whingers' Harry and Meghan 'won't recover': expert\nsource: Daily Express\n---\nBody";
    expect(readArticleFile(file)).toMatchObject({
      title: "'Whingers' Harry and Meghan 'won't recover': expert",
      source: "Daily Express",
      body: "Body",
    });
    expect(() => readArticleFile("---\ntitle: 'Whingers' Harry\nno colon on this line\n---\nBody")).toThrow(
      /invalid front matter/,
    );
  });

  it("rejects bad YAML, wrongly typed fields and impossible dates with a clear error", () => {
    expect(() => readArticleFile("---\ntitle: [unclosed\n---\nBody")).toThrow(ArticleFormatError);
    expect(() => readArticleFile("---\ntitle: [a, b]\n---\nBody")).toThrow(
      /"title" must be text, got a list/,
    );
    expect(() => readArticleFile("---\nurl: [42]\n---\nBody")).toThrow(/"url" must be text/);
    expect(() => readArticleFile("---\nurl: 42\n---\nBody")).toThrow(/"url" must be an http\(s\) address/);
    expect(() => readArticleFile("---\npublished: someday\n---\nBody")).toThrow(
      /"published" is not a valid date/,
    );
  });
});

describe("extractArticle input checks", () => {
  it("rejects an empty or whitespace-only body", () => {
    expect(() => extractArticle({ body: "" })).toThrow(ArticleFormatError);
    expect(() => extractArticle({ body: " \n\u00a0\t\n" })).toThrow(ArticleFormatError);
    expect(() => extractArticle({ body: "CNN –\n" })).toThrow(ArticleFormatError);
  });

  it("derives a title from the first sentence when none is given", () => {
    const { article } = extractArticle({ body: "Storms closed the coast road. More rain is due." });
    expect(article.title).toBe("Storms closed the coast road.");
  });

  it("keeps non-breaking spaces in the stored body and offsets exact around them", () => {
    const body = "“We are\u00a0ready,”\u00a0said Coach\u00a0Ana Diaz.";
    const extraction = extractArticle({ body });
    expect(extraction.article.body).toBe(body);
    const [statement] = extraction.statements;
    expect(statement).toMatchObject({ text: "We are\u00a0ready", speaker: "Ana Diaz" });
    expect(body.slice(statement?.start, statement?.end)).toBe(statement?.text);
  });
});
