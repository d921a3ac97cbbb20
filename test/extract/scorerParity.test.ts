import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { evaluate, goldNames, predictArticle } from "../../src/eval/evaluate.js";
import { totalLine } from "../../src/eval/score.js";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const sharedScorer = resolve(projectRoot, "../shared/eval/score.mjs");
const goldDir = join(projectRoot, "test/fixtures/gold");
const articlesDir = join(projectRoot, "test/fixtures/articles");
const predictionsDir = mkdtempSync(join(tmpdir(), "quotegraph-predictions-"));

afterAll(() => rmSync(predictionsDir, { recursive: true, force: true }));

describe("npm run eval", () => {
  it("prints the same rows and totals as the shared scorer on our predictions for the fixtures", () => {
    for (const name of goldNames(goldDir)) {
      writeFileSync(join(predictionsDir, `${name}.json`), JSON.stringify(predictArticle(articlesDir, name)));
    }
    const shared = JSON.parse(
      execFileSync("node", [sharedScorer, "--gold", goldDir, "--pred", predictionsDir, "--json"], {
        encoding: "utf8",
      }),
    );
    const ours = evaluate(goldDir, articlesDir);
    expect(ours.summary).toEqual(shared);
    expect(ours.summary.failed).toBe(0);
    const sharedPrinted = execFileSync("node", [sharedScorer, "--gold", goldDir, "--pred", predictionsDir], {
      encoding: "utf8",
    });
    expect([...ours.rows, totalLine(ours.summary)].join("\n")).toBe(sharedPrinted.trimEnd());
  });
});

describe("npm run eval -- --errors", () => {
  const errorsDir = mkdtempSync(join(tmpdir(), "quotegraph-eval-errors-"));
  afterAll(() => rmSync(errorsDir, { recursive: true, force: true }));

  it("lists each missed gold statement, wrong speaker and unmatched prediction under its article's row", () => {
    const gold = join(errorsDir, "gold");
    const articles = join(errorsDir, "articles");
    mkdirSync(gold);
    mkdirSync(articles);
    writeFileSync(
      join(articles, "one.txt"),
      "“We will reopen the bridge in May,” said Mayor Ada Quint.\nThe council said the budget was balanced.\n",
    );
    writeFileSync(
      join(gold, "one.json"),
      JSON.stringify({
        participants: [
          { name: "Ada Quint", kind: "person", role: "Mayor", aliases: ["Quint"] },
          { name: "Rowan Vale", kind: "person", role: null, aliases: [] },
        ],
        statements: [
          { text: "We will reopen the bridge in May,", kind: "direct", speaker: "Rowan Vale", paragraph: 1 },
          { text: "the harbour will close in June", kind: "indirect", speaker: "Ada Quint", paragraph: 3 },
          {
            text: "the tunnel is safe",
            kind: "indirect",
            speaker: "Ada Quint",
            paragraph: 3,
            optional: true,
          },
        ],
      }),
    );
    const printed = execFileSync("npx", ["tsx", "src/cli/eval.ts", "--errors", gold, articles], {
      cwd: projectRoot,
      encoding: "utf8",
    }).split("\n");
    expect(printed[0]).toMatch(/^one +gold +2 pred +2 /);
    expect(printed.slice(1, 4)).toEqual([
      '  missed   p3 indirect "the harbour will close in June" by Ada Quint',
      '  speaker  p1 direct "We will reopen the bridge in May,": gold Rowan Vale, predicted Ada Quint',
      '  extra    p2 indirect "the budget was balanced" by council',
    ]);
    expect(printed[4]).toMatch(/^TOTAL 1 articles:/);
  });

  it("refuses a gold folder given without its articles folder", () => {
    expect(() =>
      execFileSync("npx", ["tsx", "src/cli/eval.ts", "only-one-folder"], { cwd: projectRoot, stdio: "pipe" }),
    ).toThrow(/give both GOLD_DIR and ARTICLES_DIR/);
  });
});
