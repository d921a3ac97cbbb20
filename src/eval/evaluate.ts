import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractArticle, readArticleFile } from "../extract/index.js";
import { type ScoredArticle, type ScoredDocument, type ScoreReport, scoreArticles } from "./score.js";

/** Gold names (GOLD_DIR/NAME.json), sorted as the shared scorer sorts them. */
export function goldNames(goldDir: string): string[] {
  return readdirSync(goldDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => basename(file, ".json"))
    .sort();
}

/** Our extraction of ARTICLES_DIR/NAME.txt, in the shape the scorer reads. */
export function predictArticle(articlesDir: string, name: string): ScoredDocument {
  const { participants, statements } = extractArticle(
    readArticleFile(readFileSync(join(articlesDir, `${name}.txt`), "utf8")),
  );
  return { participants, statements };
}

/** Runs the extractor in-process on every gold article, pairing each gold with its prediction. */
export function predictArticles(goldDir: string, articlesDir: string): ScoredArticle[] {
  return goldNames(goldDir).map((name) => {
    const gold = JSON.parse(readFileSync(join(goldDir, `${name}.json`), "utf8")) as ScoredDocument;
    try {
      return { name, gold, prediction: predictArticle(articlesDir, name) };
    } catch (error) {
      return {
        name,
        gold,
        prediction: null,
        failure: error instanceof Error ? error.message : String(error),
      };
    }
  });
}

/** Runs the extractor in-process on every gold article and scores it. */
export function evaluate(goldDir: string, articlesDir: string): ScoreReport {
  return scoreArticles(predictArticles(goldDir, articlesDir));
}
