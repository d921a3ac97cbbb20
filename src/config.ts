/**
 * The one place that reads the environment. Every value is validated at start-up so that a typo in a
 * deployment fails loudly instead of serving with a surprising default.
 */

export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  /** Bearer tokens that may run mutations; empty means writes are refused. */
  apiTokens: string[];
  traceSql: boolean;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Environment = Readonly<Record<string, string | undefined>>;

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function readFlag(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === "" || raw === "0") return false;
  if (raw === "1") return true;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

function readTokens(raw: string | undefined): string[] {
  const tokens = (raw ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  const tooShort = tokens.find((token) => token.length < 8);
  if (tooShort !== undefined) {
    throw new ConfigError("QUOTEGRAPH_API_TOKEN: every token must be at least 8 characters long");
  }
  return tokens;
}

export function loadConfig(env: Environment = process.env): Config {
  const host = env.HOST?.trim() || "127.0.0.1";
  return {
    databaseUrl: env.DATABASE_URL?.trim() || "data/quotegraph.db",
    port: readPort(env.PORT?.trim()),
    host,
    apiTokens: readTokens(env.QUOTEGRAPH_API_TOKEN),
    traceSql: readFlag("QUOTEGRAPH_TRACE_SQL", env.QUOTEGRAPH_TRACE_SQL?.trim()),
  };
}
