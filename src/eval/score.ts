/**
 * Scores statement extraction against gold annotations: a faithful port of ../shared/eval/score.mjs (same
 * matching rules, same rows and TOTAL line), so `npm run eval` and the shared scorer always agree.
 */

export interface ScoredParticipant {
  name: string;
  aliases?: string[] | null;
}

export interface ScoredStatement {
  text: string;
  kind: string;
  speaker?: string | null;
  paragraph?: number | null;
  embedded?: boolean;
  nested?: boolean;
  optional?: boolean;
}

export interface ScoredDocument {
  participants?: ScoredParticipant[] | null;
  statements?: ScoredStatement[] | null;
}

export interface ArticleCounts {
  gold: number;
  pred: number;
  matched: number;
  speakerRight: number;
  goldQuoted: number;
  matchedQuoted: number;
  goldIndirect: number;
  matchedIndirect: number;
  quotedRight: number;
  judged: number;
  judgedQuoted: number;
  unjudged: number;
  goldJudged: number;
}

export interface ScoreSummary {
  articles: number;
  failed: number;
  gold: number;
  predicted: number;
  detection: { precision: number; recall: number; f1: number };
  recallQuoted: number;
  recallIndirect: number;
  speakerAccuracy: number;
  speakerAccuracyQuoted: number;
  endToEnd: { precision: number; recall: number; f1: number };
}

/** One article to score: its gold, and either a prediction or the reason the prediction failed. */
export interface ScoredArticle {
  name: string;
  gold: ScoredDocument;
  prediction: ScoredDocument | null;
  failure?: string;
}

const MATCH_THRESHOLD = 0.6;
const ARTICLES = new Set(["the", "a", "an"]);

export function words(text: string | null | undefined): string[] {
  return (text ?? "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/(^| )'|'( |$)/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** F1 of the two texts' word multisets. */
export function overlap(a: string, b: string): number {
  const wordsA = words(a);
  const wordsB = words(b);
  if (!wordsA.length || !wordsB.length) return 0;
  const counts = new Map<string, number>();
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of wordsB) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      common++;
      counts.set(word, count - 1);
    }
  }
  if (!common) return 0;
  const precision = common / wordsB.length;
  const recall = common / wordsA.length;
  return (2 * precision * recall) / (precision + recall);
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (!needle.length || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

const contentWords = (text: string | null | undefined): string[] =>
  words(text).filter((word) => !ARTICLES.has(word));

function speakerRight(predicted: string | null | undefined, goldName: string, gold: ScoredDocument): boolean {
  const predictedWords = contentWords(predicted);
  if (!predictedWords.length) return false;
  const participant = gold.participants?.find((p) => p.name === goldName);
  const names = [goldName, ...(participant?.aliases ?? [])].map(contentWords);
  return names.some((name) => name.length > 0 && containsRun(predictedWords, name));
}

const isOptional = (statement: ScoredStatement): boolean =>
  Boolean(statement.embedded || statement.nested || statement.optional);

/** The one-to-one pairing of gold and predicted statements (best overlap first), as the scorer makes it. */
export interface ArticleMatching {
  matches: [ScoredStatement, ScoredStatement][];
  /** Gold statements left unmatched that count (optional ones cost nothing when missed). */
  missed: ScoredStatement[];
  /** Predictions matched to no gold statement. */
  extra: ScoredStatement[];
}

export function matchArticle(gold: ScoredDocument, prediction: ScoredDocument | null): ArticleMatching {
  const goldStatements = gold.statements ?? [];
  const predicted = prediction?.statements ?? [];
  const pairs: [number, number, number][] = [];
  goldStatements.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const score = overlap(g.text, p.text);
      if (score >= MATCH_THRESHOLD) pairs.push([score, gi, pi]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0]);
  const goldUsed = new Set<number>();
  const predictedUsed = new Set<number>();
  const matches: [ScoredStatement, ScoredStatement][] = [];
  for (const [, gi, pi] of pairs) {
    const g = goldStatements[gi];
    const p = predicted[pi];
    if (!g || !p || goldUsed.has(gi) || predictedUsed.has(pi)) continue;
    goldUsed.add(gi);
    predictedUsed.add(pi);
    matches.push([g, p]);
  }
  return {
    matches,
    missed: goldStatements.filter((g, gi) => !goldUsed.has(gi) && !isOptional(g)),
    extra: predicted.filter((_, pi) => !predictedUsed.has(pi)),
  };
}

/** Whether a matched prediction names the gold speaker, by the scorer's rule (null gold speakers are not judged). */
export function isSpeakerRight(
  goldStatement: ScoredStatement,
  predicted: ScoredStatement,
  gold: ScoredDocument,
): boolean {
  return goldStatement.speaker != null && speakerRight(predicted.speaker, goldStatement.speaker, gold);
}

export function scoreArticle(gold: ScoredDocument, prediction: ScoredDocument | null): ArticleCounts {
  const goldStatements = gold.statements ?? [];
  const predicted = prediction?.statements ?? [];
  const { matches } = matchArticle(gold, prediction);
  const matchedGold = new Set(matches.map(([g]) => g));
  const counted = goldStatements.filter((g) => !isOptional(g) || matchedGold.has(g));
  const counts: ArticleCounts = {
    gold: counted.length,
    pred: predicted.length,
    matched: matches.length,
    speakerRight: 0,
    goldQuoted: 0,
    matchedQuoted: 0,
    goldIndirect: 0,
    matchedIndirect: 0,
    quotedRight: 0,
    judged: 0,
    judgedQuoted: 0,
    unjudged: 0,
    goldJudged: 0,
  };
  for (const g of counted) {
    if (g.kind === "indirect") counts.goldIndirect++;
    else counts.goldQuoted++;
  }
  counts.goldJudged = counted.filter((g) => g.speaker != null).length;
  for (const [g, p] of matches) {
    const judged = g.speaker != null;
    const right = isSpeakerRight(g, p, gold);
    if (judged) counts.judged++;
    else counts.unjudged++;
    if (right) counts.speakerRight++;
    if (g.kind === "indirect") counts.matchedIndirect++;
    else {
      counts.matchedQuoted++;
      if (judged) counts.judgedQuoted++;
      if (right) counts.quotedRight++;
    }
  }
  return counts;
}

const f1 = (precision: number, recall: number): number =>
  precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const ratio = (a: number, b: number): number => (b ? a / b : 0);
const percent = (x: number): string => (100 * x).toFixed(1).padStart(5);

function emptyCounts(): ArticleCounts {
  return scoreArticle({ statements: [] }, null);
}

export interface ScoreReport {
  rows: string[];
  summary: ScoreSummary;
}

/** Scores articles (in the order given, which callers sort by name) into the scorer's rows and totals. */
export function scoreArticles(articles: readonly ScoredArticle[]): ScoreReport {
  const total = emptyCounts();
  let failed = 0;
  const rows: string[] = [];
  for (const article of articles) {
    if (article.failure !== undefined) {
      failed++;
      rows.push(`${article.name.padEnd(34)} failed: ${article.failure.split("\n")[0]?.slice(0, 80)}`);
    }
    const counts = scoreArticle(article.gold, article.prediction);
    for (const key of Object.keys(counts) as (keyof ArticleCounts)[]) total[key] += counts[key];
    const precision = ratio(counts.matched, counts.pred);
    const recall = ratio(counts.matched, counts.gold);
    rows.push(
      `${article.name.padEnd(34)} gold ${String(counts.gold).padStart(3)} pred ${String(counts.pred).padStart(3)}  ` +
        `detect F1 ${percent(f1(precision, recall))}  speaker ${percent(ratio(counts.speakerRight, counts.judged))}`,
    );
  }
  const precision = ratio(total.matched, total.pred);
  const recall = ratio(total.matched, total.gold);
  const endPrecision = ratio(total.speakerRight, total.pred - total.unjudged);
  const endRecall = ratio(total.speakerRight, total.goldJudged);
  const summary: ScoreSummary = {
    articles: articles.length,
    failed,
    gold: total.gold,
    predicted: total.pred,
    detection: { precision, recall, f1: f1(precision, recall) },
    recallQuoted: ratio(total.matchedQuoted, total.goldQuoted),
    recallIndirect: ratio(total.matchedIndirect, total.goldIndirect),
    speakerAccuracy: ratio(total.speakerRight, total.judged),
    speakerAccuracyQuoted: ratio(total.quotedRight, total.judgedQuoted),
    endToEnd: { precision: endPrecision, recall: endRecall, f1: f1(endPrecision, endRecall) },
  };
  return { rows, summary };
}

const EXCERPT_LENGTH = 90;

function describe(statement: ScoredStatement): string {
  const text =
    statement.text.length > EXCERPT_LENGTH ? `${statement.text.slice(0, EXCERPT_LENGTH)}…` : statement.text;
  return `p${statement.paragraph ?? "?"} ${statement.kind} "${text}"`;
}

/**
 * Why an article scored as it did: the gold statements missed, the matches given to the wrong speaker and
 * the predictions matched to nothing, in that order, one line each.
 */
export function articleErrors(article: ScoredArticle): string[] {
  const { matches, missed, extra } = matchArticle(article.gold, article.prediction);
  return [
    ...missed.map((g) => `  missed   ${describe(g)} by ${g.speaker ?? "nobody"}`),
    ...matches
      .filter(([g, p]) => g.speaker != null && !isSpeakerRight(g, p, article.gold))
      .map(([g, p]) => `  speaker  ${describe(g)}: gold ${g.speaker}, predicted ${p.speaker ?? "nobody"}`),
    ...extra.map((p) => `  extra    ${describe(p)} by ${p.speaker ?? "nobody"}`),
  ];
}

export function totalLine(summary: ScoreSummary): string {
  return (
    `TOTAL ${summary.articles} articles: detection P ${percent(summary.detection.precision)} ` +
    `R ${percent(summary.detection.recall)} F1 ${percent(summary.detection.f1)} | ` +
    `recall quoted ${percent(summary.recallQuoted)} indirect ${percent(summary.recallIndirect)} | ` +
    `speaker ${percent(summary.speakerAccuracy)} (quoted ${percent(summary.speakerAccuracyQuoted)}) | ` +
    `end-to-end F1 ${percent(summary.endToEnd.f1)}`
  );
}
