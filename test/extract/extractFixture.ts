import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type ExtractedStatement,
  type Extraction,
  extractArticle,
  readArticleFile,
} from "../../src/extract/index.js";

/** Extracts one of the unit fixtures in test/extract/fixtures. */
export function extractFixture(name: string): Extraction {
  const path = fileURLToPath(new URL(`./fixtures/${name}.txt`, import.meta.url));
  return extractArticle(readArticleFile(readFileSync(path, "utf8")));
}

/** The statement whose text starts with `prefix`; fails the test when there is none. */
export function statementStarting(extraction: Extraction, prefix: string): ExtractedStatement {
  const statement = extraction.statements.find((s) => s.text.startsWith(prefix));
  if (!statement) {
    const texts = extraction.statements.map((s) => s.text).join(" | ");
    throw new Error(`no statement starts with "${prefix}"; statements: ${texts}`);
  }
  return statement;
}

/** Every statement's offsets point at its text in the stored body. */
export function offsetsHold(extraction: Extraction): boolean {
  return extraction.statements.every((s) => extraction.article.body.slice(s.start, s.end) === s.text);
}
