/** Raised for input that is not a valid article: bad front matter, a wrongly typed field, an empty body. */
export class ArticleFormatError extends Error {
  override readonly name = "ArticleFormatError";
}
