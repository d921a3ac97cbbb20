/**
 * A real Quotegraph server on 127.0.0.1 (an ephemeral port) over a temporary seeded database, for tests that
 * talk HTTP the way a frontend does: the example client and the browser tests.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type AppOptions, createApp } from "../../src/server/app.ts";
import { createTestApp, type TestApp, testToken } from "../support/testApp.ts";

export interface LiveServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  base: string;
  /** The database and helpers behind it. */
  t: TestApp;
  close(): Promise<void>;
}

export { testToken };

/** Starts a server over a freshly seeded database; `options` are passed on to createApp. */
export async function startLiveServer(
  options: Partial<Omit<AppOptions, "connection" | "db">> = {},
): Promise<LiveServer> {
  const t = createTestApp({ seed: true });
  const app = createApp({
    connection: t.connection,
    db: t.db,
    apiTokens: [testToken],
    traceSql: false,
    ...options,
  });
  const server = createServer(app);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    t,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())));
      t.close();
    },
  };
}
