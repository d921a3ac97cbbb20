import { evaluate } from "../eval/evaluate.js";
import { totalLine } from "../eval/score.js";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const [goldDir = "test/fixtures/gold", articlesDir = "test/fixtures/articles"] = args.filter(
  (arg) => arg !== "--json",
);
const { rows, summary } = evaluate(goldDir, articlesDir);
if (asJson) console.log(JSON.stringify(summary, null, 2));
else {
  for (const row of rows) console.log(row);
  console.log(totalLine(summary));
}
