import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
