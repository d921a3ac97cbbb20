/**
 * GraphiQL at /graphql in headless Chromium: it opens on the default nested query (with the example tabs),
 * runs it against a server on 127.0.0.1 with the seed, and shows the result. Screenshot in test-results/.
 *
 * Yoga's GraphiQL page loads its editor from unpkg.com. Where the browser cannot reach it (an offline
 * machine), the page is still checked to be GraphiQL configured with our tabs, and the test is marked skipped
 * with the reason instead of failing on the network.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { graphiqlDefaultQuery, graphiqlOptions } from "../../src/server/graphiqlDefaultQuery.ts";
import { type LiveServer, startLiveServer } from "../examples/liveServer.ts";
import { launchChromium, screenshot } from "./chromium.ts";

let server: LiveServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startLiveServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("GraphiQL", () => {
  test("loads, runs its default query and shows the result", async (context) => {
    const cdnFailures: string[] = [];
    page.on("requestfailed", (request) => {
      if (!request.url().startsWith(server.base))
        cdnFailures.push(`${request.url()}: ${request.failure()?.errorText}`);
    });
    const response = await page.goto(`${server.base}/graphql`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    const html = await page.content();
    expect(html).toContain("Quotegraph");
    expect(graphiqlOptions.defaultTabs?.length).toBe(4);
    expect(graphiqlOptions.defaultTabs?.[3]?.headers).toMatch(/"Authorization": "Bearer /);

    const executeButton = page.locator(".graphiql-execute-button");
    if (cdnFailures.length > 0) {
      await screenshot(page, "graphiql");
      const reason = `GraphiQL's assets could not be loaded from its CDN: ${cdnFailures[0]}`;
      console.warn(`Skipping the GraphiQL browser test. ${reason}`);
      context.skip(reason);
    }
    const ready = await executeButton
      .waitFor({ timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    expect(ready, "GraphiQL's execute button never appeared").toBe(true);

    // The editor opens on the nested lookup, with the example tabs beside it.
    await expect
      .poll(() => page.locator(".graphiql-query-editor").textContent())
      .toContain("SpeakerStatements");
    expect(await page.locator(".graphiql-tab").count()).toBeGreaterThanOrEqual(4);

    const result = page.waitForResponse(
      (r) =>
        r.url().startsWith(`${server.base}/graphql`) &&
        r.request().method() === "POST" &&
        (r.request().postData() ?? "").includes("SpeakerStatements"),
    );
    await executeButton.click();
    const answer = (await (await result).json()) as { data?: { participant?: { name: string } } };
    expect(answer.data?.participant?.name).toBe("Antony Blinken");
    await expect
      .poll(() => page.locator(".graphiql-response").textContent(), { timeout: 20_000 })
      .toContain("Antony Blinken");
    expect(graphiqlDefaultQuery).toContain('participant(name: "Blinken")');
    await screenshot(page, "graphiql");
  });
});
