/**
 * GraphiQL at /graphql in headless Chromium: it opens on the default nested query (with the example tabs),
 * runs it against a server on 127.0.0.1 with the seed, and shows the result. Screenshot in test-results/.
 * GraphiQL's editor is bundled with the server (@graphql-yoga/render-graphiql), so the page must load with
 * no request leaving 127.0.0.1: any other request is a failure.
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
  test("loads from the server alone, runs its default query and shows the result", async () => {
    const outsideRequests: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.base) && !/^(data|blob):/.test(request.url())) {
        outsideRequests.push(request.url());
      }
    });
    const response = await page.goto(`${server.base}/graphql`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    const html = await page.content();
    expect(html).toContain("Quotegraph");
    expect(graphiqlOptions.defaultTabs?.length).toBe(4);
    expect(graphiqlOptions.defaultTabs?.[3]?.headers).toMatch(/"Authorization": "Bearer /);

    const executeButton = page.locator(".graphiql-execute-button");
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
    // The response editor renders only its visible lines, so look for the first ones.
    await expect
      .poll(() => page.locator(".graphiql-response").textContent(), { timeout: 20_000 })
      .toMatch(/"data":\s*\{\s*"participant":\s*\{/);
    expect(graphiqlDefaultQuery).toContain('participant(name: "Blinken")');
    expect(outsideRequests).toEqual([]);
    await screenshot(page, "graphiql");
  });
});
