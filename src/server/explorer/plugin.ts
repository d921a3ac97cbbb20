/**
 * Serves the quote explorer (web/explorer) at `/`: its page, its stylesheet, and its script, bundled from
 * TypeScript by esbuild (already installed with tsx) the first time it is asked for and then kept in memory,
 * so `npm start` needs no separate build step and nothing built is committed.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";

export const explorerFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../../web/explorer");

interface Asset {
  body: string;
  type: string;
}

let bundle: Promise<string> | undefined;

/** The explorer's script, bundled and minified for browsers; built once per process. */
export function explorerBundle(): Promise<string> {
  bundle ??= (async () => {
    const esbuild = await import("esbuild");
    const result = await esbuild.build({
      entryPoints: [resolve(explorerFolder, "main.ts")],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "none",
      logLevel: "silent",
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error("esbuild produced no output for the explorer");
    return output.text;
  })();
  bundle.catch(() => {
    bundle = undefined; // try again on the next request
  });
  return bundle;
}

const assets: Record<string, () => Promise<Asset>> = {
  "/": async () => ({
    body: await readFile(resolve(explorerFolder, "index.html"), "utf8"),
    type: "text/html; charset=utf-8",
  }),
  "/explorer/explorer.css": async () => ({
    body: await readFile(resolve(explorerFolder, "explorer.css"), "utf8"),
    type: "text/css; charset=utf-8",
  }),
  "/explorer/explorer.js": async () => ({
    body: await explorerBundle(),
    type: "text/javascript; charset=utf-8",
  }),
};

/** Nothing but this origin: the page shows untrusted article text, so no inline script could ever run. */
const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function explorerPlugin(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const load = assets[url.pathname];
      if (!load || (request.method !== "GET" && request.method !== "HEAD")) return;
      try {
        const asset = await load();
        endResponse(
          new fetchAPI.Response(request.method === "HEAD" ? null : asset.body, {
            status: 200,
            headers: {
              "content-type": asset.type,
              "cache-control": "no-cache",
              "content-security-policy": contentSecurityPolicy,
              "x-content-type-options": "nosniff",
              "referrer-policy": "no-referrer",
            },
          }),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        endResponse(
          new fetchAPI.Response(`The explorer could not be served: ${message}`, {
            status: 500,
            headers: { "content-type": "text/plain; charset=utf-8" },
          }),
        );
      }
    },
  };
}
