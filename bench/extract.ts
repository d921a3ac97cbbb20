import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ArticleInput, extractArticle, readArticleFile } from "../src/extract/index.js";

/** Extraction throughput on one core over the seed and the fixture articles. Goal: at least 200 articles/s. */
export interface ExtractionBenchResult {
  articles: number;
  iterations: number;
  seconds: number;
  articlesPerSecond: number;
}

const WARM_UP_ROUNDS = 20;
const MEASURED_ROUNDS = 100;

function fixtureArticles(): ArticleInput[] {
  const dir = fileURLToPath(new URL("../test/fixtures/articles", import.meta.url));
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => readArticleFile(readFileSync(join(dir, file), "utf8")));
}

export function runExtractionBench(rounds = MEASURED_ROUNDS): ExtractionBenchResult {
  const articles = fixtureArticles();
  for (let round = 0; round < WARM_UP_ROUNDS; round++)
    for (const article of articles) extractArticle(article);
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const article of articles) extractArticle(article);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const iterations = rounds * articles.length;
  return { articles: articles.length, iterations, seconds, articlesPerSecond: iterations / seconds };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = runExtractionBench();
  console.log(
    `extraction: ${result.articlesPerSecond.toFixed(0)} articles/s ` +
      `(${result.iterations} extractions of ${result.articles} articles in ${result.seconds.toFixed(2)} s, one core)`,
  );
}
