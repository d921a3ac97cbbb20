import { defineConfig } from "drizzle-kit";
import { loadConfig } from "./src/config.ts";

export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./migrations",
  dbCredentials: { url: loadConfig().databaseUrl },
});
