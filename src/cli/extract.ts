import { readFileSync } from "node:fs";
import { ArticleFormatError, extractArticle, readArticleFile } from "../extract/index.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run extract -- FILE");
  process.exit(2);
}
try {
  const { article, participants, statements } = extractArticle(readArticleFile(readFileSync(file, "utf8")));
  const { body: _body, ...header } = article;
  console.log(JSON.stringify({ article: header, participants, statements }, null, 2));
} catch (error) {
  const reason =
    error instanceof ArticleFormatError || error instanceof Error ? error.message : String(error);
  console.error(`extract: ${file}: ${reason}`);
  process.exit(1);
}
