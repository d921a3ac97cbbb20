/**
 * The quote explorer at `/` in headless Chromium, over a server on 127.0.0.1 with the seed: the speaker list,
 * Antony Blinken's statements grouped by article, and the article with every statement highlighted.
 * Screenshots go to test-results/.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type LiveServer, startLiveServer, testToken } from "../examples/liveServer.ts";
import { launchChromium, screenshot } from "./chromium.ts";

let server: LiveServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("quote explorer", () => {
  test("lists the seed's speakers, most quoted first, and filters them by name", async () => {
    await page.goto(`${server.base}/`);
    const items = page.locator("[data-testid=speaker-list] li");
    await items.first().waitFor();
    const names = await page.locator("[data-testid=speaker-list] li a").allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(["Antony Blinken", "Matt Miller", "Janet Yellen", "Wang Yi"]),
    );
    await screenshot(page, "explorer-speakers");

    await page.getByLabel("Filter speakers by name").fill("yellen");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/#\/\?name=yellen$/);
    await page.locator("[data-testid=speaker-list] li").first().waitFor();
    const filtered = await page.locator("[data-testid=speaker-list] li a").allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((name) => /yellen/i.test(name))).toBe(true);
  });

  test("opens Antony Blinken and shows his statements grouped by article", async () => {
    await page.goto(`${server.base}/`);
    await page.locator("[data-testid=speaker-list] li a", { hasText: /^Antony Blinken$/ }).click();
    await page.locator("[data-testid=statement]").first().waitFor();
    await expect.poll(() => page.locator("[data-testid=speaker-name]").textContent()).toBe("Antony Blinken");
    const groups = page.locator("[data-testid=article-group]");
    expect(await groups.count()).toBe(1);
    expect(await groups.locator("h2").textContent()).toMatch(/Blinken holds .* Wang Yi in Jakarta/);
    const statements = await page.locator("[data-testid=statement] q").allTextContents();
    const { participant } = (await server.t.gql(`{ participant(name: "Antony Blinken") { statementCount } }`))
      .data as { participant: { statementCount: number } };
    expect(statements.length).toBe(participant.statementCount);
    expect(statements.every((text) => text.length > 0)).toBe(true);
    await screenshot(page, "explorer-speaker");
  });

  test("opens the article with every statement highlighted at its offsets and its speaker named", async () => {
    await page.locator("[data-testid=article-group] h2 a").first().click();
    await page.locator("mark.statement").first().waitFor();
    expect(await page.locator("[data-testid=article-title]").textContent()).toMatch(/Wang Yi in Jakarta/);

    const { article } = (
      await server.t.gql(`{ articles(first: 1) { edges { node { id } } } }`).then(async (response) => {
        const id = response.data.articles.edges[0].node.id;
        return server.t.gql(
          `query($id: ID!) { article(id: $id) { body statements(first: 100) { edges { node { id text start end speaker { name } } } } } }`,
          { id },
        );
      })
    ).data;
    const body = await page.locator("[data-testid=article-body]").textContent();
    const labels = await page.locator("[data-testid=speaker-label]").allTextContents();
    // The body is shown whole, with one speaker label inserted before each statement.
    expect(body?.length).toBe(article.body.length + labels.join("").length);
    const placed = article.statements.edges.map(({ node }: { node: { start: number | null } }) => node);
    expect(labels.length).toBe(placed.filter((node: { start: number | null }) => node.start !== null).length);
    expect(labels).toContain("Antony Blinken");

    // Every highlighted run lies inside the statement it is marked with (a nested statement splits its outer one).
    for (const { node } of article.statements.edges as {
      node: { id: string; start: number; end: number; speaker: { name: string } | null };
    }[]) {
      const innermost = await page.locator(`mark[data-statement="${node.id}"]`).allTextContents();
      expect(innermost.length).toBeGreaterThan(0);
      for (const run of innermost) expect(article.body.slice(node.start, node.end)).toContain(run);
    }
    const blinken = page.locator('mark.statement[data-speaker="Antony Blinken"]');
    expect(await blinken.count()).toBeGreaterThan(0);
    await screenshot(page, "explorer-article");
    expect(pageErrors).toEqual([]);
  });

  test("shows untrusted titles and bodies as text, never as markup", async () => {
    const hostile = `<img src=x onerror="window.__pwned=1">`;
    const ingested = await server.t.gql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } errors { message } } }`,
      {
        input: {
          title: `Markup ${hostile} in a title`,
          body: `“Tags such as ${hostile} are text,” Jane Roe said.\nThe <script>window.__pwned=2</script> end.`,
        },
      },
      { token: testToken },
    );
    const id = ingested.data?.ingestArticle.article?.id;
    expect(id, JSON.stringify(ingested)).toBeTruthy();
    await page.goto(`${server.base}/#/article/${encodeURIComponent(id)}`);
    await page.locator("[data-testid=article-body]").waitFor();
    expect(await page.locator("[data-testid=article-title]").textContent()).toBe(
      `Markup ${hostile} in a title`,
    );
    expect(await page.locator("[data-testid=article-body]").textContent()).toContain(
      "<script>window.__pwned=2</script>",
    );
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
