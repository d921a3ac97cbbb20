/**
 * Headless Chromium for the browser tests: Debian's `chromium` package driven by playwright-core (which
 * downloads no browser). CHROMIUM_PATH overrides the executable; playwright gives each launch a new, empty
 * profile directory.
 */
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where screenshots go: test artefacts, gitignored. */
export const resultsFolder = resolve(import.meta.dirname, "../../test-results");

const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
}

/** Saves a full-page screenshot as test-results/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(resultsFolder, { recursive: true });
  const path = resolve(resultsFolder, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
