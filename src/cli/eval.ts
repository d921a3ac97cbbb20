import { parseArgs } from "node:util";
import { predictArticles } from "../eval/evaluate.js";
import { articleErrors, scoreArticles, totalLine } from "../eval/score.js";

const usage = "usage: npm run eval -- [--json] [--errors] [GOLD_DIR ARTICLES_DIR]";
let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean" }, errors: { type: "boolean" } },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length === 1 || positionals.length > 2) {
  console.error(`eval: give both GOLD_DIR and ARTICLES_DIR, or neither\n${usage}`);
  process.exit(2);
}
const [goldDir = "test/fixtures/gold", articlesDir = "test/fixtures/articles"] = positionals;
const articles = predictArticles(goldDir, articlesDir);
const { rows, summary } = scoreArticles(articles);
if (values.json) console.log(JSON.stringify(summary, null, 2));
else {
  for (const [index, row] of rows.entries()) {
    console.log(row);
    const article = articles[index];
    if (values.errors && article) for (const line of articleErrors(article)) console.log(line);
  }
  console.log(totalLine(summary));
}
